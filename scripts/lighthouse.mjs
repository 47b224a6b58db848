// Lighthouse's performance score for the pages a citizen meets first (a benchmark: prints, asserts
// nothing). Default mobile settings (a mid-range phone, simulated slow 4G), the performance
// category only, 3 runs per page, each in a fresh Chromium; prints the medians.
//
//   node scripts/lighthouse.mjs --base http://127.0.0.1:3000 [--runs 3]
//
// Needs tools/node_modules (lighthouse, pinned in tools/package.json: cd tools && npm ci) and
// /usr/bin/chromium (or CHROME_PATH).
import { mkdirSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from "./chromium.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
function option(name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1] : fallback;
}
const base = new URL(option("--base", "http://127.0.0.1:3000"));
const runs = Math.max(1, Number(option("--runs", "3")) || 3);
const ALL_ROUTES = ["/", "/services/income-certificate", "/services/income-certificate/apply", "/track"];
// --only PATH measures one route; --save DIR writes each run's whole report (lhr JSON) there, with
// the LCP element, the long tasks and the requests that held up the first paint, for diagnosis.
const ROUTES = option("--only", null) ? [option("--only", null)] : ALL_ROUTES;
const saveDir = option("--save", null);
const CHROME_FLAGS = ["--headless=new", ...CHROMIUM_FLAGS];
process.env.CHROME_PATH ||= CHROMIUM_PATH;

// lighthouse and chrome-launcher live in tools/node_modules, not beside this script.
const toolsRequire = createRequire(join(root, "tools", "package.json"));
async function importFromTools(name) {
  let path;
  try {
    path = toolsRequire.resolve(name);
  } catch {
    console.error(`lighthouse: ${name} not found in tools/node_modules (cd tools && npm ci --no-audit --no-fund)`);
    process.exit(2);
  }
  return import(pathToFileURL(path).href);
}
const { default: lighthouse } = await importFromTools("lighthouse");
const chromeLauncher = await importFromTools("chrome-launcher");

async function measure(url) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH,
    chromeFlags: CHROME_FLAGS,
    logLevel: "silent",
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
    });
    const lhr = result?.lhr;
    if (!lhr) throw new Error("no result");
    if (saveDir) {
      mkdirSync(saveDir, { recursive: true });
      const name = `${new URL(url).pathname.replace(/[^a-z0-9]+/gi, "_")}-${Date.now()}.json`;
      writeFileSync(join(saveDir, name), JSON.stringify(lhr));
    }
    const audit = (id) => lhr.audits[id]?.numericValue;
    const score = lhr.categories.performance?.score;
    return {
      score: typeof score === "number" ? score * 100 : NaN,
      lcp: (audit("largest-contentful-paint") ?? NaN) / 1000,
      tbt: audit("total-blocking-time") ?? NaN,
      cls: audit("cumulative-layout-shift") ?? NaN,
      error: lhr.runtimeError ? `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` : null,
      warnings: lhr.runWarnings ?? [],
    };
  } finally {
    await chrome.kill();
  }
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (v, digits) => (Number.isFinite(v) ? v.toFixed(digits) : "-");

console.log(`lighthouse ${toolsRequire("lighthouse/package.json").version}, mobile (simulated throttling), ` +
  `performance only, ${runs} run(s) per page, median; base ${base.origin}`);
const rows = [];
for (const path of ROUTES) {
  const url = new URL(path, base).href;
  const samples = [];
  for (let run = 1; run <= runs; run++) {
    try {
      const s = await measure(url);
      samples.push(s);
      console.log(`  ${path} run ${run}: score ${fmt(s.score, 0)}, LCP ${fmt(s.lcp, 2)} s, ` +
        `TBT ${fmt(s.tbt, 0)} ms, CLS ${fmt(s.cls, 3)}${s.error ? `  (${s.error})` : ""}`);
      for (const w of s.warnings) console.log(`    warning: ${w}`);
    } catch (error) {
      console.log(`  ${path} run ${run}: failed: ${error.message.split("\n")[0]}`);
    }
  }
  rows.push({
    path,
    score: median(samples.map((s) => s.score)),
    lcp: median(samples.map((s) => s.lcp)),
    tbt: median(samples.map((s) => s.tbt)),
    cls: median(samples.map((s) => s.cls)),
    n: samples.filter((s) => Number.isFinite(s.score)).length,
  });
}

const line = (cells) => `${String(cells[0]).padEnd(38)}${cells.slice(1).map((c) => String(c).padStart(8)).join("")}`;
console.log(line(["route", "score", "LCP s", "TBT ms", "CLS", "runs"]));
for (const r of rows) {
  console.log(line([r.path, fmt(r.score, 0), fmt(r.lcp, 2), fmt(r.tbt, 0), fmt(r.cls, 3), r.n]));
}
console.log("goal: performance >= 95, LCP <= 1.8 s, TBT <= 150 ms, CLS <= 0.02");
