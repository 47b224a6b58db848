import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests against the real release server, in Debian's Chromium: Playwright never
 * downloads a browser here (install with PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, never run
 * `npx playwright install`). The server is started by the caller (the project's test script),
 * so there is no webServer block: point BASE_URL at it.
 */
const baseURL = process.env.BASE_URL ?? 'http://127.0.0.1:3000';

export default defineConfig({
  testDir: './tests',
  reporter: [['list']],
  retries: 0,
  workers: 2,
  forbidOnly: !!process.env.CI,
  fullyParallel: true,
  // Generous: the machine may be busy building while the suite runs (2 cores).
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  projects: [
    {
      // A citizen's phone, read in Hindi.
      name: 'phone',
      use: {
        browserName: 'chromium',
        viewport: { width: 360, height: 740 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 2,
        locale: 'hi-IN',
      },
    },
    {
      // A touch-screen kiosk at a citizen service centre, in Hindi.
      name: 'kiosk',
      use: {
        browserName: 'chromium',
        viewport: { width: 1920, height: 1080 },
        hasTouch: true,
        locale: 'hi-IN',
      },
    },
    {
      // A desktop browser set to English. The portal deliberately ignores the browser's language
      // and opens in Hindi, so tests here switch to English with the toggle.
      name: 'desktop',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        locale: 'en-US',
      },
    },
  ],
});
