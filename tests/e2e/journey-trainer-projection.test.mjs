// Trainer journey 4: on the trainer's page (trainer.html), which opens the draft the agency's
// page has open: while survey items have no points, the range of the final index and band, and
// a point estimate from an expected survey percentage.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openView, startApp, startDraftWithArea1 } from './harness.mjs';
import { screenshot } from './trainer.mjs';

const index = (text) => Number(text.split('%')[0].replace(',', '.'));

test('project the final index while survey points are unknown', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await startDraftWithArea1(page, baseUrl, 'teaching-demo.json');
    await page.locator('#open-trainer').click();
    await page.waitForURL(/\/trainer\.html$/);
    await page.locator('.presentation').waitFor();
    await openView(page, 'Dự báo');
    const low = await page.locator('#projection-low').textContent();
    const high = await page.locator('#projection-high').textContent();
    assert.match(low, /^20,00% · Yếu$/);
    assert.ok(index(high) > index(low), `${low} … ${high}`);
    assert.equal(await page.locator('#projection-estimate').count(), 0);

    await page.getByLabel('Tỷ lệ điểm điều tra dự kiến (%)').fill('50');
    const estimate = await page.locator('#projection-estimate').textContent();
    assert.ok(index(estimate) > index(low) && index(estimate) < index(high), estimate);
    await screenshot(page, 'trainer-projection');
  } finally {
    await app.close();
  }
});
