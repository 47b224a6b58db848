// Helpers for the application wizard's specs: keyboard-only form filling (Tab, typing, arrows,
// Space and Enter; never a click) and the one-time codes the development SMS sender writes to
// the server's log (SERVER_LOG, set by scripts/test.sh).

import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** A mobile number no other test uses: 9 followed by nine digits from the clock and a counter. */
let counter = 0;
export function uniqueMobile(): string {
  counter += 1;
  const n = (Date.now() * 10 + counter + process.pid * 7) % 1_000_000_000;
  return `9${String(n).padStart(9, '0')}`;
}

/** The last one-time code sent to `mobile`, read from the server's log. */
export async function codeFor(mobile: string): Promise<string> {
  const log = process.env.SERVER_LOG;
  if (!log) throw new Error('SERVER_LOG is not set: run the suite through scripts/test.sh');
  let code = '';
  await expect
    .poll(
      () => {
        // The last message to this number that carries a code (status messages carry none).
        const codes = readFileSync(log, 'utf8')
          .split('\n')
          .filter((l) => l.includes(`"to":"${mobile}"`))
          .map((l) => /(\d{6})/.exec(JSON.parse(l)?.fields?.body ?? '')?.[1] ?? '')
          .filter((c) => c !== '');
        code = codes.at(-1) ?? '';
        return code;
      },
      { message: `an SMS with a code for ${mobile} in ${log}` },
    )
    .toMatch(/^\d{6}$/);
  return code;
}

async function activeId(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.id ?? '');
}

/** Presses Tab until the element with this id has focus. */
export async function tabToId(page: Page, id: string, maxPresses = 80): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    if ((await activeId(page)) === id) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`#${id} never took focus by Tab`);
}

/** Tabs to a text box and types, replacing what was there. */
export async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabToId(page, id);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
}

/** Tabs into a radio group (its first radio is `f-{field}`) and moves to `value` with arrows. */
export async function chooseRadio(page: Page, field: string, value: string): Promise<void> {
  await tabToId(page, `f-${field}`);
  await page.keyboard.press('Space');
  for (let i = 0; i < 12; i++) {
    const chosen = await page.evaluate(
      (name) => (document.querySelector(`input[name="${name}"]:checked`) as HTMLInputElement | null)?.value,
      field,
    );
    if (chosen === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`radio ${field}=${value} could not be reached by arrows`);
}

/** Tabs to a drop-down list and moves to the option `value` with the arrow keys. */
export async function chooseOption(page: Page, id: string, value: string): Promise<void> {
  await tabToId(page, id);
  const index = await page.evaluate(
    ([sel, v]) => Array.from((document.getElementById(sel) as HTMLSelectElement).options).findIndex((o) => o.value === v),
    [id, value],
  );
  expect(index, `option ${value} in #${id}`).toBeGreaterThan(0);
  for (let i = 0; i < 80; i++) {
    const current = await page.evaluate((sel) => (document.getElementById(sel) as HTMLSelectElement).value, id);
    if (current === value) return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`#${id} never reached ${value}`);
}

/** Tabs to a file input, opens the chooser with Space and picks a file. */
export async function uploadByKeyboard(
  page: Page,
  field: string,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  // Wait until the previous upload has finished and the field takes a file again.
  await expect(page.locator(`input#f-${field}[type=file]:not([disabled])`)).toBeVisible();
  await tabToId(page, `f-${field}`);
  // Space opens the chooser; Chromium sometimes ignores one press soon after another chooser
  // closed, so Enter is tried too, as a keyboard user would.
  for (const key of ['Space', 'Enter', 'Space', 'Enter']) {
    const chooser = page.waitForEvent('filechooser', { timeout: 3000 }).catch(() => null);
    await page.keyboard.press(key);
    const opened = await chooser;
    if (opened) {
      await opened.setFiles(file);
      return;
    }
  }
  throw new Error(`the file chooser for ${field} never opened`);
}

/** A small valid PNG (1×1). */
export const PNG = {
  name: 'pehchan-patra.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
    'base64',
  ),
};

/** Presses Enter on the focused form's submit button by tabbing to it. */
export async function pressButton(page: Page, name: string | RegExp): Promise<void> {
  const button = page.getByRole('button', { name });
  for (let i = 0; i < 80; i++) {
    if (await button.evaluate((b) => b === document.activeElement).catch(() => false)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`button ${String(name)} never took focus by Tab`);
}
