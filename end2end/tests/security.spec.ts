// Security headers, the cross-site request check on server functions, and a page that runs under
// its Content-Security-Policy without a single console error.

import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { TEXT, onlyIn, open, openDisplayMenu, switchToEnglish, waitForApp } from './support';

const { hi, en } = TEXT;

test.describe('HTTP security', () => {
  test.beforeEach(({}, testInfo) => onlyIn(testInfo, 'desktop')); // the same for every device

  for (const path of ['/', '/services/income-certificate', '/no-such-page', '/api/catalogue/index', '/healthz']) {
    test(`${path} carries the security headers`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      const csp = headers['content-security-policy'] ?? '';
      expect(csp, 'content-security-policy').toContain("'wasm-unsafe-eval'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toMatch(/default-src 'self'/);
      expect(csp).not.toContain("'unsafe-inline'");
      expect(csp).not.toMatch(/'unsafe-eval'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy'], 'referrer-policy').toBeTruthy();
    });
  }

  test('a cross-site POST to a server function is refused with 403', async ({ request }) => {
    const response = await request.post('/api/catalogue/index', {
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      data: '',
    });
    expect(response.status()).toBe(403);
  });

  test('a cross-site POST without Origin but with Sec-Fetch-Site is refused with 403', async ({ request }) => {
    const response = await request.post('/api/catalogue/index', {
      headers: { 'Sec-Fetch-Site': 'cross-site', 'Content-Type': 'application/x-www-form-urlencoded' },
      data: '',
    });
    expect(response.status()).toBe(403);
  });

  test('the same-origin GET the app makes is answered', async ({ request, baseURL }) => {
    const response = await request.get('/api/catalogue/index', { headers: { Origin: new URL(baseURL!).origin } });
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/json');
  });
});

/** Collects console errors, uncaught exceptions and CSP violations while the page runs. */
function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console.error: ${message.text()}`);
    if (/Content[- ]Security[- ]Policy|Refused to/i.test(message.text())) problems.push(`CSP: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  return problems;
}

async function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations ?? []);
}

test.describe('in the browser', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`),
      );
    });
  });

  test('pages load and work without console errors or CSP violations', async ({ page }) => {
    const problems = watchForErrors(page);
    await open(page, '/', 'hi', hi.homeTitle);
    expect(await cspViolations(page)).toEqual([]);
    await page.getByRole('navigation', { name: hi.navLabel }).getByRole('link', { name: hi.navServices, exact: true }).click();
    await waitForApp(page, 'hi', hi.servicesTitle);
    await page.getByRole('main').getByRole('link', { name: hi.income, exact: true }).click();
    await waitForApp(page, 'hi', hi.income);
    await switchToEnglish(page);
    await waitForApp(page, 'en', en.income);
    await openDisplayMenu(page);
    await page.getByRole('button', { name: en.contrast, exact: true }).click();
    await page.getByRole('button', { name: en.larger, exact: true }).click();
    await page.goto('/services/domicile-certificate');
    await waitForApp(page, 'en', en.domicile);
    await page.goto('/sitemap');
    await waitForApp(page, 'en');
    expect(await cspViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
