// The list of services and a service's own page: departments, time limits, officers, the
// provisional tags, centre-only services, who can apply, documents and fees, in Hindi and in
// English, and the basics of the search (search.spec.ts covers searching and filters in depth).

import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { TEXT, hrefsOf, open, openFilters, pageHeading, resultLinks, switchToEnglish, waitForApp } from './support';

const { hi, en } = TEXT;

/**
 * The service links under the department sections (regions named by their h2) of the list, as
 * /services shows them when browsing without a query.
 */
function departmentLinks(page: Page) {
  return page.getByRole('main').getByRole('region').getByRole('listitem').getByRole('link');
}

test.describe('all services', () => {
  test('lists every service under its department', async ({ page }) => {
    await open(page, '/services', 'hi', hi.servicesTitle);
    await expect(page).toHaveTitle(`${hi.servicesTitle} | ${hi.siteName}`);
    const main = page.getByRole('main');
    const departments = main.getByRole('heading', { level: 2 });
    expect(await departments.count()).toBeGreaterThanOrEqual(5);
    // One region per department heading, no more, no less.
    await expect(main.getByRole('region')).toHaveCount(await departments.count());
    for (const name of ['सामान्य प्रशासन विभाग', 'राजस्व विभाग']) {
      await expect(main.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
      // Each department is a region named by its heading, holding its services.
      await expect(main.getByRole('region', { name, exact: true }).getByRole('link').first()).toBeVisible();
    }
    const links = departmentLinks(page);
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(36);
    // Every listed service sits under a department, and the status line counts them all.
    await expect(resultLinks(page)).toHaveCount(count);
    await expect(page.getByRole('status')).toHaveText(hi.found(count));
    const hrefs = await hrefsOf(links);
    for (const href of hrefs) {
      expect(href).toMatch(/^\/services\/[a-z0-9-]+$/);
    }
    expect(new Set(hrefs).size, 'a service is listed twice').toBe(hrefs.length);
    await expect(main.getByRole('link', { name: hi.income, exact: true })).toHaveAttribute('href', '/services/income-certificate');
    // Nothing is marked when nothing was searched.
    await expect(main.locator('ul.app-results mark')).toHaveCount(0);
  });

  test('lists departments and services in English after switching', async ({ page }) => {
    await open(page, '/services', 'hi', hi.servicesTitle);
    const count = await departmentLinks(page).count();
    await switchToEnglish(page);
    await expect(pageHeading(page)).toHaveText(en.servicesTitle);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: 'General Administration Department' })).toBeVisible();
    await expect(main.getByRole('region', { name: 'Revenue Department', exact: true }).getByRole('link').first()).toBeVisible();
    await expect(main.getByRole('link', { name: en.income, exact: true })).toBeVisible();
    await expect(departmentLinks(page)).toHaveCount(count);
    await expect(page.getByRole('status')).toHaveText(en.found(count));
  });

  test('searching "income" narrows the list to one ranked list', async ({ page }) => {
    await open(page, '/services', 'hi', hi.servicesTitle);
    const total = await resultLinks(page).count();
    const search = page.getByRole('searchbox', { name: hi.searchLabel });
    await search.fill('income');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/services\?q=income\b/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('income');
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: hi.income, exact: true })).toBeVisible();
    await expect(main.getByRole('link', { name: hi.domicile, exact: true })).toHaveCount(0);
    // A search is one list in rank order: no department sections.
    await expect(main.getByRole('region')).toHaveCount(0);
    await expect(main.locator('ul.app-results')).toHaveCount(1);
    const links = resultLinks(page);
    await expect(links.first()).toHaveAttribute('href', '/services/income-certificate');
    const shown = await links.count();
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThan(total);
    await expect(page.getByRole('status')).toHaveText(hi.found(shown));
    await expect(search).toHaveValue('income');
    // The match was in the English name, which the Hindi list does not show: it says so.
    const first = main.locator('ul.app-results > li').first();
    await expect(first).toContainText(`${hi.matched}: ${en.income}`);
    await expect(first.locator('[lang="en"]', { hasText: en.income })).toBeVisible();
  });

  test('a query in the address narrows the list on a fresh load, in Hindi words too', async ({ page }) => {
    await page.goto('/services?q=' + encodeURIComponent('आय प्रमाण'));
    await waitForApp(page, 'hi', hi.servicesTitle);
    await expect(page.getByRole('main').getByRole('link', { name: hi.income, exact: true })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: hi.searchLabel })).toHaveValue('आय प्रमाण');
    await expect(resultLinks(page).first()).toHaveAttribute('href', '/services/income-certificate');
    const shown = await resultLinks(page).count();
    expect(shown).toBeLessThan(36);
    await expect(page.getByRole('status')).toHaveText(hi.found(shown));
  });

  test('a query that matches nothing says no service was found', async ({ page }) => {
    await page.goto('/services?q=zzzz-no-such-service');
    await waitForApp(page, 'hi', hi.servicesTitle);
    await expect(page.getByRole('status')).toHaveText(hi.found(0));
    await expect(resultLinks(page)).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('heading', { level: 2, name: hi.noResults, exact: true })).toBeVisible();
  });
});

