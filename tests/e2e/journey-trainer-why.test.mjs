// Trainer journey 2: "Vì sao có điểm này" for an item, an area and the total: the rule with the
// line that applied, the inputs, the steps; for the total, the gate that capped the band.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { item, openPicker, startApp } from './harness.mjs';
import { openDemo, screenshot } from './trainer.mjs';

test('see why an item, an area and the total have their points', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await openDemo(page, 'teaching-demo.json');

    // An item: every level of its rule, the one chosen highlighted, and the steps.
    const why = item(page, '1.1').locator('details.why');
    await why.locator('summary').click();
    assert.equal(await why.locator('.why-rule li').count(), 3);
    assert.match(await why.locator('.why-rule li.matched').textContent(), /chậm.*5 điểm/);
    assert.match(await why.locator('.why-steps').textContent(), /Mức đã chọn → Ban hành chậm/);

    // The area: the sum of its items.
    const area = page.locator('.section-view > details.why[data-code="1"]');
    await area.locator('summary').click();
    assert.match(await area.locator('.why-steps').textContent(), /1 = 1\.1 \+ 1\.2/);

    // The total, opened from the keyboard: the sum, the index, and the gate that capped the band.
    const total = page.locator('.total-bar details.why');
    await total.locator('summary').focus();
    await page.keyboard.press('Enter');
    assert.equal(await total.getAttribute('open'), '');
    const lines = await total.locator('.why-steps').textContent();
    assert.match(lines, /Tổng = tự đánh giá/);
    assert.match(lines, /Điều kiện: .*tối đa/);
    await screenshot(page, 'trainer-why');
  } finally {
    await app.close();
  }
});
