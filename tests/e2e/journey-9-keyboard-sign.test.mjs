// Journey 9 (issue 7): the keyboard only, from opening the app to a signed score file: pick a
// set, create a draft, answer an item, follow "Ký và xuất" to the signing page, create the
// signing key there, go back to the draft's signing, confirm, sign and export, and return to the
// form. Every stop of the Tab key shows its focus; no mouse is used.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPicker, startApp, totals } from './harness.mjs';

const PASSPHRASE = 'bàn phím thôi nhé';

/** The focused element: tag, id, text, and whether its focus can be seen. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const style = getComputedStyle(el);
    return { tag: el.tagName, id: el.id, text: el.textContent.trim(), visible: style.outlineStyle !== 'none' || style.boxShadow !== 'none' };
  });
}

/** Presses `key` (Tab or Shift+Tab) until the focused element matches `selector`; every stop
 * on the way must show its focus. */
async function tabTo(page, selector, key = 'Tab') {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press(key);
    const stop = await focused(page);
    assert.ok(stop.visible, `focus is visible on ${stop.tag}#${stop.id} "${stop.text.slice(0, 40)}"`);
    if (await page.evaluate((s) => document.activeElement.matches(s), selector)) return stop;
  }
  throw new Error(`${key} never reached ${selector}`);
}

/** Presses Enter on the focused control and returns the download it starts. */
async function enterAndDownload(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  return download;
}

test('keyboard only: from opening the app to a signed score file', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);

    // A new draft on the teaching set.
    await tabTo(page, '.set-card[data-file="teaching-demo.json"] button');
    await page.keyboard.press('Enter');
    assert.equal((await focused(page)).id, 'agency-name');
    await page.keyboard.type('Sở Bàn Phím');
    await page.keyboard.press('Tab');
    await page.keyboard.type('SBP');
    await page.keyboard.press('Enter');
    await page.locator('.total-bar').waitFor();

    // The first item, with the arrow keys.
    await tabTo(page, 'select');
    await page.keyboard.press('ArrowDown');
    assert.equal((await totals(page)).points, '10');

    // Up to the views: "Ký và xuất" is the signing page, the draft in its address.
    await tabTo(page, '#open-sign', 'Shift+Tab');
    assert.equal((await focused(page)).text, 'Ký và xuất');
    await page.keyboard.press('Enter');
    await page.locator('.sign-no-key').waitFor();

    // No key yet: to the key screen, a new key (its backup downloads).
    await tabTo(page, '.sign-no-key button');
    await page.keyboard.press('Enter');
    await page.locator('#new-key-form').waitFor();
    await tabTo(page, '#new-key-passphrase');
    await page.keyboard.type(PASSPHRASE);
    await page.keyboard.press('Tab');
    assert.equal((await focused(page)).id, 'new-key-confirm');
    await page.keyboard.type(PASSPHRASE);
    const backup = await enterAndDownload(page);
    assert.equal(backup.suggestedFilename(), 'SBP.key.pem');
    await page.locator('.key-done').waitFor();

    // Back to signing the draft: confirm the unanswered items, the passphrase, Enter.
    await tabTo(page, '#back-to-signing', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.locator('.sign-view').waitFor();
    await tabTo(page, '#sign-confirm-unanswered');
    await page.keyboard.press('Space');
    assert.ok(await page.locator('#sign-confirm-unanswered').isChecked());
    await tabTo(page, '#sign-passphrase');
    await page.keyboard.type(PASSPHRASE);
    const signed = await enterAndDownload(page);
    assert.equal(signed.suggestedFilename(), 'SBP-2026-parscore-teaching-demo.score.json');
    await page.locator('.sign-done').waitFor();

    // And back to the form, where the draft is still open.
    await tabTo(page, '#agency-page', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await page.locator('.total-bar').waitFor();
  } finally {
    await app.close();
  }
});
