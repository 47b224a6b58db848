// The income certificate from start to receipt, by keyboard alone, at phone width in Hindi and
// at kiosk size (and desktop) in English: errors summarised and focused, a reload keeps every
// answer, a double submit gives one application, wrong files are refused clearly, and axe finds
// nothing on any page, error states included.

import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';
import { expectFocusOnHeading, expectNoViolations, open, pageHeading, startInEnglish, type Lang } from './support';
import {
  PNG,
  chooseOption,
  chooseRadio,
  codeFor,
  pressButton,
  typeInto,
  uniqueMobile,
  uploadByKeyboard,
} from './apply-support';

const WORDS = {
  hi: {
    start: 'ऑनलाइन आवेदन करें',
    mobileTitle: 'आपका मोबाइल नंबर',
    send: 'कोड भेजें',
    verify: 'पुष्टि करें',
    next: 'आगे बढ़ें',
    problem: 'कुछ जानकारी ठीक करनी है',
    aadhaarWrong: 'यह आधार नंबर सही नहीं है। आधार कार्ड से हर अंक मिलाकर देखें',
    checkTitle: 'जमा करने से पहले अपने जवाब जाँच लें',
    declare: 'मैं इस घोषणा से सहमत हूँ',
    submit: 'आवेदन जमा करें',
    done: 'आवेदन जमा हो गया',
    step: (n: number, total: number) => `चरण ${n} / ${total}`,
    errorTitle: /^त्रुटि: /,
    wrongType: 'यह फ़ाइल PDF, JPG या PNG नहीं है। PDF, JPG या PNG फ़ाइल चुनें',
    tooLarge: /फ़ाइल 2\.0 MB से बड़ी है/,
    remove: 'हटाएँ',
    print: 'पावती प्रिंट करें',
    free: 'इस आवेदन का कोई शुल्क नहीं है।',
    onlineNote: 'ऑनलाइन आवेदन पर केंद्र का शुल्क नहीं लगता।',
    noDeptFee: 'विभाग का शुल्क: कोई नहीं',
    centreFee: 'केंद्र का आवेदन शुल्क: ₹20',
    total: 'कुल: ₹20',
    operatorNote: /नागरिक से यही राशि लें/,
  },
  en: {
    start: 'Apply online',
    mobileTitle: 'Your mobile number',
    send: 'Send code',
    verify: 'Verify',
    next: 'Continue',
    problem: 'There is a problem',
    aadhaarWrong: 'This is not a valid Aadhaar number. Check each digit against your Aadhaar card',
    checkTitle: 'Check your answers before submitting',
    declare: 'I agree with this declaration',
    submit: 'Submit application',
    done: 'Application submitted',
    step: (n: number, total: number) => `Step ${n} of ${total}`,
    errorTitle: /^Error: /,
    wrongType: 'This file is not a PDF, JPG or PNG. Choose a PDF, JPG or PNG file',
    tooLarge: /The file is larger than 2\.0 MB/,
    remove: 'Remove',
    print: 'Print acknowledgement',
    free: 'This application costs nothing.',
    onlineNote: 'Applying online, there is no centre fee.',
    noDeptFee: "Department's fee: none",
    centreFee: "Centre's application fee: ₹20",
    total: 'Total: ₹20',
    operatorNote: /Take exactly this amount from the citizen/,
  },
};

const TOTAL = 6; // mobile, 4 pages of questions, check

function langOf(project: string): Lang {
  return project === 'phone' ? 'hi' : 'en';
}

async function verifyMobile(page: Page, lang: Lang, mobile: string): Promise<void> {
  const w = WORDS[lang];
  await expect(pageHeading(page)).toContainText(w.mobileTitle);
  await expect(pageHeading(page)).toContainText(w.step(1, TOTAL));
  await typeInto(page, 'f-mobile', mobile);
  await page.keyboard.press('Enter');
  const code = await codeFor(mobile);
  await expect(page.locator('#f-code')).toBeFocused();
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await expect(pageHeading(page)).toContainText(w.step(2, TOTAL));
  await expectFocusOnHeading(page);
  // The first page of questions says which mobile gets the SMS.
  await expect(page.locator('#sms-to')).toContainText(`XXXXXX${mobile.slice(-4)}`);
}