test.describe('a service page', () => {
  test('the income certificate shows its time limit and officers in Hindi, then in English', async ({ page }) => {
    await open(page, '/services/income-certificate', 'hi', hi.income);
    await expect(page).toHaveTitle(`${hi.income} | ${hi.siteName}`);
    const main = page.getByRole('main');
    await expect(main.getByText(hi.timeLimit, { exact: true })).toBeVisible();
    await expect(main.getByText(hi.incomeLimit, { exact: true })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: hi.officers })).toBeVisible();
    for (const officer of hi.incomeOfficers) {
      await expect(main.getByText(officer, { exact: true })).toBeVisible();
    }
    await expect(main.getByText(hi.provisional)).toHaveCount(0);
    // The English name is given too, marked as English for screen readers.
    await expect(main.locator('[lang="en"]', { hasText: en.income })).toBeVisible();

    await switchToEnglish(page);
    await expect(pageHeading(page)).toHaveText(en.income);
    await expect(page).toHaveTitle(`${en.income} | ${en.siteName}`);
    await expect(main.getByText(en.timeLimit, { exact: true })).toBeVisible();
    await expect(main.getByText(en.incomeLimit, { exact: true })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: en.officers })).toBeVisible();
    for (const officer of en.incomeOfficers) {
      await expect(main.getByText(officer, { exact: true })).toBeVisible();
    }
    await expect(main.locator('[lang="hi"]', { hasText: hi.income })).toBeVisible();
  });

  test('the domicile certificate shows that its time limit is provisional', async ({ page }) => {
    await open(page, '/services/domicile-certificate', 'hi', hi.domicile);
    await expect(page.getByRole('main').getByText(hi.provisional, { exact: true })).toBeVisible();
    await switchToEnglish(page);
    await expect(pageHeading(page)).toHaveText(en.domicile);
    await expect(page.getByRole('main').getByText(en.provisional, { exact: true })).toBeVisible();
  });

  test('a centre-only service says so', async ({ page }) => {
    await open(page, '/services/ayushman-card', 'hi', hi.ayushman);
    await expect(page.getByRole('main').getByText(hi.centreOnly, { exact: true })).toBeVisible();
    // What to take there: the originals, the phone for the code, and a receipt to ask for.
    const bring = page.locator('#centre-bring');
    await expect(bring.getByRole('heading', { name: 'केंद्र पर क्या लेकर जाएँ' })).toBeVisible();
    await expect(bring.getByRole('listitem')).toHaveCount(3);
    await expect(bring).toContainText('मोबाइल फ़ोन');
    await switchToEnglish(page);
    await expect(page.getByRole('main').getByText(en.centreOnly, { exact: true })).toBeVisible();
    await expect(bring.getByRole('heading', { name: 'What to take to the centre' })).toBeVisible();
  });

  test('the income certificate says who can apply, the documents, the fee and its needs', async ({ page }) => {
    await open(page, '/services/income-certificate', 'hi', hi.income);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: 'कौन आवेदन कर सकता है', exact: true })).toBeVisible();
    await expect(main.getByRole('heading', { level: 2, name: 'ये दस्तावेज़ तैयार रखें', exact: true })).toBeVisible();
    // The documents are a list, directly after their heading.
    const documents = main.locator('h2:has-text("ये दस्तावेज़ तैयार रखें") + ul').getByRole('listitem');
    await expect(documents.first()).toHaveText('आधार कार्ड');
    expect(await documents.count()).toBeGreaterThanOrEqual(2);
    await expect(main.getByRole('heading', { level: 2, name: 'शुल्क', exact: true })).toBeVisible();
    await expect(main.getByText('विभाग का कोई शुल्क नहीं', { exact: true })).toBeVisible();
    await expect(main.getByText('केंद्र से आवेदन कराने पर ₹20 केंद्र शुल्क अलग से लगता है।', { exact: true })).toBeVisible();
    // A confirmed fee carries no provisional tag.
    await expect(main.getByText('अस्थायी: यह शुल्क अभी पुष्ट नहीं है')).toHaveCount(0);
    await expect(main.getByRole('heading', { level: 2, name: 'किन ज़रूरतों में काम आती है', exact: true })).toBeVisible();
    await expect(main.getByRole('link', { name: hi.events.education, exact: true })).toHaveAttribute('href', '/services?event=education');
    // "पदाभिहित अधिकारी" is explained where it is first used, with a way to read more.
    await expect(page.locator('#designated-explained')).toContainText('पदाभिहित अधिकारी वह अधिकारी है');
    await expect(page.locator('#designated-explained a')).toHaveAttribute('href', '/statuses#officers');
    // The source is cited in Hindi on the Hindi page.
    await expect(main.locator('.app-service__source')).toHaveText('जानकारी का स्रोत: मार्च 2015 की राज्य सूचना, जैसी समाचार-पत्रों में छपी (सेवा 6.2)');

    await switchToEnglish(page);
    await expect(main.getByRole('heading', { level: 2, name: 'Who can apply', exact: true })).toBeVisible();
    await expect(main.locator('h2:has-text("Keep these documents ready") + ul').getByRole('listitem').first()).toHaveText('Aadhaar card');
    await expect(main.getByText('No department fee', { exact: true })).toBeVisible();
    await expect(main.getByText('If a centre applies for you, it charges a centre fee of ₹20 on top.', { exact: true })).toBeVisible();
    await expect(main.getByRole('link', { name: en.events.education, exact: true })).toHaveAttribute('href', '/services?event=education');
  });

  test('a fee not yet confirmed is marked provisional', async ({ page }) => {
    await open(page, '/services/driving-licence-renewal', 'hi', 'ड्राइविंग लाइसेंस का नवीनीकरण');
    const main = page.getByRole('main');
    await expect(main.getByText('अस्थायी: यह शुल्क अभी पुष्ट नहीं है', { exact: true })).toBeVisible();
    await switchToEnglish(page);
    await expect(pageHeading(page)).toHaveText('Driving licence renewal');
    await expect(main.getByText('Provisional: this fee is not yet confirmed', { exact: true })).toBeVisible();
  });

  test('a need on a service page leads to the services for that need', async ({ page }) => {
    await open(page, '/services/income-certificate', 'hi', hi.income);
    await page.getByRole('main').getByRole('link', { name: hi.events.education, exact: true }).click();
    await expect(page).toHaveURL(/\/services\?event=education$/);
    await waitForApp(page, 'hi', hi.servicesTitle);
    await openFilters(page);
    await expect(page.getByRole('combobox', { name: hi.eventFilter })).toHaveValue('education');
    await expect(page.getByRole('main').getByRole('link', { name: hi.income, exact: true })).toBeVisible();
  });

  test('the link back to all services works', async ({ page }) => {
    await open(page, '/services/income-certificate', 'hi', hi.income);
    await page.getByRole('main').getByRole('link', { name: hi.servicesTitle, exact: true }).click();
    await expect(page).toHaveURL(/\/services$/);
    await waitForApp(page, 'hi', hi.servicesTitle);
  });
});
