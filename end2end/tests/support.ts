// Shared by the specs: the portal's texts in both languages, its routes, and helpers that wait
// for the app the way a reader would (its heading is there, nothing is still loading).

import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';

export type Lang = 'hi' | 'en';

/** Texts from app/locales/{hi,en}/*.json and the sample catalogue, as a reader sees them. */
export const TEXT = {
  hi: {
    siteName: 'जन सेवा पोर्टल',
    skipLink: 'मुख्य सामग्री पर जाएँ',
    homeTitle: 'सरकारी सेवाएँ, एक ही जगह',
    toggle: 'English',
    smaller: 'पाठ छोटा करें',
    normal: 'पाठ सामान्य आकार में',
    larger: 'पाठ बड़ा करें',
    contrast: 'उच्च कंट्रास्ट',
    navLabel: 'मुख्य मेनू',
    navHome: 'मुखपृष्ठ',
    navServices: 'सभी सेवाएँ',
    navHelp: 'सहायता',
    footerLabel: 'पोर्टल की जानकारी',
    searchLabel: 'सेवा खोजें',
    searchSubmit: 'खोजें',
    servicesTitle: 'सभी सेवाएँ',
    count: (n: number) => `${n} सेवाएँ`,
    notFoundTitle: 'पेज नहीं मिला',
    notFoundServices: 'सभी सेवाएँ देखें',
    serviceNotFoundTitle: 'सेवा नहीं मिली',
    income: 'आय प्रमाण पत्र',
    incomeLimit: '3 कार्य दिवस',
    incomeOfficers: ['तहसीलदार', 'अनुविभागीय अधिकारी (राजस्व)', 'कलेक्टर'],
    domicile: 'स्थानीय/मूल निवासी प्रमाण पत्र',
    ayushman: 'आयुष्मान भारत कार्ड',
    provisional: 'अस्थायी: यह समय-सीमा अभी अधिसूचना से पुष्ट नहीं है',
    centreOnly: 'केवल केंद्र पर',
    timeLimit: 'समय-सीमा',
    officers: 'ज़िम्मेदार अधिकारी',
  },
  en: {
    siteName: 'Jan Seva Portal',
    skipLink: 'Skip to main content',
    homeTitle: 'Government services, in one place',
    toggle: 'हिन्दी',
    smaller: 'Smaller text',
    normal: 'Normal text size',
    larger: 'Larger text',
    contrast: 'High contrast',
    navLabel: 'Main menu',
    navHome: 'Home',
    navServices: 'All services',
    navHelp: 'Help',
    footerLabel: 'About this portal',
    searchLabel: 'Search for a service',
    searchSubmit: 'Search',
    servicesTitle: 'All services',
    count: (n: number) => `${n} services`,
    notFoundTitle: 'Page not found',
    notFoundServices: 'See all services',
    serviceNotFoundTitle: 'Service not found',
    income: 'Income certificate',
    incomeLimit: '3 working days',
    incomeOfficers: ['Tehsildar', 'Sub-Divisional Officer (Revenue)', 'Collector'],
    domicile: 'Domicile (local resident) certificate',
    ayushman: 'Ayushman Bharat card',
    provisional: 'Provisional: this time limit is not yet confirmed from the notification',
    centreOnly: 'At a centre only',
    timeLimit: 'Time limit',
    officers: 'Responsible officers',
  },
} as const;

/** Every page the portal has, with its h1 in each language. */
export const ROUTES: { path: string; h1: Record<Lang, string>; status: number }[] = [
  { path: '/', h1: { hi: TEXT.hi.homeTitle, en: TEXT.en.homeTitle }, status: 200 },
  { path: '/services', h1: { hi: TEXT.hi.servicesTitle, en: TEXT.en.servicesTitle }, status: 200 },
  { path: '/services/income-certificate', h1: { hi: TEXT.hi.income, en: TEXT.en.income }, status: 200 },
  { path: '/services/domicile-certificate', h1: { hi: TEXT.hi.domicile, en: TEXT.en.domicile }, status: 200 },
  { path: '/services/ayushman-card', h1: { hi: TEXT.hi.ayushman, en: TEXT.en.ayushman }, status: 200 },
  { path: '/accessibility', h1: { hi: 'सुगम्यता कथन', en: 'Accessibility statement' }, status: 200 },
  { path: '/screen-reader', h1: { hi: 'स्क्रीन रीडर सहायता', en: 'Screen reader access' }, status: 200 },
  { path: '/help', h1: { hi: 'सहायता एवं संपर्क', en: 'Help and contact' }, status: 200 },
  { path: '/terms', h1: { hi: 'नियम एवं शर्तें', en: 'Terms and conditions' }, status: 200 },
  { path: '/privacy', h1: { hi: 'गोपनीयता नीति', en: 'Privacy policy' }, status: 200 },
  { path: '/sitemap', h1: { hi: 'साइट मैप', en: 'Sitemap' }, status: 200 },
  { path: '/no-such-page', h1: { hi: TEXT.hi.notFoundTitle, en: TEXT.en.notFoundTitle }, status: 404 },
  {
    path: '/services/no-such-service',
    h1: { hi: TEXT.hi.serviceNotFoundTitle, en: TEXT.en.serviceNotFoundTitle },
    status: 200,
  },
];

