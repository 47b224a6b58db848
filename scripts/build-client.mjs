// Trunk post_build hook: builds the wasm client split by feature and writes it into Trunk's
// staging folder. Trunk 0.21 cannot split a wasm (trunk-rs/trunk#1022), so index.html marks the
// rust link `data-trunk-skip` and this script does what Trunk would, plus the split:
//
//   1. cargo build of the `app` bin for wasm32 (`.cargo/config.toml` adds --emit-relocs, which
//      the splitter needs to follow calls and data across the split);
//   2. wasm-split-cli (wasm_split_cli_support 0.2.4; 0.2.2 makes wasm-bindgen 0.2.130 panic):
//      the main module plus one chunk per `#[wasm_split(name)]` group, and the loader
//      `__wasm_split.js` that fetches a chunk the first time one of its functions is called;
//   3. wasm-bindgen --keep-lld-exports (the chunks import the main module's functions by their
//      lld export names) on the main module only;
//   4. wasm-opt -Oz on the main module and on every chunk (release only), binaryen 132 from npm;
//   5. the glue and the loader minified by terser (release), then content-hashed names, so the server can cache them for a year, and the references between
//      the files rewritten to those names;
//   6. the loader tag in index.html: the inline start script, which imports the glue after the
//      first paint (the server allows it by its hash in the CSP);
//   7. brotli and gzip beside every text and wasm file (what precompress.mjs does).
//
// Environment: TRUNK_STAGING_DIR, TRUNK_PROFILE (Trunk sets both). Run by hand:
//   TRUNK_STAGING_DIR=dist TRUNK_PROFILE=release node scripts/build-client.mjs
import { execFile, execFileSync } from "node:child_process";
import { cpus } from "node:os";
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { precompress } from "./precompress.mjs";

const root = resolve(fileURLToPath(import.meta.url), "../..");
const staging = resolve(process.env.TRUNK_STAGING_DIR || join(root, "dist"));
const release = (process.env.TRUNK_PROFILE || "release") === "release";
const profile = release ? "wasm-release" : "dev";
const profileDir = release ? "wasm-release" : "debug";

// The features wasm-opt may use: the ones rustc's wasm32 target emits by default.
export const WASM_FEATURES = [
  "--enable-bulk-memory",
  "--enable-nontrapping-float-to-int",
  "--enable-sign-ext",
  "--enable-mutable-globals",
  "--enable-reference-types",
  "--enable-multivalue",
];

function run(command, args, options = {}) {
  console.log(`build-client: ${command} ${args.join(" ")}`);
  execFileSync(command, args, { stdio: "inherit", cwd: root, ...options });
}

function runAsync(command, args) {
  return new Promise((done, fail) => {
    execFile(command, args, { cwd: root }, (error, _stdout, stderr) => {
      if (error) {
        console.error(stderr);
        fail(new Error(`${command} ${args.join(" ")}: ${error.message}`));
      } else {
        done();
      }
    });
  });
}

function hashOf(bytes) {
  return createHash("sha256").update(bytes).digest("hex").slice(0, 16);
}

// The pinned tools, so a wrong one on PATH fails the build instead of shipping a broken page
// (Debian's binaryen 108 breaks the app silently; wasm-split-cli 0.2.2 breaks wasm-bindgen).
function requireVersion(command, wanted, args = ["--version"]) {
  let found = "";
  try {
    found = execFileSync(args === null ? "cargo" : command, args ?? ["install", "--list"], {
      encoding: "utf8",
    }).trim();
  } catch {
    found = "not found";
  }
  if (!found.includes(wanted)) {
    console.error(`build-client: ${command} ${wanted} is needed, found: ${found} (run scripts/setup.sh)`);
    process.exit(1);
  }
}
// wasm-split-cli has no --version: cargo's list of installed packages says which it is.
requireVersion("wasm-split-cli", "wasm_split_cli_support v0.2.4:", null);
requireVersion("wasm-bindgen", readFileSync(join(root, "Cargo.lock"), "utf8")
  .match(/name = "wasm-bindgen"\nversion = "([^"]+)"/)[1]);
if (release) requireVersion("wasm-opt", "version 132");

// 1. the wasm
run("cargo", [
  "build", "--offline", "-p", "app", "--bin", "app", "--features", "csr", "--no-default-features",
  "--target", "wasm32-unknown-unknown", "--profile", profile,
]);
const built = join(root, "target", "wasm32-unknown-unknown", profileDir, "app.wasm");

// 2. the split
const work = join(root, "target", "wasm-split", profileDir);
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
run("wasm-split-cli", ["--target", "web", "--out-name", "app", built, work]);

// 3. wasm-bindgen on the main module, into the work folder beside the loader and the chunks
run("wasm-bindgen", [
  "--target", "web", "--no-typescript", "--keep-lld-exports", "--no-demangle",
  "--out-dir", work, "--out-name", "app", join(work, "app.wasm"),
]);
rmSync(join(work, "app.wasm"));

const chunks = readdirSync(work).filter((name) => name.endsWith(".wasm") && name !== "app_bg.wasm");

