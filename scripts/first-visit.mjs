// What a citizen's phone downloads on a first visit to each page, with a cold cache: every
// same-origin response, counted as an HTTPS deployment serving brotli would send it, against a
// budget per page. Also prints how long each page took to start (informational, never gated).
//
//   node scripts/first-visit.mjs --base http://127.0.0.1:3100 --dist dist [--gate] [--verbose]
//
// Bytes: a file from dist/ counts as its precompressed `.br` beside it (else the file itself);
// the HTML document, which the server renders per page, is fetched again with
// `Accept-Encoding: br` and counts as the body bytes received. Anything under /api/ is data:
// reported, not part of the total. --gate exits 1 when a page is over its budget (or did not
// start); --verbose lists every response. Needs end2end/node_modules (Playwright) and
// /usr/bin/chromium, as `scripts/setup.sh --test` installs them.
import { existsSync, readFileSync, realpathSync, statSync } from "node:fs";
import http from "node:http";
import https from "node:https";
import { dirname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { CHROMIUM_FLAGS, CHROMIUM_PATH, PHONE, playwrightChromium } from "./chromium.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

// ---- arguments

const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = args[i + 1];
  if (value === undefined || value.startsWith("--")) {
    console.error(`first-visit: ${name} needs a value`);
    process.exit(2);
  }
  return value;
}
const known = new Set(["--base", "--dist", "--gate", "--verbose"]);
for (let i = 0; i < args.length; i++) {
  if (!known.has(args[i])) {
    console.error(`first-visit: unknown argument ${args[i]}\n` +
      "usage: node scripts/first-visit.mjs --base http://127.0.0.1:3100 --dist dist [--gate] [--verbose]");
    process.exit(2);
  }
  if (args[i] === "--base" || args[i] === "--dist") i++;
}
const base = new URL(option("--base", "http://127.0.0.1:3000"));
const dist = resolve(option("--dist", join(root, "dist")));
const gate = args.includes("--gate");
const verbose = args.includes("--verbose");
if (!existsSync(join(dist, "index.html"))) {
  console.error(`first-visit: ${dist}/index.html not found (build the client first: trunk build --release)`);
  process.exit(2);
}
const distReal = realpathSync(dist);

// ---- the pages and their budgets (KB of html + css + js + wasm, brotli; 1 KB = 1024 bytes)

const KB = 1024;
const ROUTES = [
  { path: "/", budgetKb: 170, wasmBudgetKb: 150 },
  { path: "/services", budgetKb: 260 },
  { path: "/services/income-certificate", budgetKb: 260 },
  { path: "/track", budgetKb: 260 },
  { path: "/verify/7KQ4-93XP-M2DA-8HCT-5RWB", budgetKb: 260 },
  { path: "/officer/sign-in", budgetKb: 260 },
  { path: "/services/income-certificate/apply", budgetKb: 350 },
];
const LIVE_TIMEOUT_MS = 20_000; // for html[data-app="live"]
const QUIET_MS = 500; // the network counts as idle after this long with nothing in flight
const QUIET_TIMEOUT_MS = 20_000;
const NAV_TIMEOUT_MS = 60_000;

// ---- counting bytes

/** The file in dist/ a same-origin path is served from, or null (a page, the api, or missing). */
function distFile(pathname) {
  let rel;
  try {
    rel = decodeURIComponent(pathname).replace(/^\/+/, "");
  } catch {
    return null;
  }
  if (rel === "" || rel.endsWith("/")) return null;
  const file = resolve(dist, rel);
  if (file !== distReal && !file.startsWith(distReal + sep) && !file.startsWith(dist + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** Bytes a brotli-serving deployment sends for a file from dist/. */
function servedSize(file) {
  const br = `${file}.br`;
  if (existsSync(br)) return { bytes: statSync(br).size, encoding: "br" };
  return { bytes: statSync(file).size, encoding: "identity" };
}

/** Fetches a page again as a brotli-capable browser would and counts the body as received. */
function fetchDocument(url) {
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolvePromise, reject) => {
    const request = client.get(
      url,
      {
        headers: {
          "Accept-Encoding": "br",
          Accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
          "User-Agent": "first-visit.mjs",
        },
        timeout: 15_000,
      },
      (response) => {
        let bytes = 0;
        response.on("data", (chunk) => {
          bytes += chunk.length;
        });
        response.on("end", () =>
          resolvePromise({
            bytes,
            status: response.statusCode,
            encoding: response.headers["content-encoding"] || "identity",
          }),
        );
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`timed out fetching ${url}`)));
    request.on("error", reject);
  });
}

