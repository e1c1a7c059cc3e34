// Journey 7: the component index of each area as a bar chart drawn by the app in SVG, with
// text labels.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { item, openSection, openView, startApp, startDraftWithArea1 } from './harness.mjs';

test('see the component index of each area as an SVG chart', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await startDraftWithArea1(page, baseUrl, 'teaching-demo.json');
    await openSection(page, '2');
    await item(page, '2.3').locator('input').first().fill('62,5');   // 10 of area 2's 40: 25%

    await openView(page, 'Biểu đồ');
    const chart = page.locator('.area-chart svg');
    await chart.waitFor();
    const bars = chart.locator('g.chart-bar');
    assert.equal(await bars.count(), 4);
    assert.deepEqual(await chart.locator('.chart-label').allTextContents(),
      ['1 Lập kế hoạch', '2 Phục vụ người dân', '3 Kỷ luật và báo cáo', '4 Ý kiến qua khảo sát']);
    assert.deepEqual(await chart.locator('.chart-value').allTextContents(), ['100%', '25%', '0%', '0%']);
    const width = (code) => chart.locator(`g.chart-bar[data-code="${code}"] .chart-fill`).getAttribute('width');
    const full = Number(await width('1'));
    assert.equal(Number(await width('2')), full / 4);
    assert.equal(Number(await width('3')), 0);
    assert.match(await chart.locator('desc').textContent(), /2 Phục vụ người dân: 25%/);
    assert.equal(await page.locator('script[src*="chart"], canvas').count(), 0, 'no chart library');

    // It follows the answers, and the language.
    await openView(page, 'Chấm điểm');
    await item(page, '2.3').locator('input').first().fill('');
    await item(page, '2.1').locator('input').nth(0).fill('45');
    await item(page, '2.1').locator('input').nth(1).fill('50');
    await item(page, '2.2').locator('input').nth(0).fill('1');
    await item(page, '2.2').locator('input').nth(1).fill('3');   // 15 + 5 of 40: 50%
    await page.getByRole('button', { name: 'English' }).click();
    await openView(page, 'Chart');
    assert.deepEqual(await chart.locator('.chart-value').allTextContents(), ['100%', '37.5%', '0%', '0%']);
  } finally {
    await app.close();
  }
});
