// Shared by the specs: the portal's texts in both languages, its routes, and helpers that wait
// for the app the way a reader would (its heading is there, nothing is still loading).

import AxeBuilder from '@axe-core/playwright';
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
    /** The live status line on /services (catalogue.search.*). */
    found: (n: number) => (n === 0 ? 'कोई सेवा नहीं मिली' : n === 1 ? '1 सेवा मिली' : `${n} सेवाएँ मिलीं`),
    noResults: 'कोई सेवा नहीं मिली',
    matched: 'मिलान',
    allServicesLink: 'सभी सेवाएँ देखें',
    sameDayBadge: 'समाधान एक दिन',
    filtersLegend: 'सेवाएँ छाँटें',
    sameDayFilter: 'केवल समाधान एक दिन सेवाएँ (केंद्र पर उसी दिन)',
    channelGroup: 'आवेदन का तरीका',
    channelAny: 'सभी तरीके',
    channelOnline: 'ऑनलाइन',
    channelCentre: 'केवल केंद्र पर',
    eventFilter: 'ज़रूरत (जीवन की घटना)',
    departmentFilter: 'विभाग',
    clearFilters: 'सभी फ़िल्टर हटाएँ',
    eventsTitle: 'ज़रूरत के अनुसार सेवाएँ',
    events: {
      birth_family: 'जन्म और परिवार',
      education: 'पढ़ाई',
      land_farming: 'ज़मीन और खेती',
      business_building: 'व्यापार और निर्माण',
      pension_social: 'पेंशन और सामाजिक सुरक्षा',
      vehicles: 'वाहन और ड्राइविंग',
      police: 'पुलिस सत्यापन',
      health: 'स्वास्थ्य',
    },
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
    toggle: 'हिंदी',
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
    /** The live status line on /services (catalogue.search.*). */
    found: (n: number) => (n === 0 ? 'No services found' : n === 1 ? '1 service found' : `${n} services found`),
    noResults: 'No services found',
    matched: 'Matched',
    allServicesLink: 'See all services',
    sameDayBadge: 'Samadhan Ek Din',
    filtersLegend: 'Narrow the list',
    sameDayFilter: 'Only Samadhan Ek Din services (same day at a centre)',
    channelGroup: 'How to apply',
    channelAny: 'Any way',
    channelOnline: 'Online',
    channelCentre: 'At a centre only',
    eventFilter: 'Need (life event)',
    departmentFilter: 'Department',
    clearFilters: 'Clear all filters',
    eventsTitle: 'Services by need',
    events: {
      birth_family: 'Birth and family',
      education: 'Education',
      land_farming: 'Land and farming',
      business_building: 'Business and building',
      pension_social: 'Pension and social security',
      vehicles: 'Vehicles and driving',
      police: 'Police verification',
      health: 'Health',
    },
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
  { path: '/statuses', h1: { hi: 'आवेदन की स्थितियों का मतलब', en: 'What each status of an application means' }, status: 200 },
  { path: '/sitemap', h1: { hi: 'साइट मैप', en: 'Sitemap' }, status: 200 },
  { path: '/no-such-page', h1: { hi: TEXT.hi.notFoundTitle, en: TEXT.en.notFoundTitle }, status: 404 },
  {
    path: '/services/no-such-service',
    h1: { hi: TEXT.hi.serviceNotFoundTitle, en: TEXT.en.serviceNotFoundTitle },
    status: 200,
  },
  // Applying: the wizard's first page, resuming elsewhere, and a receipt seen without its session.
  {
    path: '/services/income-certificate/apply/mobile',
    h1: { hi: 'चरण 1 / 6: आपका मोबाइल नंबर', en: 'Step 1 of 6: Your mobile number' },
    status: 200,
  },
  { path: '/resume', h1: { hi: 'अधूरा आवेदन आगे भरें', en: 'Continue an application' }, status: 200 },
  {
    path: '/receipt/MP26-4821-7735-2',
    h1: { hi: 'पावती यहाँ उपलब्ध नहीं', en: 'Receipt not available here' },
    status: 200,
  },
  // Tracking, certificates and the officer's desk, as anyone first meets them.
  { path: '/track', h1: { hi: 'आवेदन की स्थिति देखें', en: 'Track an application' }, status: 200 },
  { path: '/my-applications', h1: { hi: 'मेरे आवेदन', en: 'My applications' }, status: 200 },
  { path: '/verify', h1: { hi: 'प्रमाण पत्र की जाँच करें', en: 'Check a certificate' }, status: 200 },
  {
    path: '/certificate/MP26-4821-7735-2',
    h1: { hi: 'प्रमाण पत्र यहाँ नहीं दिख सकता', en: 'The certificate cannot be shown here' },
    status: 200,
  },
  { path: '/officer/sign-in', h1: { hi: 'अधिकारी लॉगिन', en: 'Officer sign-in' }, status: 200 },
  { path: '/officer', h1: { hi: 'पहले लॉगिन करें', en: 'Sign in first' }, status: 200 },
  // /services in its other states: a ranked search, nothing found (the help panel), a filter.
  { path: '/services?q=jati', h1: { hi: TEXT.hi.servicesTitle, en: TEXT.en.servicesTitle }, status: 200 },
  { path: '/services?q=zzqqxx', h1: { hi: TEXT.hi.servicesTitle, en: TEXT.en.servicesTitle }, status: 200 },
  { path: '/services?same_day=1', h1: { hi: TEXT.hi.servicesTitle, en: TEXT.en.servicesTitle }, status: 200 },
];

