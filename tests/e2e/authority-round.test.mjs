// Journey: a whole round on the authority's page with 30 agencies made by the command line
// (tests/e2e/round.mjs). Load the keyring, the received files, the roster and the deadline; the
// intake register shows the missing, late, tampered, superseded and unregistered-signer cases
// (the last never as verified); survey results with located errors, then the right ones; the
// ranking per group is the one `parscore rank` computes; the register and the results exported as
// XLSX and CSV and read back (openpyxl); the annex printed to PDF (A4 landscape); axe finds no
// serious violation in the round's section. At 1366 px, then
// at 390 px, then the same round in the single file opened from file://.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';

import { openAuthority } from './authority.mjs';
import { builtFile, download, ROOT, startApp } from './harness.mjs';
import { checkRegister, importSurvey, loadRound, makeRound, MISSING, openPart, pageRanking } from './round.mjs';
import { parscore } from './signing.mjs';

const round = makeRound();

/** The ranking `parscore rank` computes from the same files, grouped like the page's. */
function cliRanking() {
  const files = round.files.map((f) => join(round.dir, f.name));
  const ranked = parscore('rank', ...files, '--criteria', 'criteria', '--keyring', join(round.dir, 'keyring.json'),
    '--roster', join(round.dir, 'roster.csv'), '--survey', join(round.dir, 'survey.csv'), '--json');
  assert.equal(ranked.status, 0, ranked.stdout);
  const results = JSON.parse(ranked.stdout.slice(ranked.stdout.indexOf('{')));
  const groups = [];
  for (const a of results.agencies) {
    let group = groups.find((g) => g.group === a.group);
    if (!group) groups.push(group = { group: a.group, rows: [] });
    group.rows.push([a.code, a.rank, a.index.replace('.', ',')]);
  }
  return groups;
}

/** Rows of the first worksheet of an XLSX file, read by openpyxl. */
function xlsxRows(bytes, sheet = 0) {
  const script = 'import sys, json, io, openpyxl\n'
    + 'book = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read()))\n'
    + `ws = book.worksheets[${sheet}]\n`
    + 'print(json.dumps([[c for c in row] for row in ws.iter_rows(values_only=True)], default=str))\n';
  const out = execFileSync(join(ROOT, '.venv', 'bin', 'python'), ['-c', script], { input: bytes, encoding: 'utf8' });
  return JSON.parse(out);
}

async function wholeRound(page, url) {
  await openAuthority(page, url);
  await loadRound(page, round);
  await checkRegister(page);
  await importSurvey(page, round);
  await openPart(page, 'ket-qua');
  const expected = cliRanking();
  assert.deepEqual(await pageRanking(page), expected);
  assert.equal(await page.locator('#ranking-basis').textContent(), 'Xếp hạng theo điểm tự đánh giá (chưa có kết quả thẩm định)');
  return expected;
}

