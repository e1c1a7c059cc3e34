// Journey: the authority's page loads its spreadsheet code (the parscore-sheets worker) only when
// a workbook is read or written. Opening the page requests none of its files; importing an XLSX
// roster starts it and the roster loads; exporting the register as XLSX is read back; the CSV
// export needs no worker. The same with the network off after one visit (the service worker
// precached it), and in the single file opened from file://, where the worker is made from the
// copy the file carries; a browser that refuses workers is told so.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { openAuthority } from './authority.mjs';
import { builtFile, download, ROOT, startApp } from './harness.mjs';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const AGENCIES = [['SNV', 'Sở Nội vụ', 'Sở'], ['STP', 'Sở Tư pháp', 'Sở'], ['XAB', 'Xã A Bình', 'Xã']];

/** An XLSX workbook made by openpyxl (as Excel would): `rows` on its first worksheet. */
function workbook(rows) {
  const script = 'import sys, json, io, openpyxl\n'
    + 'book = openpyxl.Workbook()\nws = book.active\n'
    + 'for row in json.loads(sys.stdin.read()): ws.append(row)\n'
    + 'out = io.BytesIO()\nbook.save(out)\nsys.stdout.buffer.write(out.getvalue())\n';
  return execFileSync(join(ROOT, '.venv', 'bin', 'python'), ['-c', script], { input: JSON.stringify(rows) });
}

/** Rows of the first worksheet of an XLSX file, read by openpyxl. */
function xlsxRows(bytes) {
  const script = 'import sys, json, io, openpyxl\n'
    + 'ws = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read())).worksheets[0]\n'
    + 'print(json.dumps([list(row) for row in ws.iter_rows(values_only=True)], default=str))\n';
  return JSON.parse(execFileSync(join(ROOT, '.venv', 'bin', 'python'), ['-c', script], { input: bytes, encoding: 'utf8' }));
}

/** The worker's files the page asked for so far. */
function sheetsRequests(requests) {
  return requests.filter((url) => /parscore-sheets/.test(url));
}

async function rosterFromWorkbook(page) {
  const roster = workbook([['Mã', 'Tên', 'Nhóm'], ...AGENCIES]);
  await page.setInputFiles('#roster-file', { name: 'danh-sach.xlsx', mimeType: XLSX, buffer: roster });
  await page.locator('#roster-loaded', { hasText: `danh-sach.xlsx: ${AGENCIES.length} đơn vị` }).waitFor();
  assert.equal(await page.locator('#register-table tbody tr').count(), AGENCIES.length);
  const register = await download(page, page.locator('#export-register-xlsx'));
  assert.equal(register.name, 'so-tiep-nhan.xlsx');
  const codes = xlsxRows(register.bytes).slice(3).map((row) => row[1]);
  assert.deepEqual(codes, AGENCIES.map((a) => a[0]));
}

test('the spreadsheet worker is fetched on the first workbook, not when the page opens', async () => {
  const app = await startApp();
  const page = await app.newPage({ width: 1366, height: 900 });
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  try {
    await openAuthority(page, `${app.baseUrl}authority.html`);
    assert.ok(requests.some((url) => url.endsWith('parscore-authority_bg.wasm')), 'the page loaded its own wasm');
    assert.deepEqual(sheetsRequests(requests), [], 'no spreadsheet code on opening');

    // A CSV export is the page's own: still no worker.
    await page.setInputFiles('#roster-file', { name: 'a.csv', mimeType: 'text/csv', buffer: Buffer.from('Mã;Tên;Nhóm\nSNV;Sở Nội vụ;Sở\n') });
    await page.locator('#roster-loaded', { hasText: 'a.csv: 1 đơn vị' }).waitFor();
    const csv = await download(page, page.locator('#export-register-csv'));
    assert.equal(csv.name, 'so-tiep-nhan.csv');
    assert.deepEqual(sheetsRequests(requests), []);

    await rosterFromWorkbook(page);
    const fetched = sheetsRequests(requests).map((url) => url.slice(url.lastIndexOf('/') + 1)).sort();
    assert.deepEqual(fetched, ['parscore-sheets.js', 'parscore-sheets_bg.wasm', 'parscore-sheets_loader.js']);
    // Started once: the export reused it.
    assert.equal(sheetsRequests(requests).filter((url) => url.endsWith('.wasm')).length, 1);
  } finally {
    await app.close();
  }
});

test('after one visit, a workbook is read and written with the network off', async () => {
  const app = await startApp();
  const { page, context, baseUrl } = app;
  try {
    await openAuthority(page, `${baseUrl}authority.html`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await context.setOffline(true);
    app.stopServer();
    await openAuthority(page, `${baseUrl}authority.html`);
    await rosterFromWorkbook(page);
  } finally {
    await app.close();
  }
});

test("a workbook in the authority's single file from file://", async () => {
  const app = await startApp();
  const page = await app.newPage({ width: 390, height: 844 });
  try {
    await openAuthority(page, pathToFileURL(builtFile('parscore-authority-offline.html')).href);
    await rosterFromWorkbook(page);
    assert.equal(await page.locator('#sheets-problem').count(), 0);
  } finally {
    await app.close();
  }
});

test('a browser that refuses workers is told so in Vietnamese, and the page waits for nothing', async () => {
  const app = await startApp({ initScript: 'window.Worker = function () { throw new Error("blocked"); };' });
  const page = await app.newPage({ width: 768, height: 900 });
  try {
    await openAuthority(page, `${app.baseUrl}authority.html`);
    await page.setInputFiles('#roster-file', { name: 'danh-sach.xlsx', mimeType: XLSX, buffer: workbook([['Mã', 'Tên', 'Nhóm'], ...AGENCIES]) });
    await page.locator('#sheets-problem', { hasText: 'Web Worker bị chặn' }).waitFor();
    assert.equal(await page.locator('#sheets-working').count(), 0);
    assert.equal(await page.locator('#roster-loaded').count(), 0);
  } finally {
    await app.close();
  }
});
