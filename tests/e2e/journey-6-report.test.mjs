// Journey 6: the self-assessment report, a page of its own (report.html#draft=ID) laid out as an
// administrative document: the official table with area subtotals and the total as its annex,
// printed on A4 (the page's chrome hidden) with the Quốc hiệu, the date line, the signature
// block, page numbers, penalties as −0,5 and the SHA-256 of the signed score file (with its QR
// code); the same table as CSV in UTF-8 with a byte-order mark and semicolons; Ctrl+P on the form
// prints the report; usable at 390 px.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { ROOT, addEvidence, createDraft, download, item, openSection, startApp, startDraftWithArea1 } from './harness.mjs';
import { createKey } from './signing.mjs';

// The old report (the form's "Báo cáo" view, before this page) printed the department set's new
// draft on six A4 pages, measured on the build before this page.
const OLD_REPORT_PAGES = 6;

/** The report's pages as { text, width, height }, printed to PDF with the page's own @page size. */
async function printedPages(page, dir) {
  const file = join(dir, 'report.pdf');
  writeFileSync(file, await page.pdf({ preferCSSPageSize: true }));
  const read = spawnSync(join(ROOT, '.venv', 'bin', 'python'), [join(ROOT, 'tests', 'e2e', 'pdf-text.py'), file], { encoding: 'utf8' });
  assert.equal(read.status, 0, read.stderr);
  return JSON.parse(read.stdout);
}