async function fillApplicant(page: Page, aadhaar = '234123412346'): Promise<void> {
  await chooseRadio(page, 'applying_for', 'self');
  await typeInto(page, 'f-name_hi', 'रमेश कुमार');
  await typeInto(page, 'f-name_en', 'Ramesh Kumar');
  await typeInto(page, 'f-father_name', 'सुरेश कुमार');
  await chooseRadio(page, 'gender', 'male');
  await typeInto(page, 'f-date_of_birth', '15-08-1990');
  await typeInto(page, 'f-aadhaar', aadhaar);
  await typeInto(page, 'f-samagra_id', '123456789');
}

async function next(page: Page, lang: Lang, step: number): Promise<void> {
  await pressButton(page, WORDS[lang].next);
  await expect(pageHeading(page)).toContainText(WORDS[lang].step(step, TOTAL));
  await expectFocusOnHeading(page);
}

test.describe('applying for an income certificate', () => {
  test('from the service page to a printable receipt, by keyboard alone', async ({ page }, testInfo) => {
    const lang = langOf(testInfo.project.name);
    const w = WORDS[lang];
    if (lang === 'en') await startInEnglish(page);
    await open(page, '/services/income-certificate', lang);
    const start = page.getByRole('link', { name: w.start });
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/apply\/mobile$/);
    await expectNoViolations(page, 'mobile step');
    const mobile = uniqueMobile();
    await verifyMobile(page, lang, mobile);

    // A wrong Aadhaar: the summary takes focus and links to the field, with the same words.
    await fillApplicant(page, '234123412345');
    await pressButton(page, w.next);
    const summary = page.locator('.app-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText(w.problem);
    await expect(summary.getByRole('link', { name: w.aadhaarWrong })).toBeVisible();
    await expect(page.locator('#f-aadhaar-error')).toContainText(w.aadhaarWrong);
    await expect(page.locator('#f-aadhaar')).toHaveAttribute('aria-describedby', /f-aadhaar-error/);
    await expect(page).toHaveTitle(w.errorTitle);
    await expectNoViolations(page, 'applicant step with errors');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.locator('#f-aadhaar')).toBeFocused();
    await typeInto(page, 'f-aadhaar', '2341 2341 2346');
    // With the summary shown and another field just typed in, a tapped choice is chosen and
    // kept, and a second tap changes it (the summary once took focus on every blur and swallowed
    // the tap).
    const female = page.locator('label[for="f-gender"]');
    const male = page.locator('label[for="f-gender-1"]');
    await female.click();
    await expect(page.locator('#f-gender')).toBeChecked();
    await expect.poll(() => page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('jsp-draft:'))?.[1] ?? '')).toContain('"gender":"female"');
    await male.click();
    await expect(page.locator('#f-gender-1')).toBeChecked();
    await expect(page.locator('#f-gender')).not.toBeChecked();
    await expect.poll(() => page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('jsp-draft:'))?.[1] ?? '')).toContain('"gender":"male"');
    await next(page, lang, 3);
    await expect(page).not.toHaveTitle(w.errorTitle);
    // The Aadhaar number is never in the browser's storage (the server's sealed draft keeps it;
    // after the reload below it comes back from there, and the check page shows it masked).
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).toContain('रमेश कुमार');
    expect(stored.replace(/\s/g, '')).not.toContain('234123412346');

    await typeInto(page, 'f-address', 'मकान 12, गांधी नगर');
    await chooseOption(page, 'f-district', 'bhopal');
    await chooseOption(page, 'f-tehsil', await page.locator('#f-tehsil option').nth(1).getAttribute('value') ?? '');
    await typeInto(page, 'f-pin', '462001');

    // A reload in the middle keeps every answer, on this page and the last.
    await page.reload();
    await expect(pageHeading(page)).toContainText(w.step(3, TOTAL));
    await expect(page.locator('#f-pin')).toHaveValue('462001');
    await expect(page.locator('#f-district')).toHaveValue('bhopal');
    await expect(page.locator('#f-address')).toHaveValue('मकान 12, गांधी नगर');
    await next(page, lang, 4);

    await chooseRadio(page, 'income_source', 'labour');
    await typeInto(page, 'f-annual_income', '96,000');
    await typeInto(page, 'f-financial_year', '2025-26');
    await chooseRadio(page, 'purpose', 'scholarship');
    await expectNoViolations(page, 'income step');
    await next(page, lang, 5);

    // Documents: a wrong type and a too-large file are refused, next to the field.
    await uploadByKeyboard(page, 'identity_proof', { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('MZ not a picture') });
    await expect(page.locator('#f-identity_proof-error')).toContainText(w.wrongType);
    await expect(page.locator('input#f-identity_proof')).toBeFocused();
    await expectNoViolations(page, 'documents step with a refused file');
    await uploadByKeyboard(page, 'identity_proof', {
      name: 'scan.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2 * 1024 * 1024 + 10)]),
    });
    await expect(page.locator('#f-identity_proof-error')).toContainText(w.tooLarge);
    await uploadByKeyboard(page, 'identity_proof', PNG);
    await expect(page.locator('.app-file__name').first()).toHaveText(PNG.name);
    // Focus stays on the question, on its remove button, and the upload is announced.
    await expect(page.locator('button#f-identity_proof')).toBeFocused();
    await expect(page.locator('.app-file__status').first()).toContainText(PNG.name);
    await uploadByKeyboard(page, 'income_declaration', PNG);
    await uploadByKeyboard(page, 'photo', PNG);
    await expect(page.locator('.app-file__name')).toHaveCount(3);
    await expect(page.getByRole('button', { name: new RegExp(w.remove) })).toHaveCount(3);
    await next(page, lang, 6);

    await expect(pageHeading(page)).toContainText(w.checkTitle);
    await expect(page.getByText('XXXX XXXX 2346')).toBeVisible();
    await expect(page.getByText('₹96,000')).toBeVisible();
    // Online, a free service costs nothing: no centre fee is added or mentioned as due.
    const fees = page.locator('section[aria-labelledby="fee-title"]');
    await expect(fees.locator('.app-fee__line')).toHaveText([w.free]);
    await expect(fees).toContainText(w.onlineNote);
    await expect(fees).not.toContainText('₹20');
    await expectNoViolations(page, 'check page');
    // Submitting without the declaration is an error too.
    await pressButton(page, w.submit);
    await expect(page.locator('.app-error-summary')).toBeFocused();
    await expectNoViolations(page, 'check page with errors');
    await tabToIdDeclaration(page);
    await page.keyboard.press('Space');
    // A double submit: Enter twice at once gives one application.
    await pressButtonTwice(page, w.submit);
    await expect(pageHeading(page)).toHaveText(w.done);
    const number = (await page.locator('.app-confirmation__number').textContent()) ?? '';
    expect(number).toMatch(/^MP\d{2}-\d{4}-\d{4}-\d$/);
    await expect(page.getByRole('img', { name: new RegExp(number) })).toBeVisible();
    await expect(page.getByRole('button', { name: w.print })).toBeVisible();
    await expect(page.locator('.app-receipt .app-fee__line')).toHaveText([w.free]);
    // The receipt names each document by what it is, the officer with the office, and links to
    // tracking.
    await expect(page.locator('.app-receipt__documents li')).toHaveCount(3);
    await expect(page.locator('.app-receipt__documents li').first()).toContainText(`: ${PNG.name}`);
    await expect(page.locator('.app-receipt')).toContainText(lang === 'hi' ? 'तहसीलदार, ज़िला भोपाल' : 'Tehsildar, Bhopal district');
    await expect(page.locator('#receipt-track')).toHaveAttribute('href', `/track?number=${number}`);
    await expectNoViolations(page, 'receipt');
    // Printed or saved as PDF, the receipt is one A4 page, without buttons, menus or the
    // "Finish" panel (a control, not part of the receipt).
    if (testInfo.project.name === 'phone') {
      const pdf = (await page.pdf({ format: 'A4', printBackground: true })).toString('latin1');
      if (process.env.PRINT_SHOT) {
        await page.emulateMedia({ media: 'print' });
        await page.setViewportSize({ width: 704, height: 1050 });
        await page.screenshot({ path: process.env.PRINT_SHOT, fullPage: true });
      }
      expect(pdf.match(/\/Type\s*\/Page[^s]/g)?.length, 'pages in the printed receipt').toBe(1);
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('.app-receipt')).toBeVisible();
      await expect(page.getByRole('button', { name: w.print })).toBeHidden();
      await expect(page.locator('#display-menu')).toBeHidden();
      await expect(page.locator('.app-finish')).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
    }
    const qr = await page.request.get(`/qr/track/${number}.svg`);
    expect(qr.status()).toBe(200);
    expect(qr.headers()['content-type']).toContain('image/svg+xml');

    // The same key again, as a retry after a timeout would send it: still one application.
    const count = await page.evaluate(async () => {
      return (await fetch('/api/apply/receipt', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'number=' + document.querySelector('.app-confirmation__number')?.textContent })).status;
    });
    expect(count).toBe(200);
  });
});

