// The steps of a whole round on the authority's page, with appraisals, shared by the served page
// and the single files opened from file:// (tests/e2e/authority-whole-round.test.mjs). The round's
// 30 agencies come from round.mjs (made once per run); the council's key is made here with the
// command line and put in the authority page's storage before it loads, as the page keeps it.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { jsonFile } from './authority.mjs';
import { download, ROOT } from './harness.mjs';
import { code, makeRound } from './round.mjs';
import { parscore } from './signing.mjs';

/** The passphrase of every key of the round (round.mjs signs with it too). */
export const PASSPHRASE = 'authority round';
/** The two agencies appraised; the first explains. */
export const APPRAISED = [code(1), code(2)];

/** The round's files, and the council's key beside them. */
export function makeWholeRound() {
  const round = makeRound();
  process.env.PARSCORE_PASSPHRASE = PASSPHRASE;
  const council = join(round.dir, 'council.key.pem');
  const made = parscore('keygen', '--out', council, '--agency-name', 'Sở Nội vụ (minh hoạ)', '--agency-code', 'SNV');
  delete process.env.PARSCORE_PASSPHRASE;
  if (made.status !== 0) throw new Error(`keygen: ${made.stdout}`);
  const stored = (pem) => JSON.stringify({
    format: 'parscore-stored-key/1',
    backup: readFileSync(pem, 'utf8'),
    public: JSON.parse(readFileSync(`${pem}.pub.json`, 'utf8')),
  });
  // The council's key on the authority's machine, the first agency's key on its own.
  round.initScript = `(() => {
    const page = location.pathname;
    if (page.includes('authority') && !localStorage.getItem('parscore.authority.signing-key'))
      localStorage.setItem('parscore.authority.signing-key', ${JSON.stringify(stored(council))});
    if (page.includes('explain') && !localStorage.getItem('parscore.signing-key'))
      localStorage.setItem('parscore.signing-key', ${JSON.stringify(stored(join(round.dir, `${APPRAISED[0]}.key.pem`)))});
  })()`;
  // The keyring the command line ranks with: the agencies' keys and the council's.
  const ring = [...round.keys.map((k) => JSON.parse(k.text)), JSON.parse(readFileSync(`${council}.pub.json`, 'utf8'))];
  writeFileSync(join(round.dir, 'keyring-council.json'), JSON.stringify(ring, null, 2));
  round.appraisals = join(round.dir, 'appraisals');
  mkdirSync(round.appraisals, { recursive: true });
  return round;
}

const card = (page, item) => page.locator(`.appraisal-section .appraisal-item[data-code="${item}"]`);

async function openAppraisal(page, file) {
  await page.locator('#tab-tham-dinh').click();
  await page.locator(`.appraisal-candidates tr[data-file="${file}"] button`).click();
  await page.locator('#appraisal-counts').waitFor();
}

async function backToList(page) {
  await page.getByRole('button', { name: 'Về danh sách đơn vị' }).click();
}

async function sign(page, which) {
  const prefix = which === 'final' ? 'ap-final' : 'ap';
  await page.locator(`#${prefix}-passphrase-box`).fill(PASSPHRASE);
  const file = await download(page, page.locator(`#${prefix}-sign-box`));
  await page.locator('.sign-done', { hasText: file.name }).first().waitFor({ timeout: 60000 });
  return file;
}

/** The council lowers item 1.2 of `agency` (the report not accepted), agrees with the rest, signs. */
export async function appraise(page, agency) {
  await openAppraisal(page, `${agency}.score.json`);
  await page.locator('#ap-pass-1-2').selectOption('no');
  await page.locator('#ap-comment-1-2').fill('Báo cáo gửi sau thời hạn, không được tính.');
  await page.locator('.appraisal-section .appraisal-item.differs[data-code="1.2"]').waitFor();
  await page.locator('#agree-remaining').click();
  await page.locator('#appraisal-counts', { hasText: '; 0/' }).waitFor();
  const signed = await sign(page, 'appraisal');
  assert.equal(signed.name, `${agency}-2025.appraisal.json`);
  assert.equal(JSON.parse(signed.bytes.toString()).stage, 'appraisal');
  await backToList(page);
  return signed;
}

/** On the agency's own machine (a fresh browser context): it opens its appraisal in the
 * explanation page, disputes 1.2 with text and evidence, and signs its explanation. */
export async function explain(agencyPage, explainUrl, round, appraisal) {
  const agency = APPRAISED[0];
  await agencyPage.goto(explainUrl);
  // The page is named as the form's button that leads to it, the screen by what it does: no
  // heading said twice.
  await agencyPage.locator('.explanation-screen h2').waitFor();
  assert.deepEqual([await agencyPage.locator('h1').textContent(), await agencyPage.locator('.explanation-screen h2').textContent()],
    ['Giải trình', 'Giải trình kết quả thẩm định']);
  await agencyPage.setInputFiles('#appraisal-file', jsonFile(appraisal.name, appraisal.bytes.toString()));
  const score = round.files.find((f) => f.name === `${agency}.score.json`);
  await agencyPage.setInputFiles('#own-score-file', jsonFile(score.name, score.text));
  await agencyPage.locator('#explanation-totals').waitFor();
  assert.match(await agencyPage.locator('#appraisal-verdict').textContent(), /Sở Nội vụ \(minh hoạ\) \(mã SNV\)/);
  const disputed = agencyPage.locator('.explanation-screen .appraisal-item[data-code="1.2"]');
  assert.equal(await disputed.locator('.appraised-points').textContent(), '0');
  await agencyPage.locator('#explain-text-1-2').fill('Báo cáo gửi đúng hạn qua hệ thống văn bản điện tử.');
  await agencyPage.locator('#explain-number-1-2').fill('102/BC-DV01');
  await agencyPage.locator('#explain-title-1-2').fill('Phiếu chuyển văn bản điện tử');
  await agencyPage.locator('#explain-passphrase').fill(PASSPHRASE);
  const explanation = await download(agencyPage, agencyPage.locator('#explain-sign'));
  await agencyPage.locator('.sign-done').waitFor({ timeout: 60000 });
  assert.equal(explanation.name, `${agency}-2025.explanation.json`);
  return explanation;
}

