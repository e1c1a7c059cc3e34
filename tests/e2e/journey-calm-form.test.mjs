// A calm form and the agency's details (issue 15), at a phone's, a tablet's and an office PC's
// width: a new draft shows no error until the user interacts, the band reads "Chưa xếp loại"
// until something is answered, the set's items read the same count on every screen, each "why"
// toggle names what it explains, and the agency's details are edited on the open draft: a bad
// code refused at its field, a good one kept after a reload; axe finds nothing serious there.
//
// The Huế communes' set: 42 scored items, of which 34 self-assessed, 5 survey, 3 bonus/penalty.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';

import { createDraft, item, openPicker, startApp, tabBoxes, totals } from './harness.mjs';

const SET = 'commune-hue-2204-2022.json';
const WIDTHS = [390, 768, 1366];

for (const width of WIDTHS) {
  test(`a calm new draft and editable agency details at ${width} px`, async () => {
    const app = await startApp();
    const page = await app.newPage({ width, height: 844 });
    try {
      await openPicker(page, app.baseUrl);
      // The set's card counts the items as the form will.
      const count = await page.locator(`.set-card[data-file="${SET}"] .set-count`).textContent();
      assert.match(count, /^34 tiêu chí tự chấm · 5 tiêu chí do điều tra xã hội học chấm · 3 mục điểm thưởng, điểm trừ/);
      await createDraft(page, SET, { name: 'UBND xã Phú Mậu', code: 'X02' });

      // Calm: "bắt buộc" is a hint, nothing is invalid, no problem is shown, no band yet.
      assert.equal(await page.locator('[aria-invalid="true"]').count(), 0);
      assert.equal(await page.locator('.field-problem').count(), 0);
      assert.equal(await page.locator('.scoring-main .required').count(), 0);
      assert.ok(await page.locator('.scoring-main .required-hint').count() > 0, 'the requirement is still said');
      assert.equal((await totals(page)).band, 'Chưa xếp loại');

      // Submitting is the primary action, in sight at every width; the unsigned file is secondary.
      const sign = page.locator('#open-sign');
      assert.match(await sign.getAttribute('class'), /\bbutton-primary\b/);
      const box = await sign.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, `"Ký và xuất" in sight: ${JSON.stringify(box)}`);
      // Each view's label on one line and every view in sight (at 390 px four in a row had wrapped
      // "Chấm điểm" and "Điểm bị mất ở đâu" onto two and three lines).
      const tabs = await tabBoxes(page, '.view-tabs > .view-tab');
      assert.equal(tabs.length, 4, JSON.stringify(tabs));
      for (const tab of tabs) {
        assert.equal(tab.lines, 1, `"${tab.text}" on one line at ${width} px: ${JSON.stringify(tabs)}`);
        assert.ok(tab.left >= 0 && tab.right <= width, `"${tab.text}" in sight at ${width} px`);
      }
      const draftFile = page.getByRole('button', { name: 'Lưu tệp bản nháp' });
      assert.match(await draftFile.getAttribute('class'), /\bbutton-quiet\b/);

      // The same count everywhere: the progress, the areas' navigation (bonus and penalty apart).
      assert.equal(await page.locator('#total-answered').textContent(), '0/34');
      const progress = await page.locator('.section-progress').allTextContents();
      const areas = progress.map((text) => /đã chấm \d+\/(\d+)/.exec(text)).filter(Boolean);
      assert.equal(areas.reduce((sum, m) => sum + Number(m[1]), 0), 34, progress.join(' | '));
      assert.ok(progress.some((text) => /mục, không bắt buộc/.test(text)), progress.join(' | '));
      assert.equal(await page.locator('.survey-once').count(), 1, 'the survey is explained once');

      // Each "why" toggle names what it explains.
      const why = item(page, '1.2.1').locator('details.why > summary');
      assert.equal(await why.textContent(), 'Vì sao mục 1.2.1 có 0 điểm');
      assert.match(await page.locator('.total-bar details.why > summary').textContent(), /^Vì sao tổng điểm là 0$/);

      // Answering an item makes its missing explanation an error; the others stay calm.
      await item(page, '1.2.1').locator('input[type=radio][value=yes]').check();
      const note = item(page, '1.2.1').getByLabel(/Giải trình \/ Ghi chú/);
      assert.equal(await note.getAttribute('aria-invalid'), 'true');
      await item(page, '1.2.1').locator('.field-problem').waitFor();
      assert.equal(await item(page, '1.1.1').locator('[aria-invalid="true"]').count(), 0);
      assert.notEqual((await totals(page)).band, 'Chưa xếp loại');
      assert.equal(await page.locator('#total-answered').textContent(), '1/34');

      // The agency's details: a bad code is refused at its field, the year questioned, not refused.
      await page.locator('#details-edit').click();
      await page.locator('#details-name').waitFor();
      const axe = await new AxeBuilder({ page }).include('.agency-details')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const serious = axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
      await page.locator('#details-code').fill('X 02/PM');
      await page.locator('#details-year').fill('2020');
      await page.locator('#details-year-warning', { hasText: 'trước khi ban hành 2204/QĐ-UBND' }).waitFor();
      await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
      await page.locator('#details-code-problem', { hasText: '«X 02/PM» không dùng được làm mã đơn vị' }).waitFor();
      assert.equal(await page.locator('#details-code').getAttribute('aria-invalid'), 'true');
      const again = await new AxeBuilder({ page }).include('.agency-details').analyze();
      assert.deepEqual(again.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => v.id), []);
      await page.locator('#details-code').fill('X02-PM');
      await page.locator('#details-name').fill('UBND xã Phú Mậu (mới)');
      await page.locator('#details-year').fill('2025');
      await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
      await page.locator('.details-saved').waitFor();
      assert.match(await page.locator('#details-summary').textContent(), /UBND xã Phú Mậu \(mới\) · X02-PM · .* · 2025/);

      // Kept after a reload, with the answer; the answered item is still flagged, the others calm.
      await page.reload();
      await page.locator('#details-summary').waitFor();
      assert.match(await page.locator('#details-summary').textContent(), /UBND xã Phú Mậu \(mới\) · X02-PM · .* · 2025/);
      assert.equal(await page.locator('#total-answered').textContent(), '1/34');
      assert.equal(await item(page, '1.1.1').locator('[aria-invalid="true"]').count(), 0);
    } finally {
      await app.close();
    }
  });
}
