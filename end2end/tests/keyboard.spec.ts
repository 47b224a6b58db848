// Reaching a service from the home page by keyboard alone: only Tab, Enter and typing, never a
// click, as a keyboard or screen-reader user does. After each in-app navigation focus must land
// on the new page's h1, so the reader starts at the top of the new content.

import { expect, test } from './fixtures';
import { TEXT, expectFocusOnHeading, open, pageHeading, tabTo } from './support';

const { hi, en } = TEXT;

test.describe('keyboard only', () => {
  test('home → सभी सेवाएँ → आय प्रमाण पत्र through the main menu', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);

    await tabTo(page, 'link', hi.navServices);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/services$/);
    await expect(pageHeading(page)).toHaveText(hi.servicesTitle);
    await expectFocusOnHeading(page);
    await expect(page.getByRole('link', { name: hi.income, exact: true })).toBeVisible();

    await tabTo(page, 'link', hi.income);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/services\/income-certificate$/);
    await expect(pageHeading(page)).toHaveText(hi.income);
    await expect(page.getByText(hi.incomeLimit, { exact: true })).toBeVisible();
    await expectFocusOnHeading(page);
  });

  test('home → search "आय" → आय प्रमाण पत्र', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);

    await tabTo(page, 'searchbox', hi.searchLabel);
    await page.keyboard.type('आय');
    await expect(page.getByRole('searchbox', { name: hi.searchLabel })).toHaveValue('आय');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/services\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('आय');
    await expect(pageHeading(page)).toHaveText(hi.servicesTitle);
    await expectFocusOnHeading(page);
    // The query stays in the box, and the results are narrowed to it.
    await expect(page.getByRole('searchbox', { name: hi.searchLabel })).toHaveValue('आय');
    await expect(page.getByRole('link', { name: hi.income, exact: true })).toBeVisible();

    await tabTo(page, 'link', hi.income);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/services\/income-certificate$/);
    await expect(pageHeading(page)).toHaveText(hi.income);
    await expectFocusOnHeading(page);
  });

  test('the language toggle and the English journey work from the keyboard', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);

    await tabTo(page, 'button', hi.toggle);
    await page.keyboard.press('Enter');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(pageHeading(page)).toHaveText(en.homeTitle);
    // Focus stays on the toggle, now offering Hindi.
    await expect(page.getByRole('button', { name: en.toggle, exact: true })).toBeFocused();

    await tabTo(page, 'link', en.navServices);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/services$/);
    await expect(pageHeading(page)).toHaveText(en.servicesTitle);
    await expectFocusOnHeading(page);

    await tabTo(page, 'link', en.income);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/services\/income-certificate$/);
    await expect(pageHeading(page)).toHaveText(en.income);
    await expect(page.getByText(en.incomeLimit, { exact: true })).toBeVisible();
    await expectFocusOnHeading(page);
  });

  test('every Tab stop on the home page shows where focus is', async ({ page }) => {
    await open(page, '/', 'hi', hi.homeTitle);
    // Walk the whole tab order once: each focused element must be visible and have a visible
    // focus indicator (an outline or a box shadow), WCAG 2.4.7.
    const seen = new Set<string>();
    for (let press = 0; press < 60; press++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const rect = el.getBoundingClientRect();
        return {
          key: `${el.tagName}|${el.getAttribute('href') ?? ''}|${(el.textContent ?? '').trim()}`,
          visible: rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden',
          indicator:
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
        };
      });
      if (!info || seen.has(info.key)) break; // wrapped round to the start
      seen.add(info.key);
      expect(info.visible, `${info.key} is focused but not visible`).toBe(true);
      expect(info.indicator, `${info.key} has no visible focus indicator`).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(10);
  });
});
