// The client is split by feature: the home page's wasm first, each feature's chunk when a reader
// first opens it. A chunk that fails to download (a phone losing its signal between pages) must
// say so, in the reader's language, and offer a retry that works from the keyboard; and a service
// page must still say what matters without JavaScript at all.

import { expect, test } from './fixtures';
import type { TestInfo } from '@playwright/test';
import { TEXT, type Lang, pageHeading, startInEnglish, waitForApp, waitForLive } from './support';

/** Texts from app/locales/{hi,en}/common.json (chunk.*) and track.json (title, submit). */
const WORDS = {
  hi: {
    chunkTitle: 'यह पेज अभी नहीं खुल सका',
    chunkBody: 'इंटरनेट धीमा है या कुछ पल के लिए कट गया था। आपकी भरी हुई कोई जानकारी नहीं मिटी है।',
    retry: 'फिर से खोलें',
    trackTitle: 'आवेदन की स्थिति देखें',
    trackSubmit: 'स्थिति देखें',
  },
  en: {
    chunkTitle: 'This page could not be opened just now',
    chunkBody: 'The connection is slow or dropped for a moment. Nothing you have entered has been lost.',
    retry: 'Open it again',
    trackTitle: 'Track an application',
    trackSubmit: 'See the status',
  },
} as const;

/** Hindi on the phone and the kiosk; the desktop reader has chosen English. */
function langOf(testInfo: TestInfo): Lang {
  return testInfo.project.name === 'desktop' ? 'en' : 'hi';
}

test.describe('feature chunks', () => {
  test('a feature’s chunk that fails to download shows a message and a retry that works', async ({
    page,
  }, testInfo) => {
    // The blocked download is reported by the loader as an error, on purpose.
    testInfo.annotations.push({ type: 'allows-page-errors', description: 'a chunk is blocked' });
    const lang = langOf(testInfo);
    const w = WORDS[lang];
    if (lang === 'en') await startInEnglish(page);
    await page.goto('/');
    await waitForLive(page);
    await waitForApp(page, lang, TEXT[lang].homeTitle);
    // Whatever the home page itself needs has arrived before the network goes down.
    await page.waitForLoadState('networkidle');

    // From here on every wasm request is a feature's chunk (a file, or the parts the server
    // joins): let none through.
    const aborted: string[] = [];
    const isWasm = (url: URL) => url.pathname.endsWith('.wasm') || url.pathname.startsWith('/wasm-parts/');
    await page.route(isWasm, (route) => {
      aborted.push(route.request().url());
      return route.abort();
    });
    // The footer's link to tracking, followed in the app (the router, not a page load).
    await page.getByRole('contentinfo').locator('a[href="/track"]').first().click();
    await expect
      .poll(() => aborted.length, {
        message: 'opening /track should fetch its chunk (a .wasm); none was requested, is tracking still in the main wasm?',
      })
      .toBeGreaterThan(0);

    const alert = page.getByRole('alert').filter({ hasText: w.chunkTitle });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(w.chunkBody);
    const retry = page.getByRole('button', { name: w.retry, exact: true });
    await expect(retry).toBeVisible();
    await expect(retry).toBeFocused();

    // The signal is back: the retry, from the keyboard, opens the page.
    await page.unroute(isWasm);
    await page.keyboard.press('Enter');
    await expect(pageHeading(page)).toHaveText(w.trackTitle);
    await expect(pageHeading(page)).toBeVisible();
    await expect(page.getByRole('button', { name: w.trackSubmit, exact: true })).toBeVisible();
    await expect(alert).toHaveCount(0);
    await expect(page).toHaveURL(/\/track$/);
  });
});

