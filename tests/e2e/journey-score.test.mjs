// Journey: an official opens the app, scores a few items of the teaching set, sees the total,
// index and band follow, switches to English (which survives a reload), and opens a broken
// criteria file from disk.
//
// Expected figures, by hand from criteria/teaching-demo.json (scale 100, so index = total):
//   1.1 levels "on_time" 10 · 1.2 pass 10 · 2.1 45/50 = 90% in [80, 95) → 10
//   2.2 2/3 × 15 = 10 · 2.3 62,5% in [50, 100] → 10 · 3.1 1 fault: 10 − 2 = 8
//   3.2 manual 7,25 (with a justification) → 65,25 in total: band Khá [65, 80).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { chooseBuiltInSet, item, openPicker, openSection, ROOT, startApp, totals } from './harness.mjs';

test('score the teaching set, switch to English, reject a broken file', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    // Vietnamese by default.
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    await page.getByRole('heading', { name: 'Chọn bộ tiêu chí', exact: true }).waitFor();

    await chooseBuiltInSet(page, 'teaching-demo.json');
    assert.deepEqual(await totals(page), { points: '0', index: '0,00%', band: 'Yếu' });

    // Area 1: a level and a yes/no.
    const level = item(page, '1.1').getByLabel('Mức đạt được');
    await level.selectOption('on_time');
    assert.deepEqual(await totals(page), { points: '10', index: '10,00%', band: 'Yếu' });
    // Clearing an answer empties its input and takes its points away.
    await item(page, '1.1').getByRole('button', { name: 'Xoá câu trả lời' }).click();
    assert.equal(await level.inputValue(), '');
    assert.equal((await totals(page)).points, '0');
    await level.selectOption('on_time');
    await item(page, '1.2').locator('input[type=radio][value=yes]').check();
    assert.equal((await totals(page)).points, '20');

    // Area 2: a ratio in bands, a proportional ratio, a percent typed with a decimal comma.
    await openSection(page, '2');
    await item(page, '2.1').locator('input').nth(0).fill('45');
    await item(page, '2.1').locator('input').nth(1).fill('50');
    assert.equal((await totals(page)).points, '30');
    await item(page, '2.2').locator('input').nth(0).fill('2');
    await item(page, '2.2').locator('input').nth(1).fill('3');
    assert.equal((await totals(page)).points, '40');
    await item(page, '2.3').locator('input').fill('62,5');
    assert.deepEqual(await totals(page), { points: '50', index: '50,00%', band: 'Trung bình' });

    // Area 3: a typo is kept and reported at its field, then corrected.
    await openSection(page, '3');
    const faults = item(page, '3.1').locator('input');
    await faults.fill('2x');
    assert.equal(await faults.inputValue(), '2x');
    assert.equal(await faults.getAttribute('aria-invalid'), 'true');
    await item(page, '3.1').locator('.field-problem', { hasText: '«2x» không phải là số nguyên' }).waitFor();
    assert.equal((await totals(page)).points, '50');
    await faults.fill('1');
    assert.equal((await totals(page)).points, '58');

    // Manual points count only with a justification.
    await item(page, '3.2').getByLabel('Điểm tự chấm').fill('7,25');
    await item(page, '3.2').locator('.field-problem', { hasText: 'cần ghi lý do' }).waitFor();
    assert.equal((await totals(page)).points, '58');
    await item(page, '3.2').getByLabel('Lý do chấm điểm').fill('Báo cáo đủ nội dung, thiếu số liệu quý IV');
    assert.deepEqual(await totals(page), { points: '65,25', index: '65,25%', band: 'Khá' });

    // The navigation shows each area's progress and points.
    const area3 = page.locator('.section-link.current');
    assert.match(await area3.textContent(), /đã chấm 2\/2/);
    assert.match(await area3.textContent(), /15,25\/20 điểm/);

    // English, kept across a reload.
    await page.getByRole('button', { name: 'English' }).click();
    assert.deepEqual(await totals(page), { points: '65.25', index: '65.25%', band: 'Fair' });
    await page.reload();
    await page.getByRole('heading', { name: 'Choose a criteria set', exact: true }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');

    // A broken criteria file from disk: its located problems are listed, as text.
    const broken = JSON.parse(readFileSync(join(ROOT, 'criteria', 'teaching-demo.json'), 'utf8'));
    broken.nodes[0].children[0].max = '12';
    await page.setInputFiles('#criteria-file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken, null, 2)),
    });
    const errors = page.locator('.file-section .load-errors');
    await errors.waitFor();
    assert.match(await errors.textContent(), /broken\.json/);
    assert.ok((await errors.locator('li').count()) >= 1);
    assert.match(await errors.locator('li').first().textContent(), /^1(\.1)? /);
  } finally {
    await app.close();
  }
});
