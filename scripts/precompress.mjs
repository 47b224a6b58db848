// Writes .br and .gz beside every text and wasm file, so the server sends precompressed files
// (best compression, done once at build time, not per request). Called by build-client.mjs, the
// Trunk post_build hook; also runs on its own: node scripts/precompress.mjs [dist]
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, extname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";

const compressible = new Set([".wasm", ".js", ".css", ".html", ".svg", ".json", ".webmanifest", ".txt"]);

/** Compresses every compressible file under `folder`. */
export function precompress(folder) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) {
      precompress(path);
    } else if (compressible.has(extname(name))) {
      const raw = readFileSync(path);
      writeFileSync(`${path}.br`, brotliCompressSync(raw, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
      }));
      writeFileSync(`${path}.gz`, gzipSync(raw, { level: 9 }));
    }
  }
}

if (resolve(process.argv[1] || "") === fileURLToPath(import.meta.url)) {
  precompress(process.env.TRUNK_STAGING_DIR || process.argv[2] || "dist");
}
