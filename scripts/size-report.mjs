// Prints the raw, gzip and brotli size of every file the client ships (dist/), and fails when the
// wasm is over the budget. Usage: node scripts/size-report.mjs [dist] [--budget-kb 250]
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const dir = args.find((a) => !a.startsWith("--")) || "dist";
const budgetIndex = args.indexOf("--budget-kb");
const budgetKb = budgetIndex >= 0 ? Number(args[budgetIndex + 1]) : 250;

const rows = [];
function walk(folder) {
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (!name.endsWith(".br") && !name.endsWith(".gz")) {
      const raw = readFileSync(path);
      rows.push({
        file: relative(dir, path),
        raw: raw.length,
        gzip: gzipSync(raw, { level: 9 }).length,
        brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      });
    }
  }
}
walk(dir);

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
console.log(`${"file".padEnd(44)}${"raw KB".padStart(8)}${"gzip KB".padStart(9)}${"br KB".padStart(8)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)}${kb(r.raw)} ${kb(r.gzip)}${kb(r.brotli)}`);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log(`${"total".padEnd(44)}${kb(total.raw)} ${kb(total.gzip)}${kb(total.brotli)}`);

const wasm = rows.filter((r) => r.file.endsWith(".wasm"));
if (wasm.length === 0) {
  console.error("size report: no .wasm in", dir);
  process.exit(1);
}
for (const w of wasm) {
  const brKb = w.brotli / 1024;
  console.log(`wasm ${w.file}: ${brKb.toFixed(1)} KB brotli (budget ${budgetKb} KB, goal 150 KB)`);
  if (brKb > budgetKb) {
    console.error(`size report: ${w.file} is ${brKb.toFixed(1)} KB brotli, over the ${budgetKb} KB budget`);
    process.exit(1);
  }
}
