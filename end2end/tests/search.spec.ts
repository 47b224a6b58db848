// Searching and filtering /services as a citizen does: typing in Devanagari, in Hindi typed in
// Latin letters, in English with typos and in everyday words; the list updating as they type; the
// address keeping the query and filters (Back, sharing a link); the way on when nothing is found;
// the keyboard alone; and axe on each state of the page.
//
// Hindi in the phone and kiosk projects, English on the desktop (set as a returning reader who
// chose English would have it).

import { expect, test } from './fixtures';
import type { Locator, Page, TestInfo } from '@playwright/test';
import {
  LIFE_EVENTS,
  TEXT,
  type Lang,
  expectFocusOnHeading,
  expectNoViolations,
  hrefsOf,
  openFilters,
  pageHeading,
  resultLinks,
  startInEnglish,
  tabTo,
  waitForApp,
} from './support';

/** The language a project reads the portal in. */
function langOf(testInfo: TestInfo): Lang {
  return testInfo.project.name === 'desktop' ? 'en' : 'hi';
}

/** Opens `path` (a /services address) in `lang` and waits for the list. */
async function openServices(page: Page, lang: Lang, path = '/services'): Promise<void> {
  if (lang === 'en') await startInEnglish(page);
  await page.goto(path);
  await waitForApp(page, lang, TEXT[lang].servicesTitle);
}

function searchBox(page: Page, lang: Lang): Locator {
  return page.getByRole('searchbox', { name: TEXT[lang].searchLabel });
}

/** The list items of the results, in the order shown. */
function resultItems(page: Page): Locator {
  return page.getByRole('main').locator('ul.app-results > li');
}

/** The `q`, or another parameter, of the current address. */
function param(page: Page, name: string): string | null {
  return new URL(page.url()).searchParams.get(name);
}

/** The parameters of the current address, sorted, for exact comparisons. */
function params(page: Page): string[] {
  return [...new URL(page.url()).searchParams.entries()].map(([k, v]) => `${k}=${v}`).sort();
}

/**
 * Waits until the status line announces exactly the number of results listed (it is the live
 * region screen readers hear while the citizen types). Returns that number.
 */
async function expectStatusMatchesList(page: Page, lang: Lang): Promise<number> {
  await expect
    .poll(
      async () => {
        const shown = await resultLinks(page).count();
        const status = (await page.getByRole('status').textContent())?.trim();
        return status === TEXT[lang].found(shown) ? 'ok' : `status says "${status}" but ${shown} results are listed`;
      },
      { message: 'the status line should count the results shown' },
    )
    .toBe('ok');
  return resultLinks(page).count();
}

/** Expects a search result list: one list in rank order, no department sections. */
async function expectRankedList(page: Page): Promise<void> {
  const main = page.getByRole('main');
  await expect(main.locator('ul.app-results')).toHaveCount(1);
  await expect(main.getByRole('region')).toHaveCount(0);
  await expect(main.getByRole('heading', { level: 2 })).toHaveCount(0);
}

/** Runs `action` and returns how many history entries it added. */
async function historyGrowth(page: Page, action: () => Promise<void>): Promise<number> {
  const before = await page.evaluate(() => history.length);
  await action();
  return (await page.evaluate(() => history.length)) - before;
}

