// A whole round for the authority's page, made with the `parscore` command line (keygen, sign):
// 30 agencies of the teaching set in two groups, their public keys, a roster, survey results,
// and the files of a round with one agency missing, one late, one tampered, one superseded and one
// signed by a key nobody registered (with the right agency code). Then the steps of the round on
// the page, shared by the served page and the single file.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { jsonFile } from './authority.mjs';
import { ROOT } from './harness.mjs';
import { parscore } from './signing.mjs';

export const AGENCIES = 30;
export const DEADLINE = '2025-10-05';
const IN_TIME = '2025-10-01T02:00:00Z';
const LATE = '2025-10-07T03:00:00Z';

export const code = (i) => `DV${String(i).padStart(2, '0')}`;
export const MISSING = code(30);
export const LATE_CODE = code(29);
export const TAMPERED_CODE = code(28);
export const SUPERSEDED_CODE = code(27);
export const IMPOSTER_CODE = code(26);
const group = (i) => (i % 3 === 0 ? 'Ban' : 'Sở');

function run(...args) {
  const result = parscore(...args);
  if (result.status !== 0) throw new Error(`parscore ${args[0]}: ${result.stdout}`);
  return result.stdout;
}

/** Generates the round in a temporary folder; returns its files as { name, text } lists. */
export function makeRound() {
  const dir = mkdtempSync(join(tmpdir(), 'parscore-round-'));
  process.env.PARSCORE_PASSPHRASE = 'authority round';
  const demo = JSON.parse(readFileSync(join(ROOT, 'criteria', 'demo', 'teaching-demo.draft.json'), 'utf8'));
  const keys = [];
  const files = [];
  const sign = (draftPath, keyPath, created, name) => {
    const out = join(dir, name);
    run('sign', 'criteria/teaching-demo.json', draftPath, '--key', keyPath, '--out', out, '--created', created);
    files.push({ name, text: readFileSync(out, 'utf8') });
  };
  let roster = 'Mã;Tên;Nhóm\n';
  let survey = 'Mã đơn vị;Mã tiêu chí;Giá trị\n';
  for (let i = 1; i <= AGENCIES; i++) {
    const name = `Đơn vị ${i}`;
    const keyPath = join(dir, `${code(i)}.key.pem`);
    run('keygen', '--out', keyPath, '--agency-name', name, '--agency-code', code(i));
    keys.push({ name: `${code(i)}.pub.json`, text: readFileSync(`${keyPath}.pub.json`, 'utf8') });
    roster += `${code(i)};${name};${group(i)}\n`;
    if (i === AGENCIES) continue; // never sent
    survey += `${code(i)};4.1;${i % 11}\n${code(i)};4.2;${(i * 7) % 10},5\n`;
    const draft = structuredClone(demo);
    draft.agency = { name, code: code(i), level: 'department' };
    draft.answers['2.1'].numerator = (i * 13) % 101;
    draft.answers['3.2'].points = String(i % 11);
    const draftPath = join(dir, `${code(i)}.draft.json`);
    writeFileSync(draftPath, JSON.stringify(draft));
    if (i === Number(SUPERSEDED_CODE.slice(2))) {
      const first = structuredClone(draft);
      first.answers['3.2'].points = '0';
      writeFileSync(join(dir, 'first.draft.json'), JSON.stringify(first));
      sign(join(dir, 'first.draft.json'), keyPath, '2025-09-20T02:00:00Z', `${code(i)}-lan-1.score.json`);
    }
    if (i === Number(IMPOSTER_CODE.slice(2))) {
      // Another key made "in another browser" with the same name and code; nobody registered it.
      const imposter = join(dir, 'imposter.key.pem');
      run('keygen', '--out', imposter, '--agency-name', name, '--agency-code', code(i));
      sign(draftPath, imposter, IN_TIME, `${code(i)}.score.json`);
      continue;
    }
    sign(draftPath, keyPath, i === Number(LATE_CODE.slice(2)) ? LATE : IN_TIME, `${code(i)}.score.json`);
  }
  const tampered = files.find((f) => f.name === `${TAMPERED_CODE}.score.json`);
  tampered.text = tampered.text.replace('"numerator": ', '"numerator": 1');
  delete process.env.PARSCORE_PASSPHRASE;
  const keyring = JSON.stringify(keys.map((k) => JSON.parse(k.text)), null, 2);
  writeFileSync(join(dir, 'keyring.json'), keyring);
  writeFileSync(join(dir, 'roster.csv'), roster);
  writeFileSync(join(dir, 'survey.csv'), survey);
  for (const f of files) writeFileSync(join(dir, f.name), f.text);
  return { dir, keys, files, roster, survey };
}