test('a centre operator applies for a citizen: the centre fee is on the check page and the receipt', async ({ page }, testInfo) => {
  const lang = langOf(testInfo.project.name);
  const w = WORDS[lang];
  if (lang === 'en') await startInEnglish(page);
  // The operator signs in at the kiosk, which turns the screen into a kiosk.
  await open(page, '/officer/sign-in', lang, lang === 'hi' ? 'अधिकारी लॉगिन' : 'Officer sign-in');
  await typeInto(page, 'f-login', 'operator.bhopal');
  await typeInto(page, 'f-password', process.env.E2E_OFFICER_PASSWORD ?? '');
  await page.keyboard.press('Enter');
  // The operator's desk: the centre's own applications, the role said once, and a way to start
  // an application for the citizen at the counter.
  await expect(pageHeading(page)).toHaveText(lang === 'hi' ? 'आवेदनों की सूची' : 'Applications');
  expect(await page.evaluate(() => localStorage.getItem('jsp-kiosk'))).toBe('on');
  await expect(page.locator('.app-officer-bar__who')).toContainText(lang === 'hi' ? 'केंद्र संचालक' : 'Centre operator');
  const who = (await page.locator('.app-officer-bar__who strong').textContent()) ?? '';
  expect(who.split(lang === 'hi' ? 'केंद्र संचालक' : 'Centre operator').length, who).toBe(2);
  await expect(page.locator('#new-for-citizen')).toHaveAttribute('href', '/services');
  await open(page, '/services/income-certificate/apply', lang);
  await verifyMobile(page, lang, uniqueMobile());
  await fillApplicant(page);
  await next(page, lang, 3);
  await typeInto(page, 'f-address', 'मकान 4, कोलार रोड');
  await chooseOption(page, 'f-district', 'bhopal');
  await chooseOption(page, 'f-tehsil', await page.locator('#f-tehsil option').nth(1).getAttribute('value') ?? '');
  await typeInto(page, 'f-pin', '462042');
  await next(page, lang, 4);
  await chooseRadio(page, 'income_source', 'labour');
  await typeInto(page, 'f-annual_income', '60000');
  await typeInto(page, 'f-financial_year', '2025-26');
  await chooseRadio(page, 'purpose', 'scholarship');
  await next(page, lang, 5);
  await uploadByKeyboard(page, 'identity_proof', PNG);
  await uploadByKeyboard(page, 'income_declaration', PNG);
  await uploadByKeyboard(page, 'photo', PNG);
  await expect(page.locator('.app-file__name')).toHaveCount(3);
  await next(page, lang, 6);
  // The department charges nothing; the centre's ₹20 is due, and the operator is told to take
  // exactly that and give a receipt.
  const fees = page.locator('section[aria-labelledby="fee-title"]');
  await expect(fees.locator('.app-fee__line')).toHaveText([w.noDeptFee, w.centreFee, w.total]);
  await expect(fees).toContainText(w.operatorNote);
  await expect(fees).not.toContainText(w.free);
  await expectNoViolations(page, 'check page at a centre');
  await tabToIdDeclaration(page);
  await page.keyboard.press('Space');
  await pressButton(page, w.submit);
  await expect(pageHeading(page)).toHaveText(w.done);
  await expect(page.locator('.app-receipt .app-fee__line')).toHaveText([w.noDeptFee, w.centreFee, w.total]);
  await expectNoViolations(page, 'receipt at a centre');

  // The operator's screen is a kiosk: left alone for two minutes it warns, and thirty seconds
  // later it wipes itself, so the next citizen at the counter inherits nothing.
  await page.clock.install();
  await page.reload();
  await expect(pageHeading(page)).toHaveText(w.done);
  // The watch comes in the desk's chunk: the clock jumps only once that is in and running.
  await page.waitForLoadState('networkidle');
  await page.clock.fastForward(121_000);
  await expect(page.locator('#kiosk-stay')).toBeFocused();
  await expectNoViolations(page, 'kiosk idle warning');
  // "Still here" keeps everything; another idle spell then wipes.
  await page.keyboard.press('Enter');
  await expect(page.locator('#kiosk-stay')).toHaveCount(0);
  await page.clock.fastForward(121_000);
  await expect(page.locator('#kiosk-stay')).toBeVisible();
  await page.clock.runFor(31_000);
  await expect(page).toHaveURL(/\/$/);
  const session = await page.request.post('/api/apply/session', { form: {} });
  expect((await session.json()).mobile).toBeNull();
  const drafts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jsp-draft:')));
  expect(drafts).toEqual([]);
});

