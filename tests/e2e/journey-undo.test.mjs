// Undo (issue 15), at a phone's, a tablet's and an office PC's width, on the Huế communes' set:
// clearing an answer or removing evidence shows "Đã xoá …" at the foot of the window with
// "Hoàn tác"; the button and Ctrl+Z put the item back, total included, and the restored draft is
// what a reload finds; Ctrl+Z inside a text field stays the browser's undo of typing; once the
// user goes on the notice goes and Ctrl+Z still undoes; the notice never covers the total bar;
// axe finds nothing serious.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';

import { addEvidence, createDraft, item, openPicker, startApp, totals } from './harness.mjs';

const SET = 'commune-hue-2204-2022.json';

for (const width of [390, 768, 1366]) {
  test(`undoing a cleared answer and removed evidence at ${width} px`, async () => {
    const app = await startApp();
    const page = await app.newPage({ width, height: 844 });
    try {
      await openPicker(page, app.baseUrl);
      await createDraft(page, SET, { name: 'UBND xã Phú Mậu', code: 'X02' });
      const card = item(page, '1.2.1');
      const notice = page.locator('.undo-notice');
      const yes = card.locator('input[type=radio][value=yes]');
      assert.equal(await notice.count(), 0, 'nothing to undo on a new draft');

      await yes.check();
      await addEvidence(page, '1.2.1', { number: '01/KH-UBND', title: 'Kế hoạch CCHC năm 2025' });
      const answered = await totals(page);
      await card.getByRole('button', { name: 'Xoá câu trả lời' }).click();
      assert.equal(await yes.isChecked(), false);
      assert.notDeepEqual(await totals(page), answered);
      assert.match(await notice.textContent(), /^Đã xoá câu trả lời của mục 1\.2\.1\.Hoàn tác$/);

      // Within the window, below the total bar, whatever the width.
      const box = await notice.boundingBox();
      const bar = await page.locator('.total-bar').boundingBox();
      assert.ok(box.x >= 0 && box.x + box.width <= width && box.y + box.height <= 844, JSON.stringify(box));
      assert.ok(box.y >= bar.y + bar.height, 'the notice does not cover the total bar');
      const axe = await new AxeBuilder({ page }).include('.undo-notice')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const serious = axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);

      await notice.getByRole('button', { name: 'Hoàn tác' }).click();
      assert.equal(await yes.isChecked(), true, 'the answer is back');
      assert.deepEqual(await totals(page), answered, 'and its points');
      assert.equal(await notice.count(), 0);

      // Removing evidence; Ctrl+Z in a text field is the field's own undo, not the draft's.
      await card.getByRole('button', { name: 'Bỏ tài liệu này' }).click();
      assert.equal(await card.getByLabel('Trích yếu').count(), 0);
      assert.match(await notice.textContent(), /^Đã xoá tài liệu kiểm chứng thứ 1 của mục 1\.2\.1\./);
      const note = item(page, '1.2.2').getByLabel(/Giải trình \/ Ghi chú/);
      await note.fill('Đang bổ sung');
      assert.equal(await notice.count(), 0, 'the user went on: the notice goes');
      await note.press('Control+KeyZ');
      assert.equal(await card.getByLabel('Trích yếu').count(), 0, 'Ctrl+Z in a note leaves the evidence removed');
      await note.fill('');

      // Outside a field, Ctrl+Z still undoes.
      await page.locator('.total-bar').click();
      await page.keyboard.press('Control+KeyZ');
      assert.equal(await card.getByLabel('Trích yếu').inputValue(), 'Kế hoạch CCHC năm 2025');
      assert.equal(await card.getByLabel('Số, ký hiệu').inputValue(), '01/KH-UBND');

      // What was put back is saved.
      await page.reload();
      await page.waitForSelector('article.item[data-code="1.2.1"]');
      assert.equal(await item(page, '1.2.1').locator('input[type=radio][value=yes]').isChecked(), true);
      assert.equal(await item(page, '1.2.1').getByLabel('Trích yếu').inputValue(), 'Kế hoạch CCHC năm 2025');
      assert.deepEqual(await totals(page), answered);
    } finally {
      await app.close();
    }
  });
}