export function csvFile(name, text) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(text) };
}

/** The status of each register row, as [code, status id]. */
export async function registerStatuses(page) {
  return page.locator('#register-table tbody tr').evaluateAll((rows) => rows.map((r) => [r.dataset.code, r.dataset.status]));
}

/** Loads the keyring, the files, the roster, the deadline and the survey results on the page. */
export async function loadRound(page, round) {
  await page.setInputFiles('#key-files', round.keys.map((k) => jsonFile(k.name, k.text)));
  await page.locator('#keyring-count', { hasText: `${AGENCIES} khoá đã đăng ký.` }).waitFor();
  await page.setInputFiles('#score-files', round.files.map((f) => jsonFile(f.name, f.text)));
  await page.locator(`.received-table tr[data-file="${round.files.at(-1).name}"]`).waitFor();
  await page.setInputFiles('#roster-file', csvFile('danh-sach.csv', round.roster));
  await page.locator('#roster-loaded', { hasText: `danh-sach.csv: ${AGENCIES} đơn vị` }).waitFor();
  await page.fill('#deadline', DEADLINE);
  await page.locator(`#register-table tr[data-code="${LATE_CODE}"][data-status="late"]`).waitFor();
}

/** The register's statuses, checked for the round's five cases. */
export async function checkRegister(page) {
  const statuses = await registerStatuses(page);
  const of = (c) => statuses.filter(([rowCode]) => rowCode === c).map(([, status]) => status);
  assert.deepEqual(of(MISSING), ['missing']);
  assert.deepEqual(of(LATE_CODE), ['late']);
  assert.deepEqual(of(TAMPERED_CODE), ['invalid']);
  assert.deepEqual(of(SUPERSEDED_CODE), ['submitted', 'superseded']);
  assert.deepEqual(of(IMPOSTER_CODE), ['unverified']);
  assert.equal(of(code(1))[0], 'submitted');
  // The unregistered signer is never shown as verified, nor in green.
  const imposter = page.locator(`#register-table tr[data-code="${IMPOSTER_CODE}"]`);
  assert.equal(await imposter.locator('.verdict-ok').count(), 0);
  assert.equal(await imposter.locator('.verdict-warn').textContent(), 'Chữ ký đúng nhưng chưa xác minh người ký');
  const counts = Object.fromEntries(await page.locator('#status-counts li').evaluateAll(
    (items) => items.map((li) => [li.dataset.status, Number(li.querySelector('strong').textContent)])));
  assert.deepEqual(counts, { submitted: 26, late: 1, superseded: 1, unverified: 1, invalid: 1, missing: 1, 'not-in-roster': 0 });
}

/** Opens a part of the authority's page by its tab (`tiep-nhan`, `ket-qua`…) and waits until the
 * page has drawn it: a file given to an input the part is about to redraw can go unread. */
export async function openPart(page, anchor) {
  await page.locator(`#tab-${anchor}`).click();
  await page.locator(`#tab-${anchor}[aria-current="page"]`).waitFor();
}

/** Survey results: a file with located errors first, then the right one. */
export async function importSurvey(page, round) {
  // In the results part: which agencies still lack survey results is said beside the ranking.
  await openPart(page, 'ket-qua');
  const wrong = 'Mã đơn vị;Mã tiêu chí;Giá trị\nDV01;4.1;abc\nDV99;4.1;3\n';
  await page.setInputFiles('#survey-file', csvFile('sai.csv', wrong));
  const errors = page.locator('#survey-errors li');
  await errors.first().waitFor();
  assert.deepEqual(await errors.allTextContents(), [
    'dòng 2, cột C (Giá trị): "abc" không phải số (viết 12,5 hoặc 85%)',
    'dòng 3, cột A (Mã đơn vị): không có đơn vị mã DV99 trong danh sách hoặc các tệp nhận',
  ]);
  await page.locator('#survey-lacking').waitFor();
  await page.setInputFiles('#survey-file', csvFile('dieu-tra.csv', round.survey));
  await page.locator('#survey-loaded').waitFor();
  await page.locator('#survey-lacking').waitFor({ state: 'detached' });
}

/** The ranking on the page, per group: [code, rank, index] rows. */
export async function pageRanking(page) {
  return page.locator('.group-results').evaluateAll((groups) => groups.map((g) => ({
    group: g.dataset.group,
    rows: [...g.querySelectorAll('.results-table tbody tr')].map((r) => [r.dataset.code, Number(r.dataset.rank), r.querySelector('.index').textContent]),
  })));
}