// 4. wasm-opt, as many at a time as there are cores (the main module first: it is the largest)
if (release) {
  const queue = ["app_bg.wasm", ...chunks];
  const optimise = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) {
      const file = join(work, name);
      await runAsync("wasm-opt", ["-Oz", ...WASM_FEATURES, file, "-o", file]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, cpus().length) }, optimise));
  console.log(`build-client: wasm-opt -Oz on ${chunks.length + 1} files`);
}

// 5. hashed names. The wasm files refer to nothing by name, so each is named by its own content.
// The glue and the loader import each other, so they share one hash over both (and the wasm
// names they refer to): either changes, both are renamed.
const renamed = new Map();
for (const name of ["app_bg.wasm", ...chunks]) {
  const stem = name.slice(0, -".wasm".length);
  renamed.set(name, `${stem}-${hashOf(readFileSync(join(work, name)))}.wasm`);
}
const scripts = readdirSync(work).filter((name) => name.endsWith(".js"));
// Only where a file is fetched or imported: the glue's table of wasm imports is keyed by the
// module names inside the wasm ("./__wasm_split.js"), which must stay as they are.
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const rewrite = (text) => {
  for (const [from, to] of renamed) {
    const pattern = new RegExp(`(from\\s*|new URL\\(|import\\()(["'])\\./${escape(from)}\\2`, "g");
    text = text.replace(pattern, (_, before, quote) => `${before}${quote}./${to}${quote}`);
  }
  return text;
};
let texts = new Map(scripts.map((name) => [name, rewrite(readFileSync(join(work, name), "utf8"))]));
// 5b. One download per feature on a first visit. The splitter leaves a feature in its own file
// plus the shared chunks it needs (a hundred small files for the wizard), and each file is
// compressed alone: measured on this code, the wizard's 109 files were 194 KB brotli one by one
// and 142 KB as one stream. So each feature also gets a bundle, `bundle_{feature}-{hash}.wasm`:
// its files end to end (the loader knows each part's length). The loader fetches a feature's
// bundle when none of its files has been asked for yet (the page a reader lands on). The next
// feature shares chunks with the one loaded, so the loader asks the server for only the parts
// it lacks, in one download (/wasm-parts, server/src/http/wasm_parts.rs), rather than dozens of
// small files whose fetching alone blocked a slow phone's main thread; nothing is fetched
// twice. A failed download leaves nothing behind: the retry fetches the files alone.
const bundles = {};
const bundleBodies = [];
{
  const loaderText = texts.get("__wasm_split.js");
  const chunkFile = new Map();
  for (const m of loaderText.matchAll(
    /const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+\.wasm)"/g,
  )) chunkFile.set(m[1], m[2]);
  const splitPattern =
    /export const __wasm_split_load_(\w+) = wrapAsyncCb\(makeLoad\(([\s\S]*?)\n?, \[([^\]]*)\]\)\);/g;
  let features = 0;
  let patched = loaderText.replace(splitPattern, (_, feature, fetcher, deps) => {
    features++;
    const own = fetcher.match(/new URL\("\.\/([^"]+\.wasm)"/);
    const parts = [
      ...(own ? [own[1]] : []),
      ...deps.split(",").map((d) => d.trim()).filter(Boolean).map((d) => {
        if (!chunkFile.has(d)) throw new Error(`build-client: the loader names ${d}, which has no file`);
        return chunkFile.get(d);
      }),
    ];
    if (parts.length > 1) {
      const original = (name) => [...renamed].find(([, to]) => to === name)[0];
      const bytes = parts.map((name) => readFileSync(join(work, original(name))));
      const body = Buffer.concat(bytes);
      const file = `bundle_${feature}-${hashOf(body)}.wasm`;
      bundleBodies.push([file, body]);
      bundles[feature] = { file, parts: parts.map((name, i) => [name, bytes[i].length]) };
    }
    return `export const __wasm_split_load_${feature} = wrapAsyncCb(__withBundle(${JSON.stringify(feature)}, makeLoad(${fetcher}\n, [${deps}])));`;
  });
  if (features === 0) throw new Error("build-client: no feature loader found in __wasm_split.js (has wasm-split changed?)");
  let fetchers = 0;
  patched = patched.replace(
    // A debug build (`trunk serve`) wraps the instantiation in wasm-split's `debugWrap`.
    /const src = fetch\(new URL\("\.\/([^"]+\.wasm)", import\.meta\.url\)\);\s*src\.catch\(\(\) => \{\}\);\s*return async \(imports\) => (\w*)\(WebAssembly\.instantiateStreaming\(src, imports\)\);/g,
    (_, file, wrap) => {
      fetchers++;
      return `const src = __bundled("${file}") ?? fetch(new URL("./${file}", import.meta.url));
    src.catch(() => {});
    return async (imports) => ${wrap}(__instantiate(await src, imports));`;
    },
  );
  if (fetchers < features) throw new Error(`build-client: ${fetchers} fetchers patched for ${features} features (has wasm-split changed?)`);
  const runtime = `
const __bundles = ${JSON.stringify(bundles)};
// Whether the server joins the parts a feature lacks into one download (/wasm-parts, the
// portal's server; \`trunk serve\` in development has no such address, and fetches them alone).
const __joined = ${release};
const __asked = new Set();
const __pending = new Map();
function __bundled(file) {
    __asked.add(file);
    const part = __pending.get(file);
    __pending.delete(file);
    return part;
}
function __withBundle(feature, load) {
    return () => {
        const bundle = __bundles[feature];
        const missing = (bundle ? bundle.parts : [])
            .map((part, place) => [part, place])
            .filter(([[file]]) => !__asked.has(file) && !__pending.has(file));
        const whole = bundle && missing.length === bundle.parts.length;
        if (missing.length > 1 && (whole || __joined)) {
            const path = whole
                ? bundle.file
                : "wasm-parts/" + bundle.file + "/" + missing.map(([, place]) => place).join(".");
            const joined = fetch(new URL("./" + path, import.meta.url)).then((response) => {
                if (!response.ok) throw new Error("bundle " + path + ": " + response.status);
                return response.arrayBuffer();
            });
            let offset = 0;
            for (const [[file, length]] of missing) {
                const start = offset;
                offset += length;
                const part = joined.then((buffer) => new Uint8Array(buffer, start, length));
                part.catch(() => {});
                __pending.set(file, part);
            }
        }
        return load();
    };
}
function __instantiate(source, imports) {
    return source instanceof Uint8Array
        ? WebAssembly.instantiate(source, imports)
        : WebAssembly.instantiateStreaming(source, imports);
}
`;
  texts.set("__wasm_split.js", patched + runtime);
  console.log(`build-client: ${Object.keys(bundles).length} feature bundles`);
}
// The glue and the loader, minified (release): every page downloads both. Trunk 0.21 cannot
// minify them; terser (npm, tools/package.json) can. Property names are kept: the wasm's imports
// are looked up by them.
if (release) {
  const { minify } = createRequire(join(root, "tools", "package.json"))("terser");
  for (const [name, text] of texts) {
    const result = await minify(text, { module: true, compress: true, mangle: true });
    texts.set(name, result.code);
  }
}
const scriptHash = hashOf(Buffer.concat([...texts.values()].map((t) => Buffer.from(t))));
for (const name of scripts) renamed.set(name, `${name.slice(0, -".js".length)}-${scriptHash}.js`);
texts = new Map([...texts].map(([name, text]) => [name, rewrite(text)]));
// The snippets folder (wasm-bindgen's inline JS), if any, is copied as it is.
for (const name of readdirSync(staging)) {
  if (/^(app|__wasm_split|split_|chunk_|bundle_|module_)/.test(name) && /\.(js|wasm)(\.br|\.gz)?$/.test(name)) {
    rmSync(join(staging, name));
  }
}
for (const [name, text] of texts) writeFileSync(join(staging, renamed.get(name)), text);
for (const name of ["app_bg.wasm", ...chunks]) renameSync(join(work, name), join(staging, renamed.get(name)));
for (const [file, body] of bundleBodies) writeFileSync(join(staging, file), body);