test.describe('one download per feature on a first visit', () => {
  test('landing on tracking fetches its feature as one bundle, and the next feature only what is missing', async ({
    page,
  }, testInfo) => {
    const lang = langOf(testInfo);
    const w = WORDS[lang];
    const wasm: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.endsWith('.wasm') || path.startsWith('/wasm-parts/')) wasm.push(path.slice(1));
    });
    if (lang === 'en') await startInEnglish(page);
    await page.goto('/track');
    await waitForLive(page);
    await waitForApp(page, lang, w.trackTitle);
    await page.waitForLoadState('networkidle');
    // The main wasm and tracking's bundle: not tracking's dozens of files one by one.
    const landing = [...wasm];
    expect(landing.filter((file) => file.startsWith('app_bg-'))).toHaveLength(1);
    expect(landing.filter((file) => file.startsWith('bundle_track-'))).toHaveLength(1);
    expect(landing.filter((file) => /^(split|chunk)_/.test(file)), landing.join(', ')).toHaveLength(0);

    // The list of services, opened in the app: it shares most of its code with tracking, so it
    // fetches only the parts not yet loaded, in one download the server joins (not its whole
    // bundle, and not its files one by one), and the page works.
    // (The header's link; on a phone it sits in the closed menu, so the click is dispatched.)
    await page.getByRole('banner').locator('a[href="/services"]').first().dispatchEvent('click');
    await expect(pageHeading(page)).toHaveText(TEXT[lang].servicesTitle);
    await expect(page).toHaveURL(/\/services$/);
    await page.waitForLoadState('networkidle');
    const next = wasm.slice(landing.length);
    expect(next.length, 'the list of services needs code tracking did not').toBeGreaterThan(0);
    expect(next.filter((file) => file.startsWith('bundle_')), next.join(', ')).toHaveLength(0);
    const joined = next.filter((file) => file.startsWith('wasm-parts/'));
    expect(joined, next.join(', ')).toHaveLength(1);
    expect(joined[0]).toMatch(/^wasm-parts\/bundle_services-[0-9a-f]+\.wasm\/\d+(\.\d+)*$/);
    expect(next.length, `one download, not one per file: ${next.join(', ')}`).toBeLessThanOrEqual(2);
    expect(new Set(wasm).size, `fetched twice: ${wasm.join(', ')}`).toBe(wasm.length);
  });
});

test.describe('the wizard before the app has arrived', () => {
  test('a reader types the mobile into the first page, and the app keeps the number and the field', async ({
    page,
  }, testInfo) => {
    const lang = langOf(testInfo);
    if (lang === 'en') await startInEnglish(page);
    // A slow link: the main wasm takes two seconds more.
    await page.route(/\/app_bg-[0-9a-f]+\.wasm$/, async (route) => {
      await new Promise((done) => setTimeout(done, 2000));
      await route.continue();
    });
    await page.goto('/services/income-certificate/apply');
    // The server's copy: the first page whole, its field ready before any wasm has run.
    const field = page.locator('#f-mobile');
    await expect(field).toBeVisible();
    await field.click();
    await page.keyboard.type('98765');
    expect(await page.evaluate(() => document.documentElement.dataset.app ?? '')).toBe('');
    await waitForLive(page);
    await expect(page).toHaveURL(/\/apply\/mobile$/);
    // The live page took over with what was typed, and the reader goes on typing in it.
    await page.keyboard.type('43210');
    await expect(page.locator('#f-mobile')).toHaveValue('9876543210');
    await expect(page.locator('#f-mobile')).toBeFocused();
  });
});

test.describe('a service page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  // The server renders the page's facts into the HTML, in Hindi (without JavaScript no stored
  // language choice can be read, and the portal opens in Hindi for everyone).
  test('shows the service’s name, its time limit and the documents to keep ready', async ({ page }) => {
    const hi = TEXT.hi;
    const response = await page.goto('/services/income-certificate');
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
    const main = page.getByRole('main');
    // server/data/catalogue/services.toml: name_hi; time_limit_days = 3, working days
    // (catalogue.service.working_days: "{{ days }} कार्य दिवस").
    await expect(main.getByRole('heading', { level: 1 })).toHaveText(hi.income);
    await expect(main.getByText(hi.incomeLimit).first()).toBeVisible();
    // catalogue.service.documents, or one of the documents in service-guidance.toml that only
    // this service asks for.
    await expect(
      main
        .getByText('ये दस्तावेज़ तैयार रखें', { exact: true })
        .or(main.getByText('परिवार की आय का स्व-घोषणा पत्र', { exact: true }))
        .first(),
    ).toBeVisible();
  });
});
