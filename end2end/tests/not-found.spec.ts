// Unknown addresses: a real 404 for crawlers and the app's own not-found page for people, in the
// reader's language, with ways on. Unknown service ids and unknown server functions too.

import { expect, test } from './fixtures';
import { TEXT, expectFocusOnHeading, onlyIn, open, pageHeading, switchToEnglish, waitForApp } from './support';

const { hi, en } = TEXT;

test.describe('not found', () => {
  test('an unknown page answers 404 with the Hindi not-found page', async ({ page }) => {
    const status = await open(page, '/no-such-page', 'hi', hi.notFoundTitle);
    expect(status).toBe(404);
    await expect(page).toHaveTitle(`${hi.notFoundTitle} | ${hi.siteName}`);
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: hi.notFoundServices, exact: true })).toHaveAttribute('href', '/services');
    // The header's menu is still there to go on from.
    await expect(page.getByRole('navigation', { name: hi.navLabel }).getByRole('link', { name: hi.navServices, exact: true })).toBeVisible();
  });

  test('the not-found page switches to English', async ({ page }) => {
    await open(page, '/no-such-page', 'hi', hi.notFoundTitle);
    await switchToEnglish(page);
    await expect(pageHeading(page)).toHaveText(en.notFoundTitle);
    await expect(page).toHaveTitle(`${en.notFoundTitle} | ${en.siteName}`);
    await expect(page.getByRole('main').getByRole('link', { name: en.notFoundServices, exact: true })).toHaveAttribute('href', '/services');
  });

  test('its link to all services works and moves focus to the new heading', async ({ page }) => {
    await open(page, '/no-such-page', 'hi', hi.notFoundTitle);
    await page.getByRole('main').getByRole('link', { name: hi.notFoundServices, exact: true }).click();
    await expect(page).toHaveURL(/\/services$/);
    await waitForApp(page, 'hi', hi.servicesTitle);
    await expectFocusOnHeading(page);
  });

  test('an unknown service says the service was not found', async ({ page }) => {
    await open(page, '/services/no-such-service', 'hi', hi.serviceNotFoundTitle);
    await expect(page).toHaveTitle(`${hi.serviceNotFoundTitle} | ${hi.siteName}`);
    await expect(page.getByRole('main').getByRole('link', { name: hi.notFoundServices, exact: true })).toBeVisible();
    await switchToEnglish(page);
    await expect(pageHeading(page)).toHaveText(en.serviceNotFoundTitle);
  });

  test('an unknown server function answers 404 JSON', async ({ request }, testInfo) => {
    onlyIn(testInfo, 'desktop'); // an HTTP check: the same for every device
    const response = await request.get('/api/no-such-fn');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).toContain('application/json');
    expect(await response.json()).toEqual({ error: 'not_found' });

    const post = await request.post('/api/no-such-fn', { data: {} });
    expect(post.status()).toBe(404);
    expect(await post.json()).toEqual({ error: 'not_found' });
  });

  test('unknown addresses answer 404 over HTTP, known pages 200', async ({ request }, testInfo) => {
    onlyIn(testInfo, 'desktop');
    for (const path of ['/no-such-page', '/services/a/b', '/index.php']) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    for (const path of ['/', '/services', '/services/income-certificate', '/sitemap']) {
      expect((await request.get(path)).status(), path).toBe(200);
    }
  });
});