test('"Finish" on the receipt ends the session and clears the browser', async ({ page }, testInfo) => {
  const lang = langOf(testInfo.project.name);
  const w = WORDS[lang];
  if (lang === 'en') await startInEnglish(page);
  // A draft begun for another service, which must go too.
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      sessionStorage.setItem('seeded', '1');
      localStorage.setItem('jsp-draft:domicile-certificate', JSON.stringify({ service_id: 'domicile-certificate', answers: { name_hi: 'सीता' }, step: 'applicant', idempotency_key: 'k-0123456789abcdef', saved_at_ms: Date.now(), server: null }));
    }
  });
  await open(page, '/services/income-certificate/apply', lang);
  const mobile = uniqueMobile();
  await verifyMobile(page, lang, mobile);
  const session = await page.request.post('/api/apply/session', { form: {} });
  expect((await session.json()).mobile).toBe(mobile);
  await open(page, '/my-applications', lang, lang === 'hi' ? 'मेरे आवेदन' : 'My applications');
  await page.locator('#finish-button').focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/$/);
  const after = await page.request.post('/api/apply/session', { form: {} });
  expect((await after.json()).mobile).toBeNull();
  const drafts = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('jsp-draft:')));
  expect(drafts, w.done).toEqual([]);
});

async function tabToIdDeclaration(page: Page): Promise<void> {
  await expect(page.locator('#f-declaration')).toBeVisible();
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate(() => document.activeElement?.id === 'f-declaration')) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('the declaration box never took focus');
}

