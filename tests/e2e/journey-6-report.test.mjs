// Journey 6: the self-assessment report: the official table with area subtotals and the total,
// printed on clean A4 pages (the app's chrome hidden), and the same table as CSV in UTF-8 with a
// byte-order mark.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { addEvidence, download, item, openView, startApp, startDraftWithArea1 } from './harness.mjs';

test('view, print and export the report table', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await startDraftWithArea1(page, baseUrl, 'teaching-demo.json', { name: 'Sở Tư pháp', code: 'S01' });
    await addEvidence(page, '1.1', { number: '125/KH-UBND', date: '2026-01-10', title: 'Kế hoạch CCHC năm 2026' });
    await item(page, '1.2').getByLabel(/Giải trình/).fill('Phân công ở phụ lục');

    await openView(page, 'Báo cáo');
    const table = page.locator('.report-table');
    await table.waitFor();
    assert.deepEqual(await table.locator('thead th').allTextContents(),
      ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Giải trình / Ghi chú']);
    const row = (code) => table.locator(`tbody tr[data-code="${code}"]`);
    assert.deepEqual(await row('1').locator('td, th').allTextContents(), ['1', 'Lập kế hoạch', '20', '20', '', '']);
    assert.deepEqual(await row('1.1').locator('td').allTextContents(),
      ['1.1', 'Nộp kế hoạch năm đúng hạn', '10', '10', '125/KH-UBND, 10/01/2026, Kế hoạch CCHC năm 2026', '']);
    assert.equal(await row('1.2').locator('td').nth(5).textContent(), 'Phân công ở phụ lục');
    assert.match(await row('2.1').locator('td').nth(5).textContent(), /Chưa có tài liệu kiểm chứng, chưa giải trình/);
    assert.equal(await row('4.1').locator('td').nth(3).textContent(), '—');
    const total = table.locator('tr.row-total');
    assert.deepEqual((await total.locator('td, th').allTextContents()).slice(1, 4), ['Tổng điểm', '100', '20']);

    // Printing: only the report, on A4.
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.app-header', '.total-bar', '.draft-toolbar', '.report-actions']) {
      assert.equal(await page.locator(chrome).isVisible(), false, `${chrome} is hidden in print`);
    }
    assert.ok(await table.isVisible());
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = pdf.match(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/);
    assert.ok(box, 'the PDF has a page size');
    // A4 is 595.28 × 841.89 points; Chromium rounds to its own pixel grid.
    assert.ok(Math.abs(Number(box[1]) - 595.3) < 2 && Math.abs(Number(box[2]) - 841.9) < 2, box[0]);
    await page.emulateMedia({ media: 'screen' });

    // CSV: UTF-8 with a BOM, the same columns and rows.
    const csv = await download(page, page.getByRole('button', { name: 'Tải bảng CSV' }));
    assert.equal(csv.name, 'Sở Tư pháp 2026.csv');
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    assert.equal(lines[0], 'STT,Tiêu chí,Điểm tối đa,Điểm tự đánh giá,Tài liệu kiểm chứng,Giải trình / Ghi chú');
    assert.equal(lines[1], '1,Lập kế hoạch,20,20,,');
    assert.equal(lines[2], '1.1,Nộp kế hoạch năm đúng hạn,10,10,"125/KH-UBND, 10/01/2026, Kế hoạch CCHC năm 2026",');
    assert.ok(lines.includes(',Tổng điểm,100,20,,'), lines.join('\n'));

    // English numbers in English.
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await table.locator('thead th').nth(3).textContent(), 'Self-assessed points');
  } finally {
    await app.close();
  }
});