test('the report page: the table, the CSV, the printed document with the signed file, Ctrl+P, 390 px', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  const dir = mkdtempSync(join(tmpdir(), 'parscore-report-'));
  try {
    await startDraftWithArea1(page, baseUrl, 'teaching-demo.json', { name: 'Sở Tư pháp', code: 'S01' });
    await addEvidence(page, '1.1', { number: '125/KH-UBND', date: '2026-01-10', title: 'Kế hoạch CCHC năm 2026' });
    await item(page, '1.2').getByLabel(/Giải trình/).fill('Phân công ở phụ lục');

    // "Báo cáo" is a link to the report page, with the draft in its address.
    await page.locator('#open-report').click();
    await page.waitForURL(/report\.html#draft=/);
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
    // The summary: the band as the set titles it, and the survey part still pending.
    assert.equal(await page.locator('#doc-band').textContent(), 'Xếp loại: Yếu.');
    assert.match(await page.locator('#doc-survey').textContent(), /^Phần điều tra xã hội học \(2\/2 tiêu chí\)/);
    assert.equal(await page.locator('#doc-agency').textContent(), 'SỞ TƯ PHÁP');
    // No score file signed yet: said on screen, not printed.
    await page.locator('#doc-not-signed').waitFor();

    // CSV: UTF-8 with a BOM and semicolons (Excel set to Vietnamese opens it in columns), read back.
    const csv = await download(page, page.locator('#report-csv'));
    assert.equal(csv.name, 'Sở Tư pháp 2026.csv');
    assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
    assert.equal(lines[0], 'STT;Tiêu chí;Điểm tối đa;Điểm tự đánh giá;Tài liệu kiểm chứng;Giải trình / Ghi chú');
    assert.equal(lines[1], '1;Lập kế hoạch;20;20;;');
    assert.equal(lines[2], '1.1;Nộp kế hoạch năm đúng hạn;10;10;125/KH-UBND, 10/01/2026, Kế hoạch CCHC năm 2026;');
    assert.ok(lines.includes(';Tổng điểm;100;20;;'), lines.join('\n'));
    assert.ok(lines.filter((l) => l).every((l) => l.split(';').length === 6), 'six columns on every line');

    // English numbers in English.
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await table.locator('thead th').nth(3).textContent(), 'Self-assessed points');
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();

    // A department's set with a penalty of half a point per letter, signed, then printed.
    await page.locator('#agency-page').click();
    await page.locator('#open-drafts').click();
    await page.locator('.set-list').waitFor();
    await createDraft(page, 'department-camau-1880-2013.json', { name: 'Sở Minh Hoạ', code: 'SMH', year: '2025' });
    await openSection(page, '−');
    await item(page, 'TR2').locator('input').first().fill('1');
    await page.locator('#open-sign').click();
    await page.locator('.sign-no-key').waitFor();
    await createKey(page, 'mật khẩu của sở');
    await page.locator('#back-to-signing').click();
    const signed = await signAndExportHere(page);
    const sha256 = createHash('sha256').update(signed.bytes).digest('hex');

    // Ctrl+P on the form opens the report with its print flag; it prints once, when drawn.
    await page.addInitScript(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
    await page.locator('#agency-page').click();
    await page.locator('.total-bar').waitFor();
    await page.keyboard.press('Control+P');
    await page.waitForURL(/report\.html#draft=[^&]+$/);
    await page.locator('.report-doc').waitFor();
    await page.waitForFunction(() => window.__printed === 1);
    assert.equal(await page.locator('#doc-sha').textContent(), sha256, 'the file as downloaded');
    assert.equal(await page.locator('#doc-qr path').count(), 1);
    assert.equal(await page.locator('#doc-qr [style]').count(), 0, 'no inline style: the CSP refuses them');
    assert.equal(await row('TR2').locator('td').nth(3).textContent(), '−0,5');

    // Printing: only the document, on A4, with its page numbers.
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.app-header', '#doc-not-signed']) {
      assert.equal(await page.locator(chrome).isVisible(), false, `${chrome} is hidden in print`);
    }
    const pages = await printedPages(page, dir);
    await page.emulateMedia({ media: 'screen' });
    // A4 is 595.28 × 841.89 points.
    for (const p of pages) assert.ok(Math.abs(p.width - 595.3) < 2 && Math.abs(p.height - 841.9) < 2, `${p.width} × ${p.height}`);
    // Chromium places Vietnamese glyphs one by one, so the extracted text has spaces inside
    // words ("Đi ể m"): compared without any whitespace.
    const flat = (text) => text.normalize('NFC').replace(/\s+/g, '');
    const text = flat(pages.map((p) => p.text).join(''));
    for (const expected of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'SỞ MINH HOẠ', 'Số: ……/BC-SMH',
      '……………, ngày …… tháng …… năm ……', 'BÁO CÁO', 'Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025',
      'Nơi nhận:', 'THỦ TRƯỞNG CƠ QUAN', '(Ký tên, đóng dấu)', 'PHỤ LỤC', sha256,
    ]) {
      assert.ok(text.includes(flat(expected)), `the printed report has «${expected}»`);
    }
    // The penalty's row: TR2, its title, the block's maximum 1, and −0,5.
    assert.match(text, /TR2[^−]*1−0,5/);
    assert.ok(!text.includes(flat('Chưa có tệp điểm đã ký')), 'the on-screen hint is not printed');
    // Each page carries its number out of all, at its foot.
    pages.forEach((p, i) => {
      const lines = p.text.split('\n').map(flat);
      assert.ok(lines.includes(`${i + 1}/${pages.length}`), `page ${i + 1} is numbered: ${lines.slice(-3).join(' | ')}`);
    });
    // The old report printed this draft on six pages (its table in 9 pt, the titles
    // squeezed); the document takes its own page, and the annex no more than the old table did.
    assert.ok(pages.length >= 2 && pages.length <= OLD_REPORT_PAGES + 1, `${pages.length} pages`);

    // A reload does not print again: the flag has left the address.
    await page.reload();
    await page.locator('.report-doc').waitFor();
    assert.equal(await page.evaluate(() => window.__printed), 0);

    // 390 px: nothing wider than the screen but the table, which scrolls in its own box.
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scroll of the page');
    assert.ok(await page.locator('#report-print').isVisible());
    assert.ok(await page.locator('.doc-nation-name').isVisible());
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  }
});

/** On the signing page with a key: confirms the unanswered items, signs, returns the download. */
async function signAndExportHere(page) {
  await page.locator('.sign-view').waitFor();
  if (await page.locator('#sign-confirm-unanswered').count()) await page.locator('#sign-confirm-unanswered').check();
  await page.locator('#sign-passphrase').fill('mật khẩu của sở');
  const signed = await download(page, page.locator('#sign-export'));
  await page.locator('.sign-done', { hasText: signed.name }).waitFor();
  return signed;
}