/** What each kind of typing should find, and how it should show the match. */
const QUERIES: {
  query: string;
  kind: string;
  /** The service that must be among the first three results. */
  expected: string;
  /** Also among the first three. */
  alsoExpected?: string[];
  /** Words marked in the expected result's own name, per language. */
  marked?: Partial<Record<Lang, string[]>>;
  /** The "Matched: …" line of the expected result, per language, when the name shown did not match. */
  matchedLine?: Partial<Record<Lang, { text: string; lang: Lang }>>;
}[] = [
  {
    query: 'आय प्रमाणपत्र',
    kind: 'Devanagari, with प्रमाणपत्र joined',
    expected: 'income-certificate',
    marked: { hi: ['आय', 'प्रमाण', 'पत्र'] },
    matchedLine: { en: { text: 'आय प्रमाण पत्र', lang: 'hi' } },
  },
  {
    query: 'aay praman patra',
    kind: 'Hindi typed in Latin letters',
    expected: 'income-certificate',
    marked: { hi: ['आय', 'प्रमाण', 'पत्र'] },
    matchedLine: { en: { text: 'आय प्रमाण पत्र', lang: 'hi' } },
  },
  {
    query: 'jaati praman patr',
    kind: 'Hindi typed in Latin letters, spelt loosely',
    expected: 'permanent-caste-certificate',
    alsoExpected: ['caste-certificate-digital-copy'],
    marked: { hi: ['जाति', 'प्रमाण', 'पत्र'] },
  },
  {
    query: 'income certifcate',
    kind: 'English with a typo',
    expected: 'income-certificate',
    marked: { en: ['Income', 'certificate'] },
    matchedLine: { hi: { text: 'Income certificate', lang: 'en' } },
  },
  {
    query: 'driving licence renewal',
    kind: 'English',
    expected: 'driving-licence-renewal',
    marked: { en: ['Driving', 'licence', 'renewal'] },
    matchedLine: { hi: { text: 'Driving licence renewal', lang: 'en' } },
  },
  {
    query: 'aamdani',
    kind: 'an everyday word (आमदनी, income)',
    expected: 'income-certificate',
    matchedLine: { hi: { text: 'आमदनी', lang: 'hi' }, en: { text: 'आमदनी', lang: 'hi' } },
  },
];