/** The page's one h1. */
export function pageHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** The language toggle as it is named in `lang` mode ("English" while the page is in Hindi). */
export function languageToggle(page: Page, lang: Lang): Locator {
  return page.getByRole('button', { name: TEXT[lang].toggle, exact: true });
}

/**
 * Waits until the app (not just the static shell) has rendered the page in `lang`: the reading
 * options toolbar exists only in the app, nothing is still loading, and the h1 is visible.
 */
export async function waitForApp(page: Page, lang: Lang = 'hi', h1?: string): Promise<void> {
  await expect(languageToggle(page, lang)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('.app-status--loading')).toHaveCount(0);
  if (h1 !== undefined) {
    await expect(pageHeading(page)).toHaveText(h1);
  } else {
    await expect(pageHeading(page)).toBeVisible();
  }
}

/** Opens `path` and waits for the app; returns the HTTP status of the document. */
export async function open(page: Page, path: string, lang: Lang = 'hi', h1?: string): Promise<number> {
  const response = await page.goto(path);
  await waitForApp(page, lang, h1);
  return response?.status() ?? 0;
}

/**
 * Makes every page this test opens start in English, as a returning reader who chose English
 * would. Call before the first `goto`.
 */
export async function startInEnglish(page: Page): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('jsp-lang', 'en'));
}

/** Makes every page this test opens start with high contrast on. Call before the first `goto`. */
export async function startInHighContrast(page: Page): Promise<void> {
  await page.addInitScript(() => window.localStorage.setItem('jsp-contrast', 'on'));
}

/** Switches a Hindi page to English with the toggle, as a reader would. */
export async function switchToEnglish(page: Page): Promise<void> {
  await languageToggle(page, 'hi').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(languageToggle(page, 'en')).toBeVisible();
}

/** Switches an English page back to Hindi with the toggle. */
export async function switchToHindi(page: Page): Promise<void> {
  await languageToggle(page, 'en').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(languageToggle(page, 'hi')).toBeVisible();
}

/** Describes the focused element for failure messages: tag, role, name, text. */
export async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return '<body> (nothing focused)';
    const label = el.getAttribute('aria-label');
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 60);
    const id = el.id ? `#${el.id}` : '';
    const role = el.getAttribute('role') ? ` role=${el.getAttribute('role')}` : '';
    return `<${el.tagName.toLowerCase()}${id}${role}> ${label ? `aria-label="${label}" ` : ''}"${text}"`;
  });
}

/**
 * Presses Tab, as a keyboard user does, until an element with this role and accessible name has
 * focus. Fails with the path of focus it took after `maxPresses` presses.
 */
export async function tabTo(
  page: Page,
  role: Parameters<Page['getByRole']>[0],
  name: string | RegExp,
  maxPresses = 60,
): Promise<Locator> {
  const target = page.getByRole(role, { name, exact: typeof name === 'string' });
  const visited: string[] = [];
  for (let press = 1; press <= maxPresses; press++) {
    await page.keyboard.press('Tab');
    const focused = await target.evaluateAll((elements) => elements.some((e) => e === document.activeElement));
    if (focused) {
      return page.locator(':focus');
    }
    visited.push(await describeFocus(page));
  }
  throw new Error(
    `No ${role} named ${JSON.stringify(String(name))} took focus after ${maxPresses} presses of Tab.\n` +
      `Focus went through:\n  ${visited.join('\n  ')}`,
  );
}

/**
 * Skips the calling test outside the named projects, for checks that make no sense once per
 * device (such as HTTP-level checks, which no viewport changes).
 */
export function onlyIn(testInfo: TestInfo, ...projects: string[]): void {
  test.skip(!projects.includes(testInfo.project.name), `runs only in: ${projects.join(', ')}`);
}

/**
 * Expects focus on the page's h1, as after every in-app navigation. On failure the message says
 * what has focus instead.
 */
export async function expectFocusOnHeading(page: Page): Promise<void> {
  await expect
    .poll(() => describeFocus(page), { message: 'focus should be on the page heading (h1)' })
    .toMatch(/^<h1\b/);
  await expect(pageHeading(page)).toBeFocused();
}
