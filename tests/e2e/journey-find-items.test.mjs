// Finding items (issue 15), at a phone's, a tablet's and an office PC's width, and from the single
// file, on the Huế communes' set (34 self-assessed items, every one expecting evidence): "Tìm mục"
// finds titles typed without accents, a result opens its item in its section with the keyboard on
// it, Alt+N and Alt+P move to the next and previous item across sections, and "Chưa chấm" and
// "Thiếu tài liệu kiểm chứng" follow what is answered and named; axe finds nothing serious in the
// finder.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';

import { addEvidence, builtFile, createDraft, item, openPicker, startApp } from './harness.mjs';

const SET = 'commune-hue-2204-2022.json';

/** The code of the item that holds the keyboard focus. */
const focusedItem = (page) => page.evaluate(() => document.activeElement?.closest('article.item')?.dataset.code ?? null);

// Served at three widths, and from the single file (file://) at an office PC's.
for (const [width, served] of [[390, true], [768, true], [1366, true], [1366, false]]) {
  test(`finding items and moving between them at ${width} px${served ? '' : ', from the single file'}`, async () => {
    const app = await startApp();
    const page = await app.newPage({ width, height: 844 });
    try {
      await openPicker(page, served ? app.baseUrl : pathToFileURL(builtFile('parscore-offline.html')).href);
      await createDraft(page, SET, { name: 'UBND xã Phú Mậu', code: 'X02' });
      const finder = page.locator('.item-finder');
      const results = finder.locator('.finder-result');
      assert.equal(await results.count(), 0, 'no list until something is asked');

      // Words typed without accents find the titles that have them.
      await finder.getByLabel('Tìm mục').fill('ke hoach');
      const found = await results.allTextContents();
      assert.ok(found.length >= 3, found.join(' | '));
      assert.match(found[0], /^1\.1\.1 Ban hành kế hoạch CCHC năm của UBND xã · chưa chấm · thiếu tài liệu kiểm chứng$/);
      assert.ok(found.every((text) => /kế hoạch/i.test(text)), found.join(' | '));
      assert.equal(await finder.locator('.finder-count').textContent(), `${found.length} mục:`);

      // A result opens its item, in its section, with the keyboard on it.
      await results.filter({ hasText: /^2\.2\.1 / }).click();
      assert.equal(await page.locator('.section-link.current .section-code').textContent(), '2');
      assert.equal(await focusedItem(page), '2.2.1');

      // Alt+N and Alt+P: the next and previous item, across sections.
      await page.keyboard.press('Alt+KeyN');
      assert.equal(await focusedItem(page), '2.3.1');
      await page.keyboard.press('Alt+KeyN');
      assert.equal(await focusedItem(page), '3.1.1');
      assert.equal(await page.locator('.section-link.current .section-code').textContent(), '3');
      await item(page, '3.1.1').locator('input').first().focus();
      await page.keyboard.press('Alt+KeyP');
      assert.equal(await focusedItem(page), '2.3.1', 'from inside an input too');

      // What is left to do follows the answers and the evidence.
      await finder.getByLabel('Tìm mục').fill('');
      await finder.getByLabel('Chưa chấm').check();
      assert.equal(await finder.locator('.finder-count').textContent(), '34 mục:');
      await results.filter({ hasText: /^1\.2\.1 / }).click();
      await item(page, '1.2.1').locator('input[type=radio][value=yes]').check();
      assert.equal(await finder.locator('.finder-count').textContent(), '33 mục:');
      await finder.getByLabel('Thiếu tài liệu kiểm chứng').check();
      assert.equal(await finder.locator('.finder-count').textContent(), '34 mục:');
      await addEvidence(page, '1.2.1', { number: '05/BC-UBND', title: 'Báo cáo CCHC quý I' });
      assert.equal(await finder.locator('.finder-count').textContent(), '33 mục:');
      assert.equal(await results.filter({ hasText: /^1\.2\.1 / }).count(), 0);
      await finder.getByLabel('Tất cả').check();
      assert.equal(await results.count(), 0, 'every item and no words: no list');

      const axe = await new AxeBuilder({ page }).include('.item-finder')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const serious = axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
    } finally {
      await app.close();
    }
  });
}
