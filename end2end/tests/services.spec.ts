// The list of services and a service's own page: departments, time limits, officers, the
// provisional tag and centre-only services, in Hindi and in English, and the plain-text search.

import { expect, test, type Page } from '@playwright/test';
import { TEXT, open, pageHeading, switchToEnglish, waitForApp } from './support';

const { hi, en } = TEXT;

/** The service links under the department sections of the list. */
function serviceLinks(page: Page) {
  return page.getByRole('main').getByRole('region').getByRole('listitem').getByRole('link');
}

test.describe('all services', () => {
  test('lists every service under its department', async ({ page }) => {
    await open(page, '/services', 'hi', hi.servicesTitle);
    await expect(page).toHaveTitle(`${hi.servicesTitle} | ${hi.siteName}`);
    const main = page.getByRole('main');
    const departments = main.getByRole('heading', { level: 2 });
    expect(await departments.count()).toBeGreaterThanOrEqual(5);
    for (const name of ['सामान्य प्रशासन विभाग', 'राजस्व विभाग']) {
      await expect(main.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
      // Each department is a region named by its heading, holding its services.
      await expect(main.getByRole('region', { name, exact: true }).getByRole('link').first()).toBeVisible();
    }
    const links = serviceLinks(page);
    const count = await links.count();
    expect(count).toBeGreaterThanOrEqual(36);
    await expect(page.getByRole('status')).toHaveText(hi.count(count));
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      expect(href).toMatch(/^\/services\/[a-z0-9-]+$/);
    }
    await expect(main.getByRole('link', { name: hi.income, exact: true })).toHaveAttribute('href', '/services/income-certificate');
  });

  test('lists departments and services in English after switching', async ({ page }) => {
    await open(page, '/services', 'hi', hi.servicesTitle);
    await switchToEnglish(page);
    await expect(pageHeading(page)).toHaveText(en.servicesTitle);
    const main = page.getByRole('main');
    await expect(main.getByRole('heading', { level: 2, name: 'General Administration Department' })).toBeVisible();
    await expect(main.getByRole('link', { name: en.income, exact: true })).toBeVisible();
    const count = await serviceLinks(page).count();
    await expect(page.getByRole('status')).toHaveText(en.count(count));
  });

  test('searching "income" narrows the list', async ({ page }) => {
    await open(page, '/services', 'hi', hi.servicesTitle);
    const total = await serviceLinks(page).count();
    const search = page.getByRole('searchbox', { name: hi.searchLabel });
    await search.fill('income');
    await search.press('Enter');
    await expect(page).toHaveURL(/\/services\?q=income\b/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('income');
    await expect(page.getByRole('main').getByRole('link', { name: hi.income, exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: hi.domicile, exact: true })).toHaveCount(0);
    const shown = await serviceLinks(page).count();
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThan(total);
    await expect(page.getByRole('status')).toHaveText(hi.count(shown));
    await expect(search).toHaveValue('income');
  });

  test('a query in the address narrows the list on a fresh load, in Hindi words too', async ({ page }) => {
    await page.goto('/services?q=' + encodeURIComponent('आय प्रमाण'));
    await waitForApp(page, 'hi', hi.servicesTitle);
    await expect(page.getByRole('main').getByRole('link', { name: hi.income, exact: true })).toBeVisible();
    await expect(page.getByRole('searchbox', { name: hi.searchLabel })).toHaveValue('आय प्रमाण');
    expect(await serviceLinks(page).count()).toBeLessThan(36);
  });

  test('a query that matches nothing says 0 services', async ({ page }) => {
    await page.goto('/services?q=zzzz-no-such-service');
    await waitForApp(page, 'hi', hi.servicesTitle);
    await expect(page.getByRole('status')).toHaveText(hi.count(0));
    await expect(serviceLinks(page)).toHaveCount(0);
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
    await switchToEnglish(page);
    await expect(page.getByRole('main').getByText(en.centreOnly, { exact: true })).toBeVisible();
  });

  test('the link back to all services works', async ({ page }) => {
    await open(page, '/services/income-certificate', 'hi', hi.income);
    await page.getByRole('main').getByRole('link', { name: hi.servicesTitle, exact: true }).click();
    await expect(page).toHaveURL(/\/services$/);
    await waitForApp(page, 'hi', hi.servicesTitle);
  });
});
