// Every journey fails on an error the app itself reports: a console error (a Rust panic is one)
// or an uncaught exception (a wasm "unreachable" is one). A request the server refuses (a 401,
// a 404, a 422) is logged by the browser as "Failed to load resource": that is the server's
// answer, which the tests assert on directly, not an error of the app. A test that provokes
// errors on purpose (a blocked chunk) says so with the annotation `allows-page-errors`.

import { expect, test as base } from '@playwright/test';

export { expect };

export const test = base.extend<{ pageProblems: string[] }>({
  pageProblems: [
    async ({ page }, use, testInfo) => {
      const problems: string[] = [];
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (/^Failed to load resource/.test(text)) return;
        problems.push(`console.error: ${text}`);
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      await use(problems);
      if (!testInfo.annotations.some((a) => a.type === 'allows-page-errors')) {
        expect(problems, 'console errors and uncaught errors during the journey').toEqual([]);
      }
    },
    { auto: true },
  ],
});
