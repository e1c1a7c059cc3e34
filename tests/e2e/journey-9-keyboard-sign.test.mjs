// Journey 9 (issue 7): the keyboard only, from opening the app to a signed score file: pick a
// set, create a draft, answer an item, create the signing key, go back to the draft, sign and
// export. Every stop of the Tab key shows its focus; no mouse is used.

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

    // Back up to the header, to the signing key.
    await tabTo(page, '#open-key', 'Shift+Tab');
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

    // Back to the draft, through the list of drafts.
    await tabTo(page, '#open-drafts', 'Shift+Tab');
    assert.equal((await focused(page)).text, 'Các bản tự đánh giá');
    await page.keyboard.press('Enter');
    await page.locator('.draft-card').waitFor();
    await tabTo(page, '.draft-card .draft-actions button:first-child');
    assert.equal((await focused(page)).text, 'Mở');
    await page.keyboard.press('Enter');
    await page.locator('.total-bar').waitFor();
    // Opening a draft puts the focus on its section's heading, below the views.
    assert.equal((await focused(page)).id, 'section-heading');

    // Sign and export: the view, the passphrase, Enter.
    await tabTo(page, '.view-tab:last-child', 'Shift+Tab');
    assert.equal((await focused(page)).text, 'Ký và xuất');
    await page.keyboard.press('Enter');
    await page.locator('.sign-view').waitFor();
    await tabTo(page, '#sign-passphrase');
    await page.keyboard.type(PASSPHRASE);
    const signed = await enterAndDownload(page);
    assert.equal(signed.suggestedFilename(), 'SBP-2026-parscore-teaching-demo.score.json');
    await page.locator('.sign-done').waitFor();
  } finally {
    await app.close();
  }
});
