// The reading options in the header: language, text size and high contrast. Each choice is
// applied to <html> and remembered across reloads.

import { expect, test } from './fixtures';
import { TEXT, languageToggle, open, openDisplayMenu, pageHeading, switchToEnglish, switchToHindi, waitForApp } from './support';

const { hi, en } = TEXT;

test.describe('language', () => {
  test('switches to English, stays English after a reload, and switches back', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);
    // The toggle names the other language, in that language.
    await expect(languageToggle(page, 'hi')).toHaveAttribute('lang', 'en');

    await switchToEnglish(page);
    await expect(pageHeading(page)).toHaveText(en.homeTitle);
    await expect(page).toHaveTitle(`${en.homeTitle} | ${en.siteName}`);
    await expect(page.getByRole('navigation', { name: en.navLabel }).getByRole('link', { name: en.navServices, exact: true })).toBeVisible();
    await expect(languageToggle(page, 'en')).toHaveAttribute('lang', 'hi');
    expect(await page.evaluate(() => localStorage.getItem('jsp-lang'))).toBe('en');

    await page.reload();
    await waitForApp(page, 'en', en.homeTitle);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await switchToHindi(page);
    await expect(pageHeading(page)).toHaveText(hi.homeTitle);
    await expect(page).toHaveTitle(`${hi.homeTitle} | ${hi.siteName}`);
    await page.reload();
    await waitForApp(page, 'hi', hi.homeTitle);
  });

  test('the chosen language carries over to other pages', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);
    await switchToEnglish(page);
    await page.getByRole('navigation', { name: en.navLabel }).getByRole('link', { name: en.navServices, exact: true }).click();
    await expect(page).toHaveURL(/\/services$/);
    await waitForApp(page, 'en', en.servicesTitle);
    await page.goto('/services/income-certificate');
    await waitForApp(page, 'en', en.income);
  });
});

test.describe('text size', () => {
  test('A+ is pressed, sets the class on <html>, and is remembered', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);
    await openDisplayMenu(page);
    const html = page.locator('html');
    const smaller = page.getByRole('button', { name: hi.smaller, exact: true });
    const normal = page.getByRole('button', { name: hi.normal, exact: true });
    const larger = page.getByRole('button', { name: hi.larger, exact: true });

    await expect(normal).toHaveAttribute('aria-pressed', 'true');
    await expect(larger).toHaveAttribute('aria-pressed', 'false');
    await expect(html).toHaveClass(/\bapp-text-normal\b/);

    const before = await pageHeading(page).evaluate((h) => parseFloat(getComputedStyle(h).fontSize));
    await larger.click();
    await expect(larger).toHaveAttribute('aria-pressed', 'true');
    await expect(normal).toHaveAttribute('aria-pressed', 'false');
    await expect(smaller).toHaveAttribute('aria-pressed', 'false');
    await expect(html).toHaveClass(/\bapp-text-larger\b/);
    await expect(html).not.toHaveClass(/\bapp-text-normal\b/);
    // The text really grows.
    await expect
      .poll(() => pageHeading(page).evaluate((h) => parseFloat(getComputedStyle(h).fontSize)))
      .toBeGreaterThan(before);

    await page.reload();
    await waitForApp(page, 'hi', hi.homeTitle);
    await openDisplayMenu(page);
    await expect(html).toHaveClass(/\bapp-text-larger\b/);
    await expect(larger).toHaveAttribute('aria-pressed', 'true');

    await smaller.click();
    await expect(smaller).toHaveAttribute('aria-pressed', 'true');
    await expect(larger).toHaveAttribute('aria-pressed', 'false');
    await expect(html).toHaveClass(/\bapp-text-smaller\b/);
    await expect(html).not.toHaveClass(/\bapp-text-larger\b/);

    await normal.click();
    await expect(normal).toHaveAttribute('aria-pressed', 'true');
    await expect(html).toHaveClass(/\bapp-text-normal\b/);
    await page.reload();
    await waitForApp(page, 'hi', hi.homeTitle);
    await openDisplayMenu(page);
    await expect(html).toHaveClass(/\bapp-text-normal\b/);
    await expect(normal).toHaveAttribute('aria-pressed', 'true');
  });
});

test.describe('high contrast', () => {
  test('is a toggle button, sets the theme on <html>, and is remembered', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);
    await openDisplayMenu(page);
    const html = page.locator('html');
    const contrast = page.getByRole('button', { name: hi.contrast, exact: true });
    await expect(contrast).toHaveAttribute('aria-pressed', 'false');
    await expect(html).not.toHaveClass(/\bapp-theme-contrast\b/);

    const before = await page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor);
    await contrast.click();
    await expect(contrast).toHaveAttribute('aria-pressed', 'true');
    await expect(html).toHaveClass(/\bapp-theme-contrast\b/);
    // The theme really changes the colours.
    await expect.poll(() => page.locator('body').evaluate((b) => getComputedStyle(b).backgroundColor)).not.toBe(before);

    await page.reload();
    await waitForApp(page, 'hi', hi.homeTitle);
    await openDisplayMenu(page);
    await expect(html).toHaveClass(/\bapp-theme-contrast\b/);
    await expect(contrast).toHaveAttribute('aria-pressed', 'true');

    await contrast.click();
    await expect(contrast).toHaveAttribute('aria-pressed', 'false');
    await expect(html).not.toHaveClass(/\bapp-theme-contrast\b/);
    await page.reload();
    await waitForApp(page, 'hi', hi.homeTitle);
    await openDisplayMenu(page);
    await expect(html).not.toHaveClass(/\bapp-theme-contrast\b/);
    await expect(contrast).toHaveAttribute('aria-pressed', 'false');
  });

  test('is named in English after switching', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);
    await switchToEnglish(page);
    await openDisplayMenu(page);
    await expect(page.getByRole('button', { name: en.contrast, exact: true })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('button', { name: en.larger, exact: true })).toHaveAttribute('aria-pressed', 'false');
    await expect(page.getByRole('button', { name: en.normal, exact: true })).toHaveAttribute('aria-pressed', 'true');
  });
});
