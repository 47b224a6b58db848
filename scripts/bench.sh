#!/usr/bin/env bash
# Measures what the catalogue search costs a citizen, and prints the figures (asserts nothing;
# not part of the tests):
#   1. the catalogue payload of load_catalogue: raw, gzip and brotli at 36, 532 and 5,000 services;
#   2. the search speed over 5,000 services: index build time, p50/p95/p99/max per query kind;
#   3. the bytes the search adds to a wasm binary (two probes, wasm-release, wasm-bindgen as Trunk
#      runs it, wasm-opt -Oz, brotli 11): an upper bound, see app/examples/wasm_probe_search.rs;
#   4. against a running server (BENCH_BASE, default http://127.0.0.1:3000; skipped if none
#      answers /healthz): a cold first visit of each page, in bytes against the budgets
#      (scripts/first-visit.mjs, not gated here), and Lighthouse's mobile performance score, LCP,
#      TBT and CLS (scripts/lighthouse.mjs, median of 3 runs), and how long moving inside the app
#      to a part not yet loaded takes on a slow phone (scripts/navigation.mjs).
# Usage: scripts/bench.sh   (needs the wasm32-unknown-unknown target, node and tools/ installed,
# as scripts/setup.sh installs them; section 4 also needs scripts/setup.sh --test and the client
# in dist/ that the server serves)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/tools/node20/node_modules/.bin:$HOME/.cargo/bin:$ROOT/tools/node_modules/.bin:$PATH"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

say() { printf '\n== %s\n' "$*"; }

say "1/4 catalogue payload (serde_json of CatalogueIndex, as load_catalogue sends it)"
cargo run --release -p app --example payload_bench | tee "$WORK/payload.txt"

say "2/4 search speed over 5,000 services"
cargo run --release -p app --example search_bench | tee "$WORK/search.txt"

say "3/4 wasm bytes the search adds"
if ! rustup target list --installed 2>/dev/null | grep -qx wasm32-unknown-unknown; then
  echo "bench: the wasm32-unknown-unknown target is missing (rustup target add wasm32-unknown-unknown)" >&2
  exit 1
fi
for tool in wasm-opt node; do
  command -v "$tool" >/dev/null || { echo "bench: $tool not found (run scripts/setup.sh)" >&2; exit 1; }
done
cargo build -p app --example wasm_probe_base --example wasm_probe_search \
  --target wasm32-unknown-unknown --profile wasm-release
BUILT="target/wasm32-unknown-unknown/wasm-release/examples"
for probe in base search; do
  input="$BUILT/wasm_probe_$probe.wasm"
  # As Trunk does: wasm-bindgen drops its describe functions and the JS-only exports.
  if command -v wasm-bindgen >/dev/null; then
    wasm-bindgen --target web --no-typescript --out-dir "$WORK/$probe" "$input"
    input="$WORK/$probe/wasm_probe_${probe}_bg.wasm"
  else
    echo "bench: wasm-bindgen not found, measuring the probes without it" >&2
  fi
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$input" -o "$WORK/$probe.wasm"
done

cat >"$WORK/wasm_sizes.mjs" <<'EOF'
// Sizes of the two optimised probes, raw and brotli 11, and one run of each in node with a small
// catalogue, to show that the search really is in the binary (the search probe reports more).
import { readFileSync } from "node:fs";
import { brotliCompressSync, constants } from "node:zlib";

const dir = process.argv[2];
const input = new TextEncoder().encode(
  "income certifcate\n" +
    "आय प्रमाण पत्र\tIncome certificate\tआमदनी|income proof\t1\n" +
    "जन्म प्रमाण पत्र\tBirth certificate\tjanm praman patra\t1\n" +
    "व्यापार लाइसेंस\tTrade licence\tgumasta|shop licence\t0\n",
);

function run(bytes) {
  const module = new WebAssembly.Module(bytes);
  const imports = {};
  for (const imp of WebAssembly.Module.imports(module)) {
    imports[imp.module] ??= {};
    if (imp.kind === "function") {
      imports[imp.module][imp.name] = () => {
        if (imp.name.includes("externref")) return 0;
        throw new Error(`unexpected call to ${imp.module}.${imp.name}`);
      };
    }
  }
  let memory;
  let result;
  imports.probe = {
    input_len: () => input.length,
    input_read: (ptr) => new Uint8Array(memory.buffer, ptr, input.length).set(input),
    output: (value) => {
      result = value >>> 0;
    },
  };
  const instance = new WebAssembly.Instance(module, imports);
  memory = instance.exports.memory;
  instance.exports.main(0, 0);
  return result;
}