test.describe('search as you type', () => {
  for (const q of QUERIES) {
    test(`"${q.query}" (${q.kind}) finds ${q.expected} in the top three`, async ({ page }, testInfo) => {
      const lang = langOf(testInfo);
      await openServices(page, lang);
      const search = searchBox(page, lang);
      await search.fill(q.query); // one input event, no Enter
      await expect.poll(() => param(page, 'q')).toBe(q.query);
      await expectRankedList(page);
      const shown = await expectStatusMatchesList(page, lang);
      expect(shown).toBeGreaterThanOrEqual(1);

      const links = resultLinks(page);
      const topThree = (await hrefsOf(links)).slice(0, 3);
      const ranks = `first three results: ${topThree.join(', ')}`;
      expect(new Set(topThree).size, ranks).toBe(topThree.length);
      for (const href of topThree) expect(href, ranks).toMatch(/^\/services\/[a-z0-9-]+$/);
      for (const id of [q.expected, ...(q.alsoExpected ?? [])]) {
        expect(topThree, `"${q.query}" should rank ${id} in the top three; ${ranks}`).toContain(`/services/${id}`);
      }
      for (let i = 0; i < Math.min(3, shown); i++) {
        await expect(links.nth(i)).toHaveAccessibleName(/\S/);
      }

      const item = resultItems(page).filter({ has: page.locator(`a[href="/services/${q.expected}"]`) });
      const link = item.getByRole('link');
      const marked = q.marked?.[lang];
      if (marked) {
        await expect(link.locator('mark')).toHaveText(marked);
      }
      const matched = q.matchedLine?.[lang];
      if (matched) {
        await expect(item).toContainText(`${TEXT[lang].matched}: ${matched.text}`);
        // The matched text is marked as the language it is in, for screen readers.
        await expect(item.locator(`[lang="${matched.lang}"]`, { hasText: matched.text })).toBeVisible();
        await expect(item.locator(`[lang="${matched.lang}"] mark`).first()).toBeVisible();
      }
      // Typing never takes focus away from the field.
      await expect(search).toBeFocused();
      await expect(search).toHaveValue(q.query);
    });
  }

  test('only what was typed is marked: no stray letters in the first three results', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    await openServices(page, lang);
    for (const q of QUERIES) {
      await searchBox(page, lang).fill(q.query);
      await expect.poll(() => param(page, 'q')).toBe(q.query);
      await expectStatusMatchesList(page, lang);
      const typed = q.query.toLowerCase().split(/\s+/);
      const items = resultItems(page);
      const top = Math.min(3, await items.count());
      for (let i = 0; i < top; i++) {
        const item = items.nth(i);
        const href = await item.getByRole('link').getAttribute('href');
        const marks = await item.locator('mark').allTextContents();
        // A single letter the citizen did not type ("s" of "Learner's", "a" of "on a") is not a
        // match, however it was reached.
        const stray = marks.filter((m) => [...m.trim()].length <= 1 && !typed.includes(m.trim().toLowerCase()));
        expect
          .soft(stray, `"${q.query}": result ${i + 1} (${href}) marks ${JSON.stringify(marks)}`)
          .toEqual([]);
      }
    }
  });

  test('the Devanagari query marks the matched words inside the first result link', async ({ page }, testInfo) => {
    test.skip(langOf(testInfo) !== 'hi', 'the Hindi name is the link text only in Hindi');
    await openServices(page, 'hi');
    await searchBox(page, 'hi').fill('आय प्रमाणपत्र');
    await expect.poll(() => param(page, 'q')).toBe('आय प्रमाणपत्र');
    const first = resultLinks(page).first();
    await expect(first).toHaveAttribute('href', '/services/income-certificate');
    await expect(first).toHaveAccessibleName(TEXT.hi.income);
    await expect(first.locator('mark')).toHaveText(['आय', 'प्रमाण', 'पत्र']);
  });

  test('typing key by key updates the list, the count and the address without Enter', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    const T = TEXT[lang];
    await openServices(page, lang);
    const total = await expectStatusMatchesList(page, lang);
    const search = searchBox(page, lang);
    await search.click();

    const added = await historyGrowth(page, async () => {
      await search.pressSequentially('aay', { delay: 60 });
      await expect.poll(() => param(page, 'q')).toBe('aay');
      await expectRankedList(page);
      await search.pressSequentially(' praman', { delay: 60 });
      await expect.poll(() => param(page, 'q')).toBe('aay praman');
    });
    // Each keystroke replaces the address: Back does not step through letters.
    expect(added, 'typing should not add history entries').toBe(0);
    // Every key landed where it was typed: the field never lost focus or moved the caret.
    await expect(search).toBeFocused();
    await expect(search).toHaveValue('aay praman');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/services/income-certificate');
    const shown = await expectStatusMatchesList(page, lang);
    expect(shown).toBeLessThan(total);
    await expect(page.getByRole('status')).toHaveAttribute('aria-live', 'polite');

    // Devanagari, key by key, narrows the list the same way.
    await search.fill('');
    await expect.poll(() => param(page, 'q')).toBeNull();
    await search.pressSequentially('जन्म', { delay: 60 });
    await expect.poll(() => param(page, 'q')).toBe('जन्म');
    await expect(search).toHaveValue('जन्म');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/services/birth-certificate');
    await expectStatusMatchesList(page, lang);

    // Deleting the text key by key brings back the whole list, grouped by department.
    for (let i = 0; i < 'जन्म'.length; i++) await search.press('Backspace');
    await expect(search).toHaveValue('');
    await expect(page).toHaveURL(/\/services$/);
    await expect(page.getByRole('status')).toHaveText(T.found(total));
    await expect(page.getByRole('main').getByRole('region').first()).toBeVisible();
  });
});

