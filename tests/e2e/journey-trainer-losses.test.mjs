// Trainer journey 3: "Điểm bị mất ở đâu": items ranked by the points they miss, with the next
// threshold that gains points, and a link that opens the item in the form.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openPicker, openView, startApp } from './harness.mjs';
import { openDemo, screenshot } from './trainer.mjs';

test('rank the items by points lost and open one', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await openDemo(page, 'teaching-demo.json');
    await openView(page, 'Điểm bị mất ở đâu');
    const losses = page.locator('.loss');
    await losses.first().waitFor();
    // 1.2 has all its points: it is not listed; 1.1 (late) is, with the level that gains 5.
    const codes = await losses.evaluateAll((els) => els.map((el) => el.dataset.code));
    assert.ok(!codes.includes('1.2') && codes.includes('1.1'), codes.join());
    assert.match(await page.locator('.loss[data-code="1.1"] .loss-next').textContent(), /Ban hành chậm so với thời hạn → Ban hành đúng thời hạn: \+5 điểm$/);
    // Ranked: most points missing first.
    const missing = (await page.locator('.loss-missing').allTextContents()).map((t) => Number(t.replace(/[^\d,]/g, '').replace(',', '.')));
    assert.deepEqual(missing, [...missing].sort((a, b) => b - a));
    await screenshot(page, 'trainer-losses');

    // The link opens the form on the item's section, with the item focused.
    const code = codes.find((c) => c.startsWith('2.'));
    await page.locator(`.loss[data-code="${code}"] button`).click();
    await page.locator(`article.item[data-code="${code}"]`).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.closest('article.item')?.dataset.code), code);
  } finally {
    await app.close();
  }
});