test('a round of 30 agencies: intake, survey results, ranking, exports and the printed annex', async () => {
  const app = await startApp();
  const page = await app.newPage({ width: 1366, height: 900 });
  try {
    const expected = await wholeRound(page, `${app.baseUrl}authority.html`);

    // The register, the results and the charts: no serious or critical accessibility violation.
    const axe = await new AxeBuilder({ page }).include('#round')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
    const serious = axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
    assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);

    // Filters: by status, then by group (the register is in the intake part).
    await openPart(page, 'tiep-nhan');
    await page.selectOption('#status-filter', 'missing');
    assert.deepEqual(await page.locator('#register-table tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.code)), [MISSING]);
    await page.selectOption('#status-filter', '');
    await page.selectOption('#group-filter', 'Ban');
    assert.equal(await page.locator('#register-table tbody tr').count(), 11, 'the 10 agencies of the group, DV27 with two files');
    await page.selectOption('#group-filter', '');

    // The register as XLSX and CSV, read back.
    const registerXlsx = await download(page, page.locator('#export-register-xlsx'));
    assert.equal(registerXlsx.name, 'so-tiep-nhan.xlsx');
    const registerRows = xlsxRows(registerXlsx.bytes);
    assert.equal(registerRows[0][0], 'Sổ tiếp nhận tệp tự đánh giá');
    assert.equal(registerRows.length, 3 + 31);
    assert.ok(registerRows.some((r) => r[1] === MISSING && r[3] === 'Chưa nộp'));
    const registerCsv = await download(page, page.locator('#export-register-csv'));
    const csvLines = registerCsv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    assert.equal(csvLines.length, 1 + 31);

    // Charts (in the results part): agencies per band add up to each group's ranked agencies; one heat-map row per area.
    await openPart(page, 'ket-qua');
    for (const group of expected) {
      const section = page.locator(`.group-results[data-group="${group.group}"]`);
      // The tab draws its charts after the click: read the counts once they are there.
      await section.locator('.band-bar .bar-count').first().waitFor();
      const counts = await section.locator('.band-bar .bar-count').allTextContents();
      assert.equal(counts.reduce((sum, n) => sum + Number(n), 0), group.rows.length);
      assert.equal(await section.locator('.heat-map tbody tr').count(), 4);
      assert.equal(await section.locator('.top li').first().textContent(), `Đơn vị ${Number(group.rows[0][0].slice(2))} (${group.rows[0][0]}): ${group.rows[0][2]}`);
    }

    // The results as XLSX (ranking and band counts) and CSV, read back: the same ranks and indexes.
    const resultsXlsx = await download(page, page.locator('#export-results-xlsx'));
    const ranked = xlsxRows(resultsXlsx.bytes).slice(3);
    const flat = expected.flatMap((g) => g.rows);
    assert.deepEqual(ranked.map((r) => [r[2], r[1], String(r[5]).replace('.', ',')]), flat);
    const bands = xlsxRows(resultsXlsx.bytes, 1).slice(3);
    assert.equal(bands.reduce((sum, r) => sum + r[2], 0), flat.length);
    const resultsCsv = await download(page, page.locator('#export-results-csv'));
    const resultLines = resultsCsv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    assert.equal(resultLines.length, 1 + flat.length);
    assert.equal(resultLines[1].split(';')[2], flat[0][0]);

    // The annex printed on A4 landscape: title, decision line, page numbers.
    await page.fill('#decision-line', '(Kèm theo Quyết định số 15/QĐ-UBND ngày 20 tháng 01 năm 2026)');
    await page.evaluate(() => { window.print = () => {}; });
    await page.locator('#print-results').click();
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.annex-decision').textContent(), '(Kèm theo Quyết định số 15/QĐ-UBND ngày 20 tháng 01 năm 2026)');
    assert.equal(await page.locator('#keyring-heading').isVisible(), false, 'only the annex is printed');
    assert.ok(await page.locator('.annex-title').first().isVisible());
    const pdf = await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: false });
    const text = pdf.toString('latin1');
    assert.match(text, /%PDF-/);
    const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    assert.ok(boxes.length >= 1);
    assert.ok(boxes.every(([w, h]) => Math.round(w) === 842 && Math.round(h) === 595), `A4 landscape: ${JSON.stringify(boxes)}`);
    await page.emulateMedia({ media: 'screen' });

    // The inputs are kept: after a reload the roster and the survey results are there again.
    await page.reload();
    await page.locator('#roster-loaded').waitFor();
    await page.locator('#survey-loaded').waitFor();
  } finally {
    await app.close();
  }
});

test('the round at 390 px: the tables scroll inside their boxes, the page does not', async () => {
  const app = await startApp();
  const page = await app.newPage({ width: 390, height: 844 });
  try {
    await wholeRound(page, `${app.baseUrl}authority.html`);
    await openPart(page, 'tiep-nhan');
    await page.locator('#register-table').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow}px`);
    assert.ok(await page.locator('#register-table').isVisible());
  } finally {
    await app.close();
  }
});

test("the same round in the authority's single file from file://", async () => {
  const app = await startApp();
  try {
    const page = await app.newPage({ width: 1366, height: 900 });
    await wholeRound(page, pathToFileURL(builtFile('parscore-authority-offline.html')).href);
    const csv = await download(page, page.locator('#export-results-csv'));
    assert.ok(csv.bytes.length > 0);
  } finally {
    await app.close();
  }
});