test.describe('search history', () => {
  test('Back after submitting a search returns to the previous query', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    await openServices(page, lang, '/services?q=income');
    const search = searchBox(page, lang);
    await expect(search).toHaveValue('income');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/services/income-certificate');

    await search.fill('');
    await search.pressSequentially('jati', { delay: 40 });
    await expect.poll(() => param(page, 'q')).toBe('jati');
    const added = await historyGrowth(page, async () => {
      await search.press('Enter');
      await expect(resultLinks(page).first()).toHaveAttribute('href', /caste/);
    });
    await expect(search).toHaveValue('jati');
    // Said separately so a failure shows why Back goes wrong.
    expect.soft(added, 'submitting the search should add one history entry').toBe(1);

    await page.goBack();
    await expect
      .poll(() => page.url(), { message: 'Back should return to the search before, /services?q=income' })
      .toMatch(/\/services\?q=income$/);
    await waitForApp(page, lang, TEXT[lang].servicesTitle);
    await expect(search).toHaveValue('income');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/services/income-certificate');
    await expectStatusMatchesList(page, lang);
  });

  test('Back from a result returns to the search as it was typed', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    await openServices(page, lang);
    const search = searchBox(page, lang);
    await search.pressSequentially('jati', { delay: 40 });
    await expect.poll(() => param(page, 'q')).toBe('jati');
    const before = await hrefsOf(resultLinks(page));
    expect(before.length).toBeGreaterThan(0);
    await resultLinks(page).first().click();
    await expect(page).toHaveURL(new RegExp(`${before[0]}$`));
    await expect(pageHeading(page)).toBeVisible();

    await page.goBack();
    await expect.poll(() => param(page, 'q')).toBe('jati');
    await waitForApp(page, lang, TEXT[lang].servicesTitle);
    await expect(search).toHaveValue('jati');
    await expect.poll(() => hrefsOf(resultLinks(page))).toEqual(before);
    await expectStatusMatchesList(page, lang);
  });

  test('a search from the home page: Back returns home, Forward shows the query again', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    if (lang === 'en') await startInEnglish(page);
    await page.goto('/');
    await waitForApp(page, lang, TEXT[lang].homeTitle);
    await searchBox(page, lang).fill('aamdani');
    await searchBox(page, lang).press('Enter');
    await expect.poll(() => param(page, 'q')).toBe('aamdani');
    await expect(pageHeading(page)).toHaveText(TEXT[lang].servicesTitle);
    await expect(searchBox(page, lang)).toHaveValue('aamdani');

    await page.goBack();
    await expect(page).toHaveURL(/\/$/);
    await expect(pageHeading(page)).toHaveText(TEXT[lang].homeTitle);

    await page.goForward();
    await expect.poll(() => param(page, 'q')).toBe('aamdani');
    await expect(pageHeading(page)).toHaveText(TEXT[lang].servicesTitle);
    await expect(searchBox(page, lang)).toHaveValue('aamdani');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/services/income-certificate');
  });
});