function classify(pathname, resourceType, contentType) {
  if (pathname === "/api" || pathname.startsWith("/api/")) return "data";
  if (resourceType === "document") return "html";
  const p = pathname.toLowerCase();
  if (p.endsWith(".wasm") || contentType.includes("application/wasm")) return "wasm";
  if (p.endsWith(".js") || p.endsWith(".mjs") || contentType.includes("javascript")) return "js";
  if (p.endsWith(".css") || contentType.includes("text/css")) return "css";
  if (p.endsWith(".html") || contentType.includes("text/html")) return "html";
  return "other";
}

// Names from the build's list, for --verbose (client-files.json, written by build-client.mjs).
const roles = new Map();
try {
  const files = JSON.parse(readFileSync(join(dist, "client-files.json"), "utf8"));
  if (files.main) roles.set(`/${files.main}`, "main wasm");
  if (files.glue) roles.set(`/${files.glue}`, "glue");
  if (files.loader) roles.set(`/${files.loader}`, "loader");
  for (const [name, hashed] of Object.entries(files.chunks || {})) roles.set(`/${hashed}`, `chunk ${name}`);
} catch {
  // no list: --verbose shows paths only
}

// ---- one page, one fresh context

// Records when <html data-app="live"> appears, in ms from navigation start (performance.now()).
const MARK_SCRIPT = `(() => {
  const record = () => {
    const el = document.documentElement;
    if (el && el.dataset.app === 'live' && window.__firstVisitLive === undefined) {
      window.__firstVisitLive = performance.now();
      if (window.__firstVisitMarkLive) window.__firstVisitMarkLive();
    }
  };
  new MutationObserver(record).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
  record();
})();`;