const kb = (n) => (n / 1024).toFixed(1);
const sizes = {};
for (const probe of ["base", "search"]) {
  const bytes = readFileSync(`${dir}/${probe}.wasm`);
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  sizes[probe] = { raw: bytes.length, brotli };
  let ran;
  try {
    ran = `ran in node, reported ${run(bytes)}`;
  } catch (error) {
    ran = `could not run in node: ${error.message}`;
  }
  console.log(`probe ${probe.padEnd(6)} ${kb(bytes.length).padStart(7)} KB raw ${kb(brotli).padStart(6)} KB brotli  (${ran})`);
}
const raw = sizes.search.raw - sizes.base.raw;
const brotli = sizes.search.brotli - sizes.base.brotli;
console.log(`wasm cost of the search (upper bound): +${kb(raw)} KB raw, +${kb(brotli)} KB brotli (${brotli} bytes)`);
EOF
node "$WORK/wasm_sizes.mjs" "$WORK" | tee "$WORK/wasm.txt"

say "4/4 first visit and Lighthouse against a running server"
BENCH_BASE="${BENCH_BASE:-http://127.0.0.1:3000}"
: >"$WORK/first-visit.txt"
: >"$WORK/lighthouse.txt"
if ! node -e 'fetch(process.argv[1], { signal: AbortSignal.timeout(3000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))' \
  "$BENCH_BASE/healthz"; then
  echo "bench: no server answers $BENCH_BASE/healthz; skipping section 4. Start one, then run again:"
  echo "  scripts/run.sh                         # builds and serves the portal on http://127.0.0.1:3000"
  echo "  DIST_DIR=dist target/release/server    # or an existing release build"
  echo "  BENCH_BASE=http://127.0.0.1:3100 scripts/bench.sh   # a server elsewhere"
  echo "skipped: no server at $BENCH_BASE" >"$WORK/first-visit.txt"
elif [ ! -x /usr/bin/chromium ] || [ ! -d end2end/node_modules/@playwright/test ]; then
  echo "bench: Chromium or Playwright missing (scripts/setup.sh --test); skipping section 4"
  echo "skipped: scripts/setup.sh --test first" >"$WORK/first-visit.txt"
else
  # The sizes come from dist/: the server at BENCH_BASE must serve this build.
  node scripts/first-visit.mjs --base "$BENCH_BASE" --dist "$ROOT/dist" | tee "$WORK/first-visit.txt" \
    || echo "bench: first-visit.mjs failed"
  if [ ! -d tools/node_modules/lighthouse ]; then
    (cd tools && npm ci --no-audit --no-fund --loglevel=error) || echo "bench: npm ci in tools/ failed"
  fi
  node scripts/lighthouse.mjs --base "$BENCH_BASE" | tee "$WORK/lighthouse.txt" \
    || echo "bench: lighthouse.mjs failed"
  node scripts/navigation.mjs --base "$BENCH_BASE" | tee "$WORK/navigation.txt" \
    || echo "bench: navigation.mjs failed"
fi

say "summary"
grep -E '^ +(36|532|5000) ' "$WORK/payload.txt" | awk '{printf "payload  %5s services: %7s KB raw %6s KB gzip %6s KB brotli\n", $1, $2, $3, $4}'
grep -E '^goal:' "$WORK/payload.txt" | sed 's/^/payload  /'
grep -E '^(machine|index build)' "$WORK/search.txt" | sed 's/^/search   /'
grep -E '^(kind|exact-hi|exact-en|prefix|latin|english|typo|keyword|multi|overall) ' "$WORK/search.txt" | sed 's/^/search   /'
grep -E '^(throughput|goal):' "$WORK/search.txt" | sed 's/^/search   /'
grep -E '^wasm cost' "$WORK/wasm.txt" | sed 's/^/wasm     /'
grep -E '^(skipped|route |/|first-visit:)' "$WORK/first-visit.txt" | sed 's/^/visit    /' || true
grep -E '^(route |/|goal:)' "$WORK/lighthouse.txt" | sed 's/^/lh       /' || true
grep -E '^(reader|tapped|after|goal:)' "$WORK/navigation.txt" 2>/dev/null | sed 's/^/navigate /' || true