// 6. index.html
const glue = `/${renamed.get("app.js")}`;
const mainWasm = `/${renamed.get("app_bg.wasm")}`;
// The page's own content comes first: the client starts only after the first paint (a frame,
// then a task), so on a slow link its download never competes with the stylesheet for the
// first paint. No preload tags, for the same reason.
const tags =
  `<script type="module">requestAnimationFrame(()=>setTimeout(async()=>{` +
  `const{default:init}=await import('${glue}');await init({module_or_path:'${mainWasm}'})},0));</script>`;
const indexPath = join(staging, "index.html");
let index = readFileSync(indexPath, "utf8").replace(/<link[^>]*rel="rust"[^>]*>\s*/, "");
index = index.replace(/<!-- client -->[\s\S]*?<!-- \/client -->|<\/head>/, (found) =>
  `<!-- client -->${tags}<!-- /client -->${found === "</head>" ? "</head>" : ""}`,
);
writeFileSync(indexPath, index);

// A list of what was built, for the size report and the benchmark.
writeFileSync(
  join(staging, "client-files.json"),
  JSON.stringify({ glue: renamed.get("app.js"), main: renamed.get("app_bg.wasm"),
    loader: renamed.get("__wasm_split.js"),
    bundles: Object.fromEntries(Object.entries(bundles).map(([feature, bundle]) => [feature, bundle.file])),
    bundle_parts: Object.fromEntries(Object.values(bundles).map((bundle) => [bundle.file, bundle.parts.map(([name]) => name)])),
    chunks: Object.fromEntries(chunks.map((name) => [name, renamed.get(name)])) }, null, 2),
);

// 7. precompression, in this one hook: Trunk runs the hooks of one stage at the same time
if (release) precompress(staging);
console.log(`build-client: main ${renamed.get("app_bg.wasm")}, ${chunks.length} chunks, loader ${renamed.get("__wasm_split.js")}`);