test.describe('filters', () => {
  /** The results carrying (or, with `without`, not carrying) a badge. */
  function withBadge(page: Page, badge: string) {
    return resultItems(page).filter({ has: page.getByText(badge, { exact: true }) });
  }
  function withoutBadge(page: Page, badge: string) {
    return resultItems(page).filter({ hasNot: page.getByText(badge, { exact: true }) });
  }

  test('Samadhan Ek Din only: same_day=1 in the address, only same-day services, Back undoes it', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    const T = TEXT[lang];
    await openServices(page, lang);
    await openFilters(page);
    const total = await expectStatusMatchesList(page, lang);
    const sameDay = await withBadge(page, T.sameDayBadge).count();
    expect(sameDay, 'some services should be same-day').toBeGreaterThan(0);
    expect(sameDay).toBeLessThan(total);

    const filters = page.getByRole('group', { name: T.filtersLegend });
    const checkbox = filters.getByRole('checkbox', { name: T.sameDayFilter });
    await expect(checkbox).not.toBeChecked();
    await expect(filters.getByRole('link', { name: T.clearFilters })).toHaveCount(0);
    await checkbox.check();
    await expect.poll(() => params(page)).toEqual(['same_day=1']);
    await expect(checkbox).toBeChecked();
    // Exactly the same-day services remain, each showing its badge.
    await expect(resultLinks(page)).toHaveCount(sameDay);
    await expect(withoutBadge(page, T.sameDayBadge)).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(T.found(sameDay));
    await expect(page.getByRole('main').getByRole('link', { name: T.income, exact: true })).toBeVisible();
    await expect(filters.getByRole('link', { name: T.clearFilters })).toBeVisible();

    // A filter is a step in the history.
    await page.goBack();
    await expect(page).toHaveURL(/\/services$/);
    await expect(checkbox).not.toBeChecked();
    await expect(page.getByRole('status')).toHaveText(T.found(total));
  });

  test('"at a centre only" leaves only the centre-only services', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    const T = TEXT[lang];
    await openServices(page, lang);
    await openFilters(page);
    const group = page.getByRole('group', { name: T.channelGroup });
    await expect(group.getByRole('radio', { name: T.channelAny, exact: true })).toBeChecked();
    await group.getByRole('radio', { name: T.channelCentre, exact: true }).check();
    await expect.poll(() => params(page)).toEqual(['channel=centre']);
    await expect(group.getByRole('radio', { name: T.channelCentre, exact: true })).toBeChecked();
    await expect(group.getByRole('radio', { name: T.channelAny, exact: true })).not.toBeChecked();
    await expect
      .poll(async () => (await hrefsOf(resultLinks(page))).sort())
      .toEqual(['/services/aadhaar-enrolment-update', '/services/ayushman-card', '/services/disability-certificate']);
    await expect(withoutBadge(page, T.centreOnly)).toHaveCount(0);
    await expect(page.getByRole('status')).toHaveText(T.found(3));

    // Online is the opposite: no centre-only service.
    await group.getByRole('radio', { name: T.channelOnline, exact: true }).check();
    await expect.poll(() => params(page)).toEqual(['channel=online']);
    await expect(withBadge(page, T.centreOnly)).toHaveCount(0);
    const online = await expectStatusMatchesList(page, lang);
    expect(online).toBeGreaterThan(3);
  });

  test('filters combine with a query, keep its ranking, and "clear all filters" keeps the query', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    const T = TEXT[lang];
    await openServices(page, lang);
    await openFilters(page);
    const search = searchBox(page, lang);
    await search.fill('praman patra');
    await expect.poll(() => param(page, 'q')).toBe('praman patra');
    await expectRankedList(page);
    const ranked = await hrefsOf(resultLinks(page));
    expect(ranked.length).toBeGreaterThan(3);

    const filters = page.getByRole('group', { name: T.filtersLegend });
    await filters.getByRole('checkbox', { name: T.sameDayFilter }).check();
    await expect.poll(() => params(page)).toEqual(['q=praman patra', 'same_day=1']);
    await expect(search).toHaveValue('praman patra');
    await expect(withoutBadge(page, T.sameDayBadge)).toHaveCount(0);
    const sameDay = await hrefsOf(resultLinks(page));
    expect(sameDay.length).toBeGreaterThan(0);
    expect(sameDay.length).toBeLessThan(ranked.length);
    // The filter removes services; it does not reorder the ones left.
    expect(sameDay).toEqual(ranked.filter((href) => sameDay.includes(href)));
    await expectRankedList(page);
    await expectStatusMatchesList(page, lang);

    await filters.getByRole('radio', { name: T.channelOnline, exact: true }).check();
    await expect.poll(() => params(page)).toEqual(['channel=online', 'q=praman patra', 'same_day=1']);
    await expect(withBadge(page, T.centreOnly)).toHaveCount(0);
    await expect(withoutBadge(page, T.sameDayBadge)).toHaveCount(0);

    await filters.getByRole('link', { name: T.clearFilters, exact: true }).click();
    await expect.poll(() => params(page)).toEqual(['q=praman patra']);
    await expect(search).toHaveValue('praman patra');
    await expect(filters.getByRole('checkbox', { name: T.sameDayFilter })).not.toBeChecked();
    await expect(filters.getByRole('radio', { name: T.channelAny, exact: true })).toBeChecked();
    await expect(filters.getByRole('link', { name: T.clearFilters })).toHaveCount(0);
    await expect.poll(() => hrefsOf(resultLinks(page))).toEqual(ranked);
    await expectStatusMatchesList(page, lang);
  });

  test('a filtered address opened fresh shows its filters set', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    const T = TEXT[lang];
    await openServices(page, lang, '/services?event=education&department=gad&same_day=1&channel=online');
    if (testInfo.project.name === 'phone') {
      // At phone width the results come first; the folded filters say how many are set.
      await expect(page.locator('#filters-toggle')).toHaveText(lang === 'hi' ? 'सेवाएँ छाँटें (4 चुने हुए)' : 'Narrow the list (4 chosen)');
      await expect(page.locator('.app-filters')).toBeHidden();
    }
    await openFilters(page);
    const filters = page.getByRole('group', { name: T.filtersLegend });
    await expect(filters.getByRole('checkbox', { name: T.sameDayFilter })).toBeChecked();
    await expect(filters.getByRole('radio', { name: T.channelOnline, exact: true })).toBeChecked();
    await expect(filters.getByRole('radio', { name: T.channelAny, exact: true })).not.toBeChecked();
    await expect(filters.getByRole('combobox', { name: T.eventFilter })).toHaveValue('education');
    await expect(filters.getByRole('combobox', { name: T.departmentFilter })).toHaveValue('gad');
    await expect(filters.getByRole('link', { name: T.clearFilters, exact: true })).toHaveAttribute('href', '/services');
    await expect(searchBox(page, lang)).toHaveValue('');
    // Browsing without a query: grouped, here under the one department chosen.
    const main = page.getByRole('main');
    const department = lang === 'hi' ? 'सामान्य प्रशासन विभाग' : 'General Administration Department';
    await expect(main.getByRole('region')).toHaveCount(1);
    await expect(main.getByRole('region', { name: department, exact: true })).toBeVisible();
    await expect(main.getByRole('link', { name: T.income, exact: true })).toBeVisible();
    await expect(withoutBadge(page, T.sameDayBadge)).toHaveCount(0);
    await expect(withBadge(page, T.centreOnly)).toHaveCount(0);
    await expectStatusMatchesList(page, lang);
  });

  test('the need and department lists go into the address', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    const T = TEXT[lang];
    await openServices(page, lang);
    await openFilters(page);
    const filters = page.getByRole('group', { name: T.filtersLegend });
    await filters.getByRole('combobox', { name: T.eventFilter }).selectOption({ label: T.events.health });
    await expect.poll(() => params(page)).toEqual(['event=health']);
    await expect(page.getByRole('main').getByRole('link', { name: T.ayushman, exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: T.income, exact: true })).toHaveCount(0);
    await expectStatusMatchesList(page, lang);

    const transport = lang === 'hi' ? 'परिवहन विभाग' : 'Transport Department';
    await filters.getByRole('combobox', { name: T.departmentFilter }).selectOption({ label: transport });
    // Health services of the transport department: none, so the way-on panel shows.
    await expect.poll(() => params(page)).toEqual(['department=transport', 'event=health']);
    await expect(page.getByRole('status')).toHaveText(T.noResults);
    await filters.getByRole('combobox', { name: T.eventFilter }).selectOption({ value: '' });
    await expect.poll(() => params(page)).toEqual(['department=transport']);
    const main = page.getByRole('main');
    await expect(main.getByRole('region')).toHaveCount(1);
    await expect(main.getByRole('region', { name: transport, exact: true }).getByRole('link', { name: lang === 'hi' ? 'ड्राइविंग लाइसेंस का नवीनीकरण' : 'Driving licence renewal', exact: true })).toBeVisible();
    await expectStatusMatchesList(page, lang);
  });
});

