// Debian's Chromium as the scripts here start it (never a downloaded browser): the flags this
// machine's closed network needs (no background connections, no QUIC) and root needs (no
// sandbox). Headless is each caller's choice: Playwright and Lighthouse spell it differently.
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
];

// A phone as the benchmarks load pages on it: 360x740, touch, Hindi.
export const PHONE = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  locale: "hi-IN",
};

/** Playwright's Chromium driver, from end2end/node_modules; exits 2 naming `script` if absent. */
export function playwrightChromium(script) {
  const require = createRequire(join(root, "end2end", "package.json"));
  for (const name of ["playwright-core", "@playwright/test", "playwright"]) {
    try {
      return require(name).chromium;
    } catch {
      // try the next
    }
  }
  console.error(`${script}: Playwright not found in end2end/node_modules ` +
    "(cd end2end && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci)");
  process.exit(2);
}
