// The report as Excel (issue 15): the report page's "Tải Excel (.xlsx)" writes the scoring table
// with its header block (agency, code, year, set, export date, total, index, band) in the
// spreadsheet worker, fetched only on that click; read back with openpyxl: points are numbers,
// a penalty negative. Served at a phone's and a tablet's width, and from the single file (file://)
// at an office PC's.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';

import { ROOT, addEvidence, answerArea1, builtFile, createDraft, download, openPicker, startApp, startDraftWithArea1 } from './harness.mjs';

/** Rows of the first worksheet of an XLSX file, read by openpyxl. */
function xlsxRows(bytes) {
  const script = 'import sys, json, io, openpyxl\n'
    + 'ws = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read())).worksheets[0]\n'
    + 'print(json.dumps([list(row) for row in ws.iter_rows(values_only=True)], default=str))\n';
  return JSON.parse(execFileSync(join(ROOT, '.venv', 'bin', 'python'), ['-c', script], { input: bytes, encoding: 'utf8' }));
}

/** On the open report: the workbook downloaded, checked against the draft (area 1 answered). */
async function checkWorkbook(page, requests) {
  const table = page.locator('.report-table');
  await table.waitFor();
  assert.deepEqual(requests.filter((url) => /parscore-sheets/.test(url)), [], 'no spreadsheet code before the click');
  const xlsx = await download(page, page.locator('#report-xlsx'));
  assert.match(xlsx.name, /^Sở Tư pháp \d{4}\.xlsx$/);
  const rows = xlsxRows(xlsx.bytes);
  assert.match(rows[0][0], /^BÁO CÁO — Tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm \d{4}$/);
  const header = Object.fromEntries(rows.slice(1).filter((r) => r[0] && r[1] !== null && r[2] === null).slice(0, 9).map((r) => [r[0], r[1]]));
  assert.equal(header['Cơ quan'], 'Sở Tư pháp');
  assert.equal(header['Mã cơ quan'], 'S01');
  assert.equal(header['Tổng điểm'], '20 / 100');
  assert.equal(header['Xếp loại'], 'Yếu');
  assert.match(header['Ngày xuất'], /^\d{2}\/\d{2}\/\d{4}$/);
  const top = rows.findIndex((r) => r[0] === 'STT');
  assert.deepEqual(rows[top], ['STT', 'Tiêu chí', 'Điểm tối đa', 'Điểm tự đánh giá', 'Tài liệu kiểm chứng', 'Giải trình / Ghi chú']);
  const row = (stt) => rows.slice(top + 1).find((r) => r[0] === stt);
  assert.deepEqual(row('1.1').slice(0, 5), ['1.1', 'Nộp kế hoạch năm đúng hạn', 10, 10, '125/KH-UBND, 10/01/2026, Kế hoạch CCHC năm 2026']);
  assert.match(row('2.1')[5], /Chưa có tài liệu kiểm chứng, chưa giải trình/);
  assert.equal(row('4.1')[3], '—', 'the survey, not yet scored');
  assert.equal(rows.at(-1)[1], 'Tổng điểm');
  assert.equal(rows.at(-1)[3], 20, 'the total, a number');
}

for (const [width, height] of [[390, 844], [768, 1024]]) {
  test(`the report as Excel, served, at ${width} px`, async () => {
    const app = await startApp();
    const page = await app.newPage({ width, height });
    const requests = [];
    page.on('request', (r) => requests.push(r.url()));
    try {
      await startDraftWithArea1(page, app.baseUrl, 'teaching-demo.json', { name: 'Sở Tư pháp', code: 'S01' });
      await addEvidence(page, '1.1', { number: '125/KH-UBND', date: '2026-01-10', title: 'Kế hoạch CCHC năm 2026' });
      requests.length = 0;
      await page.locator('#open-report').click();
      await page.waitForURL(/report\.html#draft=/);
      const box = await page.locator('#report-xlsx').boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, 'the Excel button is on screen');
      await checkWorkbook(page, requests);
      assert.ok(requests.some((url) => /parscore-sheets/.test(url)), 'the spreadsheet worker came with the click');
    } finally {
      await app.close();
    }
  });
}

test('the report as Excel from the single files (file://)', async () => {
  const app = await startApp();
  const page = await app.newPage({ width: 1366, height: 900 });
  try {
    await openPicker(page, pathToFileURL(builtFile('parscore-offline.html')).href);
    await createDraft(page, 'teaching-demo.json', { name: 'Sở Tư pháp', code: 'S01' });
    await answerArea1(page);
    await addEvidence(page, '1.1', { number: '125/KH-UBND', date: '2026-01-10', title: 'Kế hoạch CCHC năm 2026' });
    await page.locator('#open-report').click();
    await page.waitForURL((u) => u.pathname.endsWith('/parscore-report-offline.html'));
    await checkWorkbook(page, []);
  } finally {
    await app.close();
  }
});
