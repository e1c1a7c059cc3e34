// Trainer journey 6: presentation mode, on the trainer's page (trainer.html, linked from the
// draft's toolbar): one item per screen in large type; ← and → step through the items, Esc goes
// back to the choice of a draft.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPicker, startApp } from './harness.mjs';
import { openDemo, screenshot } from './trainer.mjs';

test('present the items one per screen with the arrow keys', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await openDemo(page, 'teaching-demo.json');
    // The demo is not a saved draft: the trainer's page offers it among the example agencies.
    await page.locator('#open-trainer').click();
    await page.waitForURL(/\/trainer\.html$/);
    await page.locator('.trainer-demo[data-file="teaching-demo.json"]').click();
    const slide = page.locator('.presentation');
    await slide.waitFor();
    assert.equal(await slide.getAttribute('data-code'), '1.1');
    assert.equal(await page.evaluate(() => document.activeElement.classList.contains('presentation')), true);
    assert.ok(parseFloat(await slide.evaluate((el) => getComputedStyle(el).fontSize)) >= 24, 'large type');
    assert.match(await slide.locator('.why-rule li.matched').textContent(), /chậm/);
    await screenshot(page, 'trainer-present');

    await page.keyboard.press('ArrowRight');
    assert.equal(await slide.getAttribute('data-code'), '1.2');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowLeft');
    assert.equal(await slide.getAttribute('data-code'), '1.2');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');   // the first item stays
    assert.equal(await slide.getAttribute('data-code'), '1.1');

    await page.keyboard.press('Escape');
    await page.locator('.presentation').waitFor({ state: 'detached' });
    await page.locator('.trainer-choice').waitFor();
  } finally {
    await app.close();
  }
});
