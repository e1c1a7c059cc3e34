// Measure: a 40-row criteria table (4 areas of 9 criteria) typed in the editor by keyboard only,
// key by key: Enter for the next row, Alt+Enter for a child, Alt+← to go back up a level, Tab
// between fields. Reports how long the page took and how many keys were pressed (a measurement,
// not a timed assertion); asserts the tree that results.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openAuthority } from './authority.mjs';
import { startApp } from './harness.mjs';

const AREAS = ['Công tác chỉ đạo, điều hành', 'Cải cách thể chế', 'Cải cách thủ tục hành chính', 'Cải cách tổ chức bộ máy'];

test('40 rows typed by keyboard', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openAuthority(page, `${baseUrl}authority.html#bo-tieu-chi`);
    await page.locator('#ed-new').click();
    await page.locator('.ed-tree [data-code="1"]').click();
    await page.locator('#ed-titlevi').focus();
    let keys = 0;
    const type = async (text) => {
      await page.keyboard.type(text);
      keys += [...text].length;
    };
    const press = async (key) => {
      await page.keyboard.press(key);
      keys += 1;
    };
    // Title, then Tab past the English title to the maximum.
    const row = async (title, max) => {
      await type(title);
      await press('Tab');
      await press('Tab');
      await type(max);
    };
    const started = Date.now();
    for (const [a, area] of AREAS.entries()) {
      if (a > 0) {
        // The next row after the last criterion, brought up to the areas' level; its code typed.
        await press('Enter');
        await press('Alt+ArrowLeft');
        await page.locator('#ed-code').focus();
        await press('Control+A');
        await type(String(a + 1));
        await page.locator('#ed-titlevi').focus();
      }
      await row(area, '18');
      await press('Alt+Enter');
      for (let i = 1; i <= 9; i++) {
        if (i > 1) await press('Enter');
        await row(`Tiêu chí ${a + 1}.${i} của lĩnh vực ${area.toLowerCase()}`, '2');
      }
    }
    await page.locator('.ed-tree [role=treeitem]').nth(39).waitFor();
    const seconds = (Date.now() - started) / 1000;
    const codes = await page.locator('.ed-tree [role=treeitem]').evaluateAll((rows) => rows.map((r) => r.dataset.code));
    assert.equal(codes.length, 40);
    assert.deepEqual(codes.slice(0, 3), ['1', '1.1', '1.2']);
    assert.deepEqual(codes.slice(-2), ['4.8', '4.9']);
    assert.equal(codes.filter((c) => !c.includes('.')).length, 4);
    assert.equal(await page.locator('.ed-tree [data-code="4.9"] .ed-title').textContent(), `Tiêu chí 4.9 của lĩnh vực ${AREAS[3].toLowerCase()}`);
    console.log(`MEASURE editor-keyboard: 40 rows, ${keys} keys, ${seconds.toFixed(1)} s in the page`);
  } finally {
    await app.close();
  }
});
