// Journey 3: an official fills in the teaching set one section at a time: each kind of input,
// errors at the field that never erase what was typed, evidence with a file hashed in the
// browser, a note that is required while evidence is missing, survey items read-only.
//
// Expected figures, by hand from criteria/teaching-demo.json (scale 100, so index = total):
//   1.1 levels "on_time" 10 · 1.2 pass 10 · 2.1 45/50 = 90% in [80, 95) → 10
//   2.2 2/3 × 15 = 10 · 2.3 62,5% in [50, 100] → 10 · 3.1 1 fault: 10 − 2 = 8
//   3.2 manual 7,25 (with a justification) → 65,25 in total: band Khá [65, 80).

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { item, openPicker, openSection, ROOT, startApp, totals } from './harness.mjs';

test('fill in every kind of item, with evidence, notes and errors at the field', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    // The set comes from disk, with markup in a title: it must show as text.
    const set = JSON.parse(readFileSync(join(ROOT, 'criteria', 'teaching-demo.json'), 'utf8'));
    set.nodes[0].children[0].title.vi = 'Nộp <b>kế hoạch</b> năm đúng hạn';
    await page.setInputFiles('#criteria-file', {
      name: 'teaching.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(set)),
    });
    await page.getByLabel('Tên cơ quan, đơn vị').fill('Sở Tư pháp');
    await page.getByRole('button', { name: 'Tạo bản tự đánh giá' }).click();
    await page.locator('.total-bar').waitFor();
    // Nothing answered yet: not rated, rather than the lowest band.
    assert.deepEqual(await totals(page), { points: '0', index: '0,00%', band: 'Chưa xếp loại' });
    const place = async () => (await page.locator('#total-answered').boundingBox()).x;
    const answeredAt = await place();
    assert.match(await item(page, '1.1').locator('.item-title').textContent(), /Nộp <b>kế hoạch<\/b> năm/);
    assert.equal(await item(page, '1.1').locator('.item-title b').count(), 0);

    // Area 1: a level and a yes/no; each item shows its code, title, maximum and rule.
    const head = await item(page, '1.1').locator('.item-head').textContent();
    assert.match(head, /1\.1/);
    assert.match(head, /0\/10 điểm/);
    assert.match(await item(page, '1.1').locator('.rule').textContent(), /Ban hành đúng thời hạn: 10 điểm/);
    const level = item(page, '1.1').getByLabel('Mức đạt được');
    await level.selectOption('on_time');
    assert.deepEqual(await totals(page), { points: '10', index: '10,00%', band: 'Yếu' });
    await item(page, '1.1').getByRole('button', { name: 'Xoá câu trả lời' }).click();
    assert.equal(await level.inputValue(), '');
    assert.equal((await totals(page)).points, '0');
    await level.selectOption('on_time');
    await item(page, '1.2').locator('input[type=radio][value=yes]').check();
    assert.equal((await totals(page)).points, '20');

    // The note is required while evidence is missing…
    const note = item(page, '1.1').getByLabel(/Giải trình \/ Ghi chú/);
    assert.equal(await note.getAttribute('aria-required'), 'true');
    assert.equal(await note.getAttribute('aria-invalid'), 'true');
    await item(page, '1.1').locator('.field-problem', { hasText: 'Bắt buộc giải trình' }).waitFor();
    // …and no longer once a document is given, with its file hashed here.
    await item(page, '1.1').getByRole('button', { name: 'Thêm tài liệu kiểm chứng' }).click();
    const number = item(page, '1.1').getByLabel('Số, ký hiệu');
    assert.ok(await number.evaluate((el) => el === document.activeElement), 'the new entry takes the focus');
    await page.keyboard.type('125/KH-UBND');
    await item(page, '1.1').getByLabel('Ngày ban hành').fill('2026-01-10');
    await item(page, '1.1').getByLabel('Trích yếu').fill('Kế hoạch CCHC năm 2026');
    const pdf = Buffer.from('%PDF-1.4 kế hoạch năm\n');
    await item(page, '1.1').getByLabel(/Tệp đính kèm/).setInputFiles({ name: 'kế hoạch.pdf', mimeType: 'application/pdf', buffer: pdf });
    const hash = createHash('sha256').update(pdf).digest('hex');
    await item(page, '1.1').locator('.file-hash', { hasText: hash }).waitFor();
    assert.match(await item(page, '1.1').locator('.evidence-file').textContent(), /kế hoạch\.pdf/);
    assert.equal(await note.getAttribute('aria-required'), null);
    assert.equal(await note.getAttribute('aria-invalid'), null);
    // Item 1.2: a note alone satisfies it.
    await item(page, '1.2').getByLabel(/Giải trình \/ Ghi chú/).fill('Phân công nằm trong phụ lục, chưa đánh số');
    assert.equal(await item(page, '1.2').locator('textarea[aria-invalid]').count(), 0);

    // Area 2: counts and a percent.
    await openSection(page, '2');
    await item(page, '2.1').locator('input').nth(0).fill('45');
    await item(page, '2.1').locator('input').nth(1).fill('50');
    assert.equal((await totals(page)).points, '30');
    await item(page, '2.2').locator('input').nth(0).fill('2');
    await item(page, '2.2').locator('input').nth(1).fill('3');
    assert.equal((await totals(page)).points, '40');
    await item(page, '2.3').locator('input').first().fill('62,5');
    assert.deepEqual(await totals(page), { points: '50', index: '50,00%', band: 'Trung bình' });
    // A numerator above its denominator is shown at the field and keeps what was typed.
    await item(page, '2.1').locator('input').nth(0).fill('60');
    await item(page, '2.1').locator('.field-problem', { hasText: 'tử số 60 lớn hơn mẫu số 50' }).waitFor();
    assert.equal(await item(page, '2.1').locator('input').nth(0).inputValue(), '60');
    assert.equal((await totals(page)).points, '40');
    await item(page, '2.1').locator('input').nth(0).fill('45');

    // Area 3: a typo is kept and reported at its field, then corrected.
    await openSection(page, '3');
    const faults = item(page, '3.1').locator('input').first();
    await faults.fill('2x');
    assert.equal(await faults.inputValue(), '2x');
    assert.equal(await faults.getAttribute('aria-invalid'), 'true');
    await item(page, '3.1').locator('.field-problem', { hasText: '«2x» không phải là số nguyên' }).waitFor();
    assert.equal((await totals(page)).points, '50');
    await faults.fill('1');
    assert.equal((await totals(page)).points, '58');

    // Manual points count only with a justification, and never above the maximum.
    const points = item(page, '3.2').getByLabel('Điểm tự chấm');
    await points.fill('12');
    await item(page, '3.2').locator('.field-problem', { hasText: '12 điểm nằm ngoài khoảng 0–10 điểm' }).waitFor();
    await points.fill('7,25');
    await item(page, '3.2').locator('.field-problem', { hasText: 'cần ghi lý do' }).waitFor();
    assert.equal((await totals(page)).points, '58');
    const note32 = item(page, '3.2').getByLabel(/Giải trình \/ Ghi chú/);
    assert.equal(await note32.getAttribute('aria-invalid'), 'true', 'no evidence, nothing written yet');
    await item(page, '3.2').getByLabel('Lý do chấm điểm').fill('Báo cáo đủ nội dung, thiếu số liệu quý IV');
    // One text is enough: the justification explains the missing evidence, the note is optional.
    assert.equal(await note32.getAttribute('aria-required'), null);
    assert.equal(await note32.getAttribute('aria-invalid'), null);
    assert.deepEqual(await totals(page), { points: '65,25', index: '65,25%', band: 'Khá' });
    assert.equal(await place(), answeredAt, 'the totals do not move as their figures grow');
    const area3 = page.locator('.section-link.current');
    assert.match(await area3.textContent(), /đã chấm 2\/2/);
    assert.match(await area3.textContent(), /15,25\/20 điểm/);

    // Area 4: survey items are read-only, marked as assessed by survey.
    await openSection(page, '4');
    for (const code of ['4.1', '4.2']) {
      await item(page, code).locator('.badge', { hasText: 'Đánh giá qua điều tra xã hội học' }).waitFor();
      assert.equal(await item(page, code).locator('input, select, textarea').count(), 0);
    }

    // English numbers and the singular "point".
    await page.getByRole('button', { name: 'English' }).click();
    assert.deepEqual(await totals(page), { points: '65.25', index: '65.25%', band: 'Fair' });
    await openSection(page, '1');
    const options = await item(page, '1.1').locator('option').allTextContents();
    assert.ok(options.every((o) => !/\b1 points\b/.test(o)), options.join(' | '));
  } finally {
    await app.close();
  }
});
