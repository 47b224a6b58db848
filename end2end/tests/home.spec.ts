// The Hindi home page: language, heading, landmarks, the skip link, and the static shell that a
// citizen on a slow phone (or without JavaScript) gets before the app has loaded.

import { expect, test } from './fixtures';
import { TEXT, describeFocus, onlyIn, open, pageHeading } from './support';

const hi = TEXT.hi;

test.describe('home page', () => {
  test('opens in Hindi with its heading and title', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect(pageHeading(page)).toHaveText(hi.homeTitle);
    await expect(page).toHaveTitle(`${hi.homeTitle} | ${hi.siteName}`);
    await expect(page.getByRole('searchbox', { name: hi.searchLabel })).toBeVisible();
    await expect(page.getByRole('button', { name: hi.searchSubmit, exact: true })).toBeVisible();
  });

  test('has the banner, navigation, main and contentinfo landmarks', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);
    await expect(page.getByRole('banner')).toHaveCount(1);
    await expect(page.getByRole('main')).toHaveCount(1);
    await expect(page.getByRole('contentinfo')).toHaveCount(1);
    const menu = page.getByRole('navigation', { name: hi.navLabel });
    await expect(menu).toBeVisible();
    for (const name of [hi.navHome, hi.navServices, hi.navHelp]) {
      await expect(menu.getByRole('link', { name, exact: true })).toBeVisible();
    }
    // The current page is marked for screen readers.
    await expect(menu.getByRole('link', { name: hi.navHome, exact: true })).toHaveAttribute('aria-current', 'page');
    const footer = page.getByRole('contentinfo').getByRole('navigation', { name: hi.footerLabel });
    for (const [name, href] of [
      ['सुगम्यता कथन', '/accessibility'],
      ['स्क्रीन रीडर सहायता', '/screen-reader'],
      ['सहायता एवं संपर्क', '/help'],
      ['नियम एवं शर्तें', '/terms'],
      ['गोपनीयता नीति', '/privacy'],
      ['साइट मैप', '/sitemap'],
    ]) {
      await expect(footer.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    }
  });

  test('the skip link is the first Tab stop and moves focus to the main content', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: hi.skipLink, exact: true });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible(); // it appears when focused
    await expect(skip).toHaveAttribute('href', '#main');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => describeFocus(page), { message: 'the skip link should move focus to <main id="main">' })
      .toMatch(/^<main#main\b/);
    await expect(page.getByRole('main')).toBeFocused();
    // The next Tab stop is inside main, past the header.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('main').locator(':focus')).toHaveCount(1);
  });

  test('the served HTML already holds the Hindi heading, the search form and a noscript note', async ({
    request,
  }, testInfo) => {
    onlyIn(testInfo, 'desktop'); // an HTTP check: the same for every device
    const response = await request.get('/');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('text/html');
    const html = await response.text();
    expect(html).toMatch(/<html[^>]*\blang="hi"/);
    expect(html).toMatch(new RegExp(`<h1[^>]*>\\s*${hi.homeTitle}\\s*</h1>`));
    expect(html).toMatch(/<form[^>]*method="get"[^>]*action="\/services"/i);
    expect(html).toMatch(/<input[^>]*name="q"/);
    expect(html).toContain(`>${hi.searchLabel}</label>`);
    expect(html).toMatch(/<noscript>[\s\S]*JavaScript[\s\S]*<\/noscript>/);
  });
});

test.describe('home page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // (Chromium does not render <noscript> when Playwright turns scripts off, so the note itself is
  // checked in the served HTML above.)
  test('the static shell still offers the heading and a working search', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    await expect(pageHeading(page)).toHaveText(hi.homeTitle);
    const search = page.getByRole('searchbox', { name: hi.searchLabel });
    await expect(search).toBeVisible();
    // The GET form works without the app: the server answers /services?q=… with the shell.
    await search.fill('आय');
    await page.getByRole('button', { name: hi.searchSubmit, exact: true }).click();
    await expect(page).toHaveURL(/\/services\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('आय');
    await expect(pageHeading(page)).toBeVisible();
  });
});