test.describe('life events', () => {
  test('the home page links each need to its filtered list', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    const T = TEXT[lang];
    if (lang === 'en') await startInEnglish(page);
    await page.goto('/');
    await waitForApp(page, lang, T.homeTitle);
    const section = page.getByRole('main').getByRole('region', { name: T.eventsTitle, exact: true });
    await expect(section.getByRole('heading', { level: 2, name: T.eventsTitle })).toBeVisible();
    const links = section.getByRole('link');
    await expect(links).toHaveCount(LIFE_EVENTS.length);
    expect(await hrefsOf(links)).toEqual(LIFE_EVENTS.map((event) => `/services?event=${event}`));
    for (const event of LIFE_EVENTS) {
      await expect(section.getByRole('link', { name: T.events[event], exact: true })).toBeVisible();
    }

    await section.getByRole('link', { name: T.events.education, exact: true }).click();
    await expect(page).toHaveURL(/\/services\?event=education$/);
    await waitForApp(page, lang, T.servicesTitle);
    await expectFocusOnHeading(page);
    await openFilters(page);
    await expect(page.getByRole('combobox', { name: T.eventFilter })).toHaveValue('education');
    await expect(page.getByRole('main').getByRole('link', { name: T.income, exact: true })).toHaveAttribute(
      'href',
      '/services/income-certificate',
    );
    // Not every service is for education.
    await expect(page.getByRole('main').getByRole('link', { name: T.ayushman, exact: true })).toHaveCount(0);
    expect(await expectStatusMatchesList(page, lang)).toBeLessThan(36);
  });
});

