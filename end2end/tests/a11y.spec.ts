// axe-core finds no WCAG 2.2 AA violation on any page: in Hindi, in English, and with high
// contrast on. Pages are analysed once the app has rendered them, data included.

import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { ROUTES, type Lang, expectNoViolations, startInEnglish, startInHighContrast, waitForApp } from './support';

const variants: { name: string; lang: Lang; setup: (page: Page) => Promise<void> }[] = [
  { name: 'Hindi', lang: 'hi', setup: async () => {} },
  { name: 'English', lang: 'en', setup: startInEnglish },
  { name: 'Hindi, high contrast', lang: 'hi', setup: startInHighContrast },
];

for (const variant of variants) {
  test.describe(`axe, ${variant.name}`, () => {
    for (const route of ROUTES) {
      test(`${route.path} has no WCAG violations`, async ({ page }, testInfo) => {
        await variant.setup(page);
        await page.goto(route.path);
        await waitForApp(page, variant.lang, route.h1[variant.lang]);
        if (variant.name.includes('contrast')) {
          await expect(page.locator('html')).toHaveClass(/\bapp-theme-contrast\b/);
        }
        await expectNoViolations(page, `${route.path} (${variant.name}, ${testInfo.project.name})`);
      });
    }
  });
}

test('axe passes with the text at A+ and the skip link focused', async ({ page }, testInfo) => {
  await page.addInitScript(() => localStorage.setItem('jsp-text-size', 'larger'));
  await page.goto('/services');
  await waitForApp(page, 'hi', ROUTES[1].h1.hi);
  await page.keyboard.press('Tab');
  await expect(page.locator('.app-skip-link')).toBeFocused();
  await expectNoViolations(page, `/services (A+, skip link shown, ${testInfo.project.name})`);
});