async function visit(browser, route) {
  const context = await browser.newContext(PHONE);
  await context.addInitScript({ content: MARK_SCRIPT });
  const page = await context.newPage();
  // What the page needed is what it asked for before it was live; what it asks for after is
  // prefetching for the reader's next step (the citizen chunk on an idle home page, the wizard's
  // on a service page), reported apart and not in the budget.
  let liveAt = null;
  await page.exposeFunction("__firstVisitMarkLive", () => {
    if (liveAt === null) liveAt = Date.now();
  });
  const url = new URL(route.path, base);
  const responses = [];
  const problems = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  const requestTimes = new Map();
  const started = (request) => {
    requestTimes.set(request, Date.now());
    inFlight++;
    lastActivity = Date.now();
  };
  const ended = () => {
    inFlight = Math.max(0, inFlight - 1);
    lastActivity = Date.now();
  };
  page.on("request", started);
  page.on("requestfinished", ended);
  page.on("requestfailed", (request) => {
    ended();
    if (new URL(request.url()).origin === base.origin) {
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? "?"})`);
    }
  });
  page.on("response", (response) => {
    const u = new URL(response.url());
    if (u.origin !== base.origin) return;
    responses.push({
      response,
      prefetch: liveAt !== null && requestTimes.get(response.request()) > liveAt,
      pathname: u.pathname,
      isMainDocument:
        response.request().resourceType() === "document" && response.frame() === page.mainFrame(),
    });
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message.split("\n")[0]}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console error: ${message.text().split("\n")[0]}`);
  });

  const navStart = Date.now();
  let live = false;
  let liveMs = null;
  try {
    await page.goto(url.href, { waitUntil: "load", timeout: NAV_TIMEOUT_MS });
    await page.waitForFunction(() => document.documentElement.dataset.app === "live", null, {
      timeout: LIVE_TIMEOUT_MS,
    });
    live = true;
    const wallMs = Date.now() - navStart;
    const marked = await page.evaluate(() => window.__firstVisitLive);
    liveMs = typeof marked === "number" ? { ms: marked, exact: true } : { ms: wallMs, exact: false };
  } catch (error) {
    problems.push(`the app did not start (html[data-app="live"] within ${LIVE_TIMEOUT_MS / 1000} s): ` +
      error.message.split("\n")[0]);
  }
  // Idle: nothing in flight for QUIET_MS (chunks a page needs load after the app has started).
  const quietBy = Date.now() + QUIET_TIMEOUT_MS;
  while (Date.now() < quietBy && !(inFlight === 0 && Date.now() - lastActivity >= QUIET_MS)) {
    await page.waitForTimeout(100);
  }
  if (inFlight > 0) problems.push(`${inFlight} request(s) still in flight after ${QUIET_TIMEOUT_MS / 1000} s`);

  const sums = { html: 0, css: 0, js: 0, wasm: 0, data: 0, other: 0, prefetch: 0 };
  const files = [];
  let wasmFiles = 0;
  let htmlEncoding = null;
  const seen = new Map();
  for (const { response, pathname, isMainDocument, prefetch } of responses) {
    const status = response.status();
    const contentType = (response.headers()["content-type"] || "").toLowerCase();
    const kind = isMainDocument ? "html" : classify(pathname, response.request().resourceType(), contentType);
    let bytes = 0;
    let how = "";
    const key = `${response.request().method()} ${response.url()}`;
    seen.set(key, (seen.get(key) || 0) + 1);
    if (status === 204 || status === 304 || (status >= 300 && status < 400)) {
      how = `status ${status}, no body`;
    } else if ((kind === "html" && isMainDocument) || pathname.startsWith("/wasm-parts/")) {
      // The page, which the server renders, and the parts of a bundle it joins
      // (server/src/http/wasm_parts.rs): counted as the server sends them to a brotli-capable
      // browser (Chromium asks plain http for gzip only).
      try {
        const again = await fetchDocument(new URL(response.url()));
        bytes = again.bytes;
        if (kind === "html") htmlEncoding = again.encoding;
        how = `refetched, ${again.encoding}`;
      } catch (error) {
        problems.push(`could not fetch ${pathname} again: ${error.message}`);
      }
    } else if (kind === "data") {
      // As the browser received it (an api call is not replayed).
      const sizes = await response.request().sizes().catch(() => null);
      bytes = sizes ? sizes.responseBodySize : 0;
      how = `as received, ${response.headers()["content-encoding"] || "identity"}`;
    } else {
      const file = distFile(pathname);
      if (file) {
        const served = servedSize(file);
        bytes = served.bytes;
        how = served.encoding === "br" ? "dist .br" : "dist, no .br";
      } else {
        const sizes = await response.request().sizes().catch(() => null);
        bytes = sizes ? sizes.responseBodySize : 0;
        how = "not in dist: as received";
        if (/\.(wasm|js|css)$/.test(pathname)) {
          problems.push(`${pathname} is not in ${dist}: does the server serve another build?`);
        }
      }
    }
    if (prefetch) {
      sums.prefetch += bytes;
      files.push({ kind: `prefetch ${kind}`, pathname, status, bytes, how });
      continue;
    }
    if (kind === "wasm" && bytes > 0) wasmFiles++;
    sums[kind] += bytes;
    files.push({ kind, pathname, status, bytes, how });
  }
  for (const [key, count] of seen) {
    if (count > 1) problems.push(`fetched ${count} times (each counted): ${key}`);
  }
  await context.close();

  const total = sums.html + sums.css + sums.js + sums.wasm;
  const over = [];
  if (!live) over.push("did not start");
  const limitKb = route.ceilingKb ?? route.budgetKb;
  if (total > limitKb * KB) {
    over.push(`total ${(total / KB).toFixed(1)} KB > ${limitKb} KB${route.ceilingKb ? " (its ceiling)" : ""}`);
  }
  const overGoal = total > route.budgetKb * KB;
  if (route.wasmBudgetKb !== undefined && sums.wasm > route.wasmBudgetKb * KB) {
    over.push(`wasm ${(sums.wasm / KB).toFixed(1)} KB > ${route.wasmBudgetKb} KB`);
  }
  return { route, sums, total, wasmFiles, files, problems, live, liveMs, htmlEncoding, over, overGoal };
}

