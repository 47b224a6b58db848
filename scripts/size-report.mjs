// Prints the raw, gzip and brotli size of every file the client ships (dist/), then the totals by
// part: the main wasm, the feature chunks, the chunk loader, the wasm-bindgen glue, the CSS and
// the rest. Fails only when one wasm file (the main module or a chunk) is over a generous sanity
// limit, 300 KB brotli by default: the per-page budgets are scripts/first-visit.mjs's to check.
//
//   node scripts/size-report.mjs [dist] [--max-wasm-kb 300]
//
// Brotli and gzip are the precompressed .br/.gz beside each file when there (what the server
// sends), else computed here (brotli 11, gzip 9). The parts come from dist/client-files.json
// (written by scripts/build-client.mjs), else from the file names.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const args = process.argv.slice(2);
function option(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}
const valued = new Set([args.indexOf("--max-wasm-kb") + 1].filter((i) => i > 0));
const dir = args.find((a, i) => !a.startsWith("--") && !valued.has(i)) || "dist";
const maxWasmKb = Number(option("--max-wasm-kb") ?? 300);
if (!Number.isFinite(maxWasmKb) || maxWasmKb <= 0) {
  console.error("size report: --max-wasm-kb needs a number of KB");
  process.exit(2);
}
if (!existsSync(dir)) {
  console.error(`size report: ${dir} not found (build the client first: trunk build --release)`);
  process.exit(1);
}

// What build-client.mjs says each file is.
let list = null;
try {
  list = JSON.parse(readFileSync(join(dir, "client-files.json"), "utf8"));
} catch {
  // no list: go by names
}
const chunkNames = new Set(Object.values(list?.chunks ?? {}));
function partOf(file) {
  const name = file.split(sep).pop();
  if (list) {
    if (file === list.main) return "main wasm";
    if (chunkNames.has(file)) return "chunks";
    if (file === list.loader) return "loader";
    if (file === list.glue) return "glue";
  }
  // A feature's files end to end, fetched instead of them on a first visit (build-client.mjs 5b).
  if (/^bundle_/.test(name)) return "bundles";
  if (name.endsWith(".wasm")) return /^app_bg[-.]/.test(name) ? "main wasm" : "chunks";
  if (/^__wasm_split[-.]/.test(name) && name.endsWith(".js")) return "loader";
  if ((/^app[-.]/.test(name) && name.endsWith(".js")) || file.split(sep)[0] === "snippets") return "glue";
  if (name.endsWith(".css")) return "css";
  return "other";
}
const PARTS = ["main wasm", "chunks", "bundles", "loader", "glue", "css", "other"];

const rows = [];
function walk(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!name.endsWith(".br") && !name.endsWith(".gz")) {
      const raw = readFileSync(path);
      const file = relative(dir, path);
      rows.push({
        file,
        part: partOf(file),
        raw: raw.length,
        gzip: existsSync(`${path}.gz`) ? statSync(`${path}.gz`).size : gzipSync(raw, { level: 9 }).length,
        brotli: existsSync(`${path}.br`)
          ? statSync(`${path}.br`).size
          : brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      });
    }
  }
}
walk(dir);

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const width = Math.max(44, ...rows.map((r) => r.file.length + 2));
const header = `${"file".padEnd(width)}${"part".padEnd(11)}${"raw KB".padStart(8)}${"gzip KB".padStart(9)}${"br KB".padStart(8)}`;
console.log(header);
for (const r of rows) console.log(`${r.file.padEnd(width)}${r.part.padEnd(11)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}`);
const sum = (rs) => rs.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const total = sum(rows);
console.log(`${"total".padEnd(width)}${"".padEnd(11)}${kb(total.raw)} ${kb(total.gzip)}${kb(total.brotli)}`);

console.log("");
console.log(`${"part".padEnd(14)}${"files".padStart(6)}${"raw KB".padStart(9)}${"gzip KB".padStart(9)}${"br KB".padStart(8)}`);
for (const part of PARTS) {
  const rs = rows.filter((r) => r.part === part);
  if (rs.length === 0) continue;
  const t = sum(rs);
  console.log(`${part.padEnd(14)}${String(rs.length).padStart(6)} ${kb(t.raw)} ${kb(t.gzip)}${kb(t.brotli)}`);
}
// What every page needs before any chunk: the main wasm, its glue, the loader and the CSS (the
// HTML is rendered per page, so scripts/first-visit.mjs counts it).
const first = sum(rows.filter((r) => ["main wasm", "glue", "loader", "css"].includes(r.part)));
console.log(`before any chunk: ${(first.brotli / 1024).toFixed(1)} KB brotli (main wasm, glue, loader, css; goal: / within 170 KB with the HTML)`);

const wasm = rows.filter((r) => r.file.endsWith(".wasm"));
if (wasm.length === 0) {
  console.error("size report: no .wasm in", dir);
  process.exit(1);
}
let failed = false;
for (const w of wasm) {
  const brKb = w.brotli / 1024;
  if (brKb > maxWasmKb) {
    console.error(`size report: ${w.file} (${w.part}) is ${brKb.toFixed(1)} KB brotli, over the ${maxWasmKb} KB limit for one wasm file`);
    failed = true;
  }
}
const main = wasm.filter((r) => r.part === "main wasm");
console.log(`wasm: ${main.length} main (${main.map((r) => `${(r.brotli / 1024).toFixed(1)} KB`).join(", ") || "none"} brotli, goal 150 KB), ` +
  `${wasm.length - main.length} chunk(s); limit per wasm file ${maxWasmKb} KB brotli`);
// The split's smoke test: a splitter or wasm-bindgen upgrade that silently stops splitting (one
// big wasm again) or drops the loader fails here, before any browser runs.
const features = wasm.filter((r) => /^split_/.test(r.file.split("/").pop()));
const FEATURES = ["services", "service", "apply", "apply_steps", "track", "track_file", "certificate",
  "verify", "officer_sign_in", "officer_desk", "info"];
for (const feature of FEATURES) {
  if (!features.some((r) => r.file.split("/").pop().startsWith(`split_${feature}-`))) {
    console.error(`size report: no chunk for the feature ${feature} (split_${feature}-*.wasm): is the client still split?`);
    failed = true;
  }
}
// Every feature whose files are more than one has its bundle, as the loader expects.
for (const [feature, bundle] of Object.entries(list?.bundles ?? {})) {
  if (!rows.some((r) => r.file === bundle)) {
    console.error(`size report: the loader fetches ${bundle} for ${feature}, and it is missing`);
    failed = true;
  }
}
if (list && Object.keys(list.bundles ?? {}).length === 0) {
  console.error("size report: no feature bundles in client-files.json: is build-client.mjs 5b still running?");
  failed = true;
}
if (!rows.some((r) => r.part === "loader")) {
  console.error("size report: no chunk loader (__wasm_split-*.js) in", dir);
  failed = true;
}
if (failed) process.exit(1);