async function pressButtonTwice(page: Page, name: string): Promise<void> {
  const button = page.getByRole('button', { name });
  for (let i = 0; i < 20; i++) {
    if (await button.evaluate((b) => b === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  const submissions: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/apply/submit')) submissions.push(r.postData() ?? '');
  });
  await Promise.all([page.keyboard.press('Enter'), page.keyboard.press('Enter')]);
  await expect(page).toHaveURL(/\/receipt\//);
  // However many requests went out, they all carried the same idempotency key.
  const keys = new Set(submissions.map((s) => JSON.parse(s).idempotency_key));
  expect(keys.size).toBe(1);
}

test('a Hindi name typed in Latin letters, and a district and tehsil found by typing, by keyboard alone', async ({ page }, testInfo) => {
  const lang = langOf(testInfo.project.name);
  const w = WORDS[lang];
  if (lang === 'en') await startInEnglish(page);
  await open(page, '/services/income-certificate/apply/mobile', lang);
  await verifyMobile(page, lang, uniqueMobile());
  await chooseRadio(page, 'applying_for', 'self');
  // Latin keys only: the field offers the Devanagari spelling, read with the field, and a button
  // writes it in. Nothing changes until the button is pressed.
  await typeInto(page, 'f-name_hi', 'sunita bai');
  const suggestion = page.locator('#f-name_hi-suggestion');
  await expect(suggestion).toContainText('सुनीता बाई');
  await expect(page.locator('#f-name_hi')).toHaveValue('sunita bai');
  await expect(page.locator('#f-name_hi')).toHaveAttribute('aria-describedby', /f-name_hi-suggestion/);
  await expectNoViolations(page, 'a Hindi name with a Devanagari suggestion');
  await page.keyboard.press('Tab');
  await expect(page.locator('#f-name_hi-use-suggestion')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#f-name_hi')).toHaveValue('सुनीता बाई');
  await expect(page.locator('#f-name_hi')).toBeFocused();
  await expect(suggestion).toHaveCount(0);
  // The citizen may edit what was written: a typed-on surname in Latin gets its own suggestion.
  await page.keyboard.type(' sharma');
  await expect(suggestion).toContainText('सुनीता बाई शर्मा');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('#f-name_hi')).toHaveValue('सुनीता बाई शर्मा');
  // By touch or mouse too: a tap on the button, straight from typing, takes the spelling even
  // though leaving the field checks it (the check's message must not move the button away).
  await typeInto(page, 'f-name_hi', 'sunita bai sharma');
  await page.locator('#f-name_hi-use-suggestion').click();
  await expect(page.locator('#f-name_hi')).toHaveValue('सुनीता बाई शर्मा');
  await expect(page.locator('#f-name_hi')).toBeFocused();
  await typeInto(page, 'f-name_en', 'Sunita Bai Sharma');
  await typeInto(page, 'f-father_name', 'सुरेश शर्मा');
  await chooseRadio(page, 'gender', 'female');
  await typeInto(page, 'f-date_of_birth', '15-08-1990');
  await typeInto(page, 'f-aadhaar', '2341 2341 2346');
  await typeInto(page, 'f-samagra_id', '123456789');
  await next(page, lang, 3);
  // Her answer is saved as written in Devanagari.
  await expect.poll(() => page.evaluate(() => Object.entries(localStorage).find(([k]) => k.startsWith('jsp-draft:'))?.[1] ?? '')).toContain('सुनीता बाई शर्मा');

  // 55 districts: a few letters choose one, in Latin letters or in Hindi; the count is announced.
  await typeInto(page, 'f-address', 'मकान 4, राजवाड़ा');
  await typeInto(page, 'f-district-filter', 'indo');
  await expect(page.locator('#f-district')).toHaveValue('indore');
  await expect(page.locator('#f-district-filter-count')).toHaveText(lang === 'hi' ? 'एक नाम मिला और चुन लिया गया: इंदौर' : 'One name found and chosen: Indore');
  await expect(page.locator('#f-district-filter-count')).toHaveAttribute('role', 'status');
  // Indore has 10 tehsils: the box narrows them too, and Enter takes the first one left.
  await typeInto(page, 'f-tehsil-filter', 'सां');
  await expect(page.locator('#f-tehsil option:not([value=""])')).toHaveText([lang === 'hi' ? 'सांवेर' : 'Sanwer']);
  await typeInto(page, 'f-tehsil-filter', 'd');
  await expect(page.locator('#f-tehsil-filter-count')).toContainText(lang === 'hi' ? '2 नाम मिले' : '2 names found');
  await page.keyboard.press('Enter');
  await expect(page.locator('#f-tehsil')).toBeFocused();
  await expect(page.locator('#f-tehsil')).toHaveValue('depalpur');
  await expect(pageHeading(page)).toContainText(w.step(3, TOTAL));
  await expectNoViolations(page, 'places narrowed by typing');
  await typeInto(page, 'f-pin', '452001');
  await next(page, lang, 4);
});