// ---- run and print

const chromium = playwrightChromium("first-visit");
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  headless: true,
  args: ["--headless", ...CHROMIUM_FLAGS],
});

const results = [];
try {
  for (const route of ROUTES) results.push(await visit(browser, route));
} finally {
  await browser.close();
}

const k = (n) => (n / KB).toFixed(1);
const widths = [38, 7, 7, 7, 8, 8, 8, 10, 6, 9];
const row = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join(" ");
console.log(`first visit, cold cache, phone 360x740; KB = 1024 bytes, brotli as served over HTTPS; base ${base.origin}`);
console.log(row(["route", "html", "css", "js", "wasm", "total", "budget", "data(api)", "wasm#", "prefetch"]));
for (const r of results) {
  const budget = r.route.wasmBudgetKb !== undefined ? `${r.route.budgetKb}/w${r.route.wasmBudgetKb}` : r.route.budgetKb;
  const html = r.htmlEncoding && r.htmlEncoding !== "br" ? `${k(r.sums.html)}*` : k(r.sums.html);
  console.log(row([r.route.path, html, k(r.sums.css), k(r.sums.js), k(r.sums.wasm), k(r.total), budget,
    k(r.sums.data), r.wasmFiles, k(r.sums.prefetch)]) +
    (r.over.length ? `  OVER: ${r.over.join("; ")}` : r.overGoal ? `  over its goal (gate: ceiling ${r.route.ceilingKb} KB)` : ""));
}
if (results.some((r) => r.htmlEncoding && r.htmlEncoding !== "br")) {
  console.log("* the server sent this HTML without brotli (content-encoding: " +
    `${[...new Set(results.map((r) => r.htmlEncoding).filter((e) => e && e !== "br"))].join(", ")}); counted as sent`);
}
console.log("budget a/wB: total a KB, of which wasm at most B KB. data(api) is reported, not in the total;");
console.log("prefetch: what the page fetched after it was live, for the reader's next step (not in the total).");
for (const r of results) {
  const other = r.sums.other > 0 ? `; other files ${k(r.sums.other)} KB (not in the total)` : "";
  const time = r.liveMs ? `${Math.round(r.liveMs.ms)} ms${r.liveMs.exact ? "" : " (approx., by wall clock)"}` : "never";
  console.log(`started ${r.route.path}: data-app=live at ${time} from navigation start${other}`);
}
for (const r of results) {
  if (verbose) {
    console.log(`\n${r.route.path}`);
    for (const f of r.files) {
      const role = roles.get(f.pathname);
      console.log(`  ${f.kind.padEnd(5)} ${k(f.bytes).padStart(7)} KB  ${f.status}  ${f.pathname}${role ? ` (${role})` : ""}  [${f.how}]`);
    }
  }
  for (const p of r.problems) console.log(`note ${r.route.path}: ${p}`);
}

const failing = results.filter((r) => r.over.length > 0);
if (failing.length > 0) {
  for (const r of failing) {
    const what = r.live ? "is over its budget" : "fails";
    console.error(`first-visit: ${r.route.path} ${what}: ${r.over.join("; ")}`);
  }
  if (gate) process.exit(1);
} else {
  console.log("first-visit: every page is within its budget");
}