test.describe('nothing found', () => {
  test('an unmatched query shows the way on: needs, centres, 181 and all services', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    const T = TEXT[lang];
    await openServices(page, lang, '/services?q=zzqqxx');
    await expect(searchBox(page, lang)).toHaveValue('zzqqxx');
    await expect(page.getByRole('status')).toHaveText(T.noResults);
    await expect(resultLinks(page)).toHaveCount(0);
    const panel = page.getByRole('main').getByRole('region', { name: T.noResults, exact: true });
    await expect(panel.getByRole('heading', { level: 2, name: T.noResults, exact: true })).toBeVisible();
    const eventLinks = panel.getByRole('listitem').getByRole('link');
    await expect(eventLinks).toHaveCount(LIFE_EVENTS.length);
    expect(await hrefsOf(eventLinks)).toEqual(LIFE_EVENTS.map((event) => `/services?event=${event}`));
    for (const event of LIFE_EVENTS) {
      await expect(panel.getByRole('link', { name: T.events[event], exact: true })).toBeVisible();
    }
    await expect(panel.getByRole('link', { name: '181', exact: true })).toHaveAttribute('href', 'tel:181');
    const all = panel.getByRole('link', { name: T.allServicesLink, exact: true });
    await expect(all).toHaveAttribute('href', '/services');

    await all.click();
    await expect(page).toHaveURL(/\/services$/);
    await expect(searchBox(page, lang)).toHaveValue('');
    expect(await expectStatusMatchesList(page, lang)).toBeGreaterThanOrEqual(36);
  });

  test('a need from the no-result panel lists its services', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    const T = TEXT[lang];
    await openServices(page, lang, '/services?q=zzqqxx');
    await page.getByRole('region', { name: T.noResults, exact: true }).getByRole('link', { name: T.events.health, exact: true }).click();
    await expect(page).toHaveURL(/\/services\?event=health$/);
    await expect(page.getByRole('main').getByRole('link', { name: T.ayushman, exact: true })).toBeVisible();
    await expectStatusMatchesList(page, lang);
  });
});

test.describe('keyboard only', () => {
  test('Tab to the search, type "janm praman", Tab to the first result, Enter', async ({ page }, testInfo) => {
    const lang = langOf(testInfo);
    await openServices(page, lang);
    await tabTo(page, 'searchbox', TEXT[lang].searchLabel);
    await page.keyboard.type('janm praman');
    await expect.poll(() => param(page, 'q')).toBe('janm praman');
    const first = resultLinks(page).first();
    await expect(first).toHaveAttribute('href', '/services/birth-certificate');
    const name = lang === 'hi' ? 'जन्म प्रमाण पत्र' : 'Birth certificate';
    await expect(first).toHaveAccessibleName(name);

    await tabTo(page, 'link', name);
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/services\/birth-certificate$/);
    await expect(pageHeading(page)).toHaveText(name);
    await expectFocusOnHeading(page);
  });
});

test.describe('axe on /services states', () => {
  const routes = ['/services?q=jati', '/services?same_day=1&channel=online', '/services?q=zzqqxx', '/services?event=health'];
  for (const lang of ['hi', 'en'] as const) {
    for (const path of routes) {
      test(`${path} in ${lang === 'hi' ? 'Hindi' : 'English'} has no WCAG violations`, async ({ page }, testInfo) => {
        await openServices(page, lang, path);
        await expectStatusMatchesList(page, lang);
        await expectNoViolations(page, `${path} (${lang}, ${testInfo.project.name})`);
      });
    }
  }
});