/** The life events, as keys in `/services?event=…`, in the order the portal offers them. */
export const LIFE_EVENTS = [
  'birth_family',
  'education',
  'land_farming',
  'business_building',
  'pension_social',
  'vehicles',
  'police',
  'health',
] as const;

/** The page's one h1. */
export function pageHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1 });
}

/** The language toggle as it is named in `lang` mode ("English" while the page is in Hindi). */
export function languageToggle(page: Page, lang: Lang): Locator {
  return page.getByRole('button', { name: TEXT[lang].toggle, exact: true });
}

/**
 * Waits until the app (not just the server's first HTML of the page) has rendered the page in
 * `lang`: the app has taken the page over (`data-app="live"`), nothing is still loading, and the
 * h1 is visible.
 */
export async function waitForApp(page: Page, lang: Lang = 'hi', h1?: string): Promise<void> {
  await waitForLive(page);
  await expect(languageToggle(page, lang)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('.app-status--loading')).toHaveCount(0);
  if (h1 !== undefined) {
    await expect(pageHeading(page)).toHaveText(h1);
  } else {
    await expect(pageHeading(page)).toBeVisible();
  }
}

/**
 * Waits for the app's own mark that it has mounted: `<html data-app="live">`, which the static
 * shell never carries.
 */
export async function waitForLive(page: Page): Promise<void> {
  await expect(page.locator('html'), 'the app should mount (html[data-app="live"])').toHaveAttribute(
    'data-app',
    'live',
  );
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

/** At phone width the filters on /services fold under a button; opens them (a no-op where they
 * are open). */
export async function openFilters(page: Page): Promise<void> {
  const toggle = page.locator('#filters-toggle');
  await expect(page.locator('details.app-filters-toggle')).toBeAttached();
  if (await toggle.isVisible()) {
    if ((await page.locator('details.app-filters-toggle').getAttribute('open')) === null) await toggle.click();
    await expect(page.locator('details.app-filters-toggle')).toHaveAttribute('open', '');
  }
}

/** Opens the header's text size and contrast menu (a no-op when it is open). */
export async function openDisplayMenu(page: Page): Promise<void> {
  const menu = page.locator('details.app-toolbar__more');
  if ((await menu.getAttribute('open')) === null) await page.locator('#display-menu').click();
  await expect(menu).toHaveAttribute('open', '');
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

/**
 * The service links listed on /services, in the order shown: under the department sections when
 * browsing, or the one ranked list when searching. Never the life-event links of the no-result
 * panel.
 */
export function resultLinks(page: Page): Locator {
  return page.getByRole('main').locator('ul.app-results > li').getByRole('link');
}

/** The hrefs of `links`, in order. */
export async function hrefsOf(links: Locator): Promise<string[]> {
  return links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** The WCAG 2.2 AA rule sets axe checks. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe and fails with every violation's id, help and target nodes. */
export async function expectNoViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  const report = results.violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
        v.nodes
          .map((n) => `  - ${n.target.join(' ')}\n    ${n.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`)
          .join('\n'),
    )
    .join('\n');
  expect(results.violations, `axe violations on ${label}:\n${report}`).toEqual([]);
  // Guard against analysing an empty page: the rules must actually have found things to check.
  expect(results.passes.length, `axe checked nothing on ${label}`).toBeGreaterThan(10);
}
