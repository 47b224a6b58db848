// Layout on small and touch screens: nothing scrolls sideways at 320 px (WCAG 1.4.10 reflow), and
// every control is a touch target of at least 44 × 44 px. Runs in the phone and kiosk projects.

import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { ROUTES, type Lang, onlyIn, startInEnglish, waitForApp } from './support';

test.beforeEach(({}, testInfo) => onlyIn(testInfo, 'phone', 'kiosk'));

const MIN_TARGET = 44;
// Every control a finger has to hit: the menus, buttons and fields, the filters on /services
// (checkboxes and radios are inputs), the service links in its results and the life-event links.
const TARGETS = [
  'a.app-nav__link',
  '.app-footer__link',
  'button',
  'input',
  'select',
  '.app-results__link',
  '.app-chips__link',
  '.app-filters__clear a',
  '.app-filters-toggle__button',
].join(', ');

const reflowVariants: { name: string; lang: Lang; setup: (page: Page) => Promise<void> }[] = [
  { name: 'Hindi', lang: 'hi', setup: async () => {} },
  { name: 'English', lang: 'en', setup: startInEnglish },
  {
    name: 'Hindi, text A+',
    lang: 'hi',
    setup: async (page) => {
      await page.addInitScript(() => localStorage.setItem('jsp-text-size', 'larger'));
    },
  },
];

for (const variant of reflowVariants) {
  test.describe(`no sideways scrolling at 320 px, ${variant.name}`, () => {
    for (const route of ROUTES) {
      test(`${route.path}`, async ({ page }) => {
        await page.setViewportSize({ width: 320, height: 640 });
        await variant.setup(page);
        await page.goto(route.path);
        await waitForApp(page, variant.lang, route.h1[variant.lang]);
        const overflow = await page.evaluate(() => {
          const root = document.documentElement;
          const width = root.clientWidth;
          // Name the elements that stick out, so the cause is plain.
          const culprits = [...document.querySelectorAll<HTMLElement>('body *')]
            .filter((el) => el.getBoundingClientRect().right > width + 0.5)
            .filter((el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= width + 0.5)
            .slice(0, 10)
            .map((el) => {
              const r = el.getBoundingClientRect();
              const cls = el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
              return `<${el.tagName.toLowerCase()}${cls}> right=${Math.round(r.right)} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
            });
          return { scrollWidth: root.scrollWidth, clientWidth: width, culprits };
        });
        expect(
          overflow.scrollWidth,
          `page is ${overflow.scrollWidth}px wide in a ${overflow.clientWidth}px viewport; sticking out:\n  ${overflow.culprits.join('\n  ')}`,
        ).toBeLessThanOrEqual(overflow.clientWidth);
      });
    }
  });
}

test.describe('touch targets are at least 44 × 44 px', () => {
  for (const route of ROUTES) {
    test(`${route.path}`, async ({ page }) => {
      await page.goto(route.path);
      await waitForApp(page, 'hi', route.h1.hi);
      const small = await page.evaluate(
        ({ selector, min }) => {
          const describe = (el: Element) => {
            const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
            const id = el.id ? `#${el.id}` : '';
            const type = el.getAttribute('type') ? ` type=${el.getAttribute('type')}` : '';
            const labels = (el as HTMLInputElement).labels;
            const labelText = labels && labels.length > 0 ? (labels[0].textContent ?? '') : '';
            const name = (el.getAttribute('aria-label') ?? labelText) || (el.textContent ?? '');
            return `<${el.tagName.toLowerCase()}${id}${cls}${type}> "${name.trim().slice(0, 40)}"`;
          };
          /** A link inside running text (WCAG 2.5.8's inline exception). */
          const inline = (el: Element) => {
            if (el.tagName !== 'A') return false;
            const p = el.closest('p, li, dd, td');
            if (!p) return false;
            const around = (p.textContent ?? '').replace(el.textContent ?? '', '').trim();
            return around.length > 0 && getComputedStyle(el).display === 'inline';
          };
          return [...document.querySelectorAll(selector)]
            .filter((el) => {
              const style = getComputedStyle(el);
              const r = el.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && style.visibility !== 'hidden' && style.display !== 'none';
            })
            .filter((el) => !inline(el))
            .map((el) => ({ el, r: el.getBoundingClientRect() }))
            .filter(({ r }) => r.width < min - 0.5 || r.height < min - 0.5)
            .map(({ el, r }) => `${describe(el)} is ${r.width.toFixed(1)} × ${r.height.toFixed(1)} px`);
        },
        { selector: TARGETS, min: MIN_TARGET },
      );
      expect(small, `touch targets smaller than ${MIN_TARGET} × ${MIN_TARGET} px on ${route.path}:\n  ${small.join('\n  ')}`).toEqual([]);
    });
  }
});

test.describe('a phone shows the content, not the header', () => {
  test.beforeEach(({}, testInfo) => onlyIn(testInfo, 'phone'));

  test('the header is compact at 360 px, with the skip link, the language and the state', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page, 'hi', 'सरकारी सेवाएँ, एक ही जगह');
    const header = await page.locator('.app-header').boundingBox();
    expect(header?.height ?? 999, 'the header at 360 px').toBeLessThanOrEqual(200);
    await expect(page.locator('.app-header__state')).toBeVisible();
    await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
    await expect(page.locator('.app-skip-link, a[href="#main"]').first()).toBeAttached();
    // Text size and contrast are one press away, in the menu.
    await page.locator('#display-menu').click();
    await expect(page.getByRole('button', { name: 'पाठ बड़ा करें' })).toBeVisible();
  });

  test('on /services the first result is on the first screen, under the folded filters', async ({ page }) => {
    await page.goto('/services');
    await waitForApp(page, 'hi', 'सभी सेवाएँ');
    await expect(page.locator('.app-results__link').first()).toBeVisible();
    const first = await page.locator('.app-results__link').first().boundingBox();
    expect(first?.y ?? 9999, 'the first result, px from the top').toBeLessThan(740);
    await expect(page.locator('.app-filters')).toBeHidden();
  });
});
