// How long a reader on a slow phone waits when they move, inside the app, to an area whose code
// has not arrived yet (a benchmark: prints, asserts nothing). A phone at 360x740 with the
// network held to 1.6 Mbps down, 750 kbps up and 150 ms of round trip, and the CPU slowed 4
// times (Lighthouse's mobile settings), lands on a page, then follows links the way a citizen
// does: home → all services → a service → its application → tracking. Each step is timed from
// the tap until the new page's heading is on screen and nothing on it says it is loading.
//
// Two readers: one who taps as soon as the page is live (nothing fetched ahead: the worst case),
// and one who reads each page for 5 s first (the app fetches the next step's code while the
// phone is idle). Over plain http Chromium asks for gzip, not brotli, so the bytes on this
// link are somewhat more than an HTTPS deployment sends: the figures err on the slow side.
//
//   node scripts/navigation.mjs --base http://127.0.0.1:3000
//
// Needs end2end/node_modules (Playwright) and /usr/bin/chromium (scripts/setup.sh --test).
import { CHROMIUM_FLAGS, CHROMIUM_PATH, PHONE, playwrightChromium } from "./chromium.mjs";

const args = process.argv.slice(2);
const at = args.indexOf("--base");
const base = new URL(at >= 0 && args[at + 1] ? args[at + 1] : "http://127.0.0.1:3000");
const GOAL_MS = 1000;
const READ_MS = 5000;

const chromium = playwrightChromium("navigation");

// The journey: where the tap goes (a link's href, in the page's main content or its header),
// and the address it lands on.
const STEPS = [
  { from: "/", href: "/services", lands: /\/services$/ },
  { from: "/services", href: "/services/income-certificate", lands: /\/services\/income-certificate$/ },
  { from: "/services/income-certificate", href: "/services/income-certificate/apply", lands: /\/apply\/mobile$/ },
  { from: "the wizard", href: "/track", lands: /\/track$/ },
];

/** Waits until the page at `pattern` shows its heading and no loading line; ms since `start`. */
async function shown(page, pattern, start) {
  await page.waitForURL(pattern, { timeout: 30_000 });
  await page.waitForFunction(
    () => {
      const heading = document.querySelector("#app main h1");
      const loading = document.querySelector("#app main .app-status--loading");
      return heading && heading.textContent.trim() !== "" && !loading && heading.getClientRects().length > 0;
    },
    null,
    { timeout: 30_000, polling: 16 },
  );
  return Date.now() - start;
}

async function journey(browser, reads) {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 150,
    downloadThroughput: (1.6 * 1024 * 1024) / 8,
    uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const times = [];
  try {
    await page.goto(new URL("/", base).href, { waitUntil: "load", timeout: 60_000 });
    await page.waitForFunction(() => document.documentElement.dataset.app === "live", null, { timeout: 60_000 });
    for (const step of STEPS) {
      if (reads) await page.waitForTimeout(READ_MS);
      const link = page.locator(`#app a[href="${step.href}"]`).first();
      const start = Date.now();
      // Dispatched: on a phone a header link may sit in the closed menu.
      await link.dispatchEvent("click");
      times.push({ step, ms: await shown(page, step.lands, start) });
    }
  } finally {
    await context.close();
  }
  return times;
}

const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true });
try {
  const rows = [];
  for (const [label, reads] of [["tapped at once", false], [`after ${READ_MS / 1000} s of reading`, true]]) {
    const times = await journey(browser, reads);
    for (const { step, ms } of times) rows.push([label, step.from, step.href, ms]);
  }
  console.log(`in-app navigation on a slow phone (1.6 Mbps, 150 ms RTT, CPU 4x; gzip over http); base ${base.origin}`);
  const line = (cells) =>
    `${String(cells[0]).padEnd(22)}${String(cells[1]).padEnd(32)}${String(cells[2]).padEnd(38)}${String(cells[3]).padStart(8)}`;
  console.log(line(["reader", "from", "to", "ms"]));
  for (const row of rows) console.log(line(row));
  console.log(`goal: a new area's content within ${GOAL_MS} ms`);
} finally {
  await browser.close();
}