/** The final appraisals: the first agency's explanation read (verified) and not accepted, the
 * second agency's kept as appraised. Both files are saved where the command line reads them. */
export async function finalAppraisals(page, round, explanation) {
  const finals = [];
  for (const agency of APPRAISED) {
    await openAppraisal(page, `${agency}.score.json`);
    if (agency === APPRAISED[0]) {
      await page.setInputFiles('#explanation-file', jsonFile(explanation.name, explanation.bytes.toString()));
      await page.locator('.explanation-verdict.verdict-ok').waitFor();
      assert.match(await card(page, '1.2').locator('.explained-text').textContent(), /qua hệ thống văn bản điện tử/);
      await page.locator('#ap-final-comment-1-2').fill('Không chấp nhận: phiếu chuyển ghi ngày sau thời hạn.');
    }
    const last = await sign(page, 'final');
    assert.equal(last.name, `${agency}-2025.final-appraisal.json`);
    assert.equal(JSON.parse(last.bytes.toString()).stage, 'final');
    writeFileSync(join(round.appraisals, last.name), last.bytes);
    finals.push(last);
    await backToList(page);
  }
  return finals;
}

/** The ranking `parscore rank --appraisals --survey --json` computes from the same files, grouped
 * like the page's: [code, rank, index] rows; also each agency's index by code. */
export function cliRanking(round, { appraisals = true } = {}) {
  const files = round.files.map((f) => join(round.dir, f.name));
  const ranked = parscore('rank', ...files, '--criteria', 'criteria', '--keyring', join(round.dir, 'keyring-council.json'),
    '--roster', join(round.dir, 'roster.csv'), '--survey', join(round.dir, 'survey.csv'), '--json',
    ...(appraisals ? ['--appraisals', round.appraisals] : []));
  assert.equal(ranked.status, 0, ranked.stdout);
  const results = JSON.parse(ranked.stdout.slice(ranked.stdout.indexOf('{')));
  const groups = [];
  const index = {};
  for (const a of results.agencies) {
    let group = groups.find((g) => g.group === a.group);
    if (!group) groups.push(group = { group: a.group, rows: [] });
    group.rows.push([a.code, a.rank, a.index.replace('.', ',')]);
    index[a.code] = a.index.replace('.', ',');
  }
  return { groups, index };
}

/** Rows of a worksheet of an XLSX file, read by openpyxl. */
export function xlsxRows(bytes, sheet = 0) {
  const script = 'import sys, json, io, openpyxl\n'
    + 'book = openpyxl.load_workbook(io.BytesIO(sys.stdin.buffer.read()))\n'
    + `ws = book.worksheets[${sheet}]\n`
    + 'print(json.dumps([[c for c in row] for row in ws.iter_rows(values_only=True)], default=str))\n';
  const out = execFileSync(join(ROOT, '.venv', 'bin', 'python'), ['-c', script], { input: bytes, encoding: 'utf8' });
  return JSON.parse(out);
}

/** The results exported as XLSX and CSV and read back: the page's ranks and indexes. */
export async function checkExports(page, expected) {
  const flat = expected.flatMap((g) => g.rows);
  const xlsx = await download(page, page.locator('#export-results-xlsx'));
  const ranked = xlsxRows(xlsx.bytes).slice(3);
  assert.deepEqual(ranked.map((r) => [r[2], r[1], String(r[5]).replace('.', ',')]), flat);
  const bands = xlsxRows(xlsx.bytes, 1).slice(3);
  assert.equal(bands.reduce((sum, r) => sum + r[2], 0), flat.length);
  const csv = await download(page, page.locator('#export-results-csv'));
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.equal(lines.length, 1 + flat.length);
  const csvRows = lines.slice(1).map((l) => l.split(';'));
  assert.deepEqual(csvRows.map((r) => [r[2], Number(r[1]), r[5]]), flat);
}

/** The annex printed to PDF on A4 landscape. */
export async function printAnnex(page) {
  await page.fill('#decision-line', '(Kèm theo Quyết định số 15/QĐ-UBND ngày 20 tháng 01 năm 2026)');
  await page.evaluate(() => { window.print = () => {}; });
  await page.locator('#print-results').click();
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('#keyring-heading').isVisible(), false, 'only the annex is printed');
  const pdf = await page.pdf({ preferCSSPageSize: true, displayHeaderFooter: false });
  const text = pdf.toString('latin1');
  assert.match(text, /%PDF-/);
  const boxes = [...text.matchAll(/\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
  assert.ok(boxes.length >= 1);
  assert.ok(boxes.every(([w, h]) => Math.round(w) === 842 && Math.round(h) === 595), `A4 landscape: ${JSON.stringify(boxes)}`);
  await page.emulateMedia({ media: 'screen' });
}
