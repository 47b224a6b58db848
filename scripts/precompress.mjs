// Trunk post_build hook: writes .br and .gz beside every text and wasm file, so the server sends
// precompressed files (best compression, done once at build time, not per request).
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, extname } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist";
const compressible = new Set([".wasm", ".js", ".css", ".html", ".svg", ".json", ".webmanifest", ".txt"]);

function walk(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      walk(path);
    } else if (compressible.has(extname(name))) {
      const raw = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }));
      writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
    }
  }
}

walk(dir);
