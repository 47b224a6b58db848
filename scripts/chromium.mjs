// Debian's Chromium as the scripts here start it (never a downloaded browser): the flags this
// machine's closed network needs (no background connections, no QUIC) and root needs (no
// sandbox). Headless is each caller's choice: Playwright and Lighthouse spell it differently.
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
