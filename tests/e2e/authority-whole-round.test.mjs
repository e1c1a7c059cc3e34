// Journey: a whole round with appraisals, 30 agencies made by the command line (round.mjs, once
// per run). Load the keyring and the roster; intake with one agency missing, one late, one
// tampered, one superseded and one signed by an unregistered key with the right code (never shown
// as verified); two agencies appraised; the first opens its appraisal in the explanation page on
// its own machine (a separate browser context) and signs an explanation; the final appraisals;
// the survey results; the ranking, equal to `parscore rank --appraisals --survey --json` with the
// two agencies' appraised figures; XLSX and CSV exports read back; the annex printed to PDF (A4
// landscape). At 1366 px, served, then the same round in the single files opened from file://
// (parscore-authority-offline.html, parscore-explain-offline.html).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { openAuthority } from './authority.mjs';
import { builtFile, startApp } from './harness.mjs';
import { checkRegister, importSurvey, loadRound, pageRanking } from './round.mjs';
import {
  APPRAISED, appraise, checkExports, cliRanking, explain, finalAppraisals, makeWholeRound, printAnnex,
} from './whole-round.mjs';

const round = makeWholeRound();
const WIDTH = { width: 1366, height: 900 };

async function wholeRound(app, authorityUrl, explainUrl) {
  const page = await app.newPage(WIDTH);
  await openAuthority(page, authorityUrl);
  await loadRound(page, round);
  await checkRegister(page);

  const firsts = [];
  for (const agency of APPRAISED) firsts.push(await appraise(page, agency));
  // The agency's machine: another browser context, with its own key only.
  const agencyPage = await app.newPage(WIDTH);
  const explanation = await explain(agencyPage, explainUrl, round, firsts[0]);
  await agencyPage.context().close();
  await finalAppraisals(page, round, explanation);

  await importSurvey(page, round);
  await page.locator('#tab-ket-qua').click();
  const selfAssessed = cliRanking(round, { appraisals: false });
  const { groups, index } = cliRanking(round);
  assert.deepEqual(await pageRanking(page), groups);
  for (const agency of APPRAISED) {
    assert.notEqual(index[agency], selfAssessed.index[agency], `${agency}'s appraised figure is ranked`);
    const row = page.locator(`.results-table tr[data-code="${agency}"]`);
    assert.equal(await row.getAttribute('data-basis'), 'appraised');
    assert.equal(await row.locator('.basis').textContent(),
      `Thẩm định (tự đánh giá ${selfAssessed.index[agency]} → ${index[agency]})`);
  }
  const ranked = groups.flatMap((g) => g.rows).length;
  assert.equal(await page.locator('.results-table tr[data-basis="self"]').count(), ranked - APPRAISED.length);
  const summary = await page.locator('#appraised-summary p').allTextContents();
  assert.equal(summary[0], `2/${ranked} đơn vị được xếp hạng theo kết quả thẩm định cuối cùng.`);
  assert.ok(summary[1].startsWith('Còn theo điểm tự đánh giá: '), summary[1]);
  const still = summary[1].replace(/^Còn theo điểm tự đánh giá: /, '').replace(/\.$/, '').split(', ');
  assert.equal(still.length, ranked - APPRAISED.length);
  assert.ok(still.includes('DV03') && !still.includes(APPRAISED[0]) && !still.includes(APPRAISED[1]), summary[1]);
  assert.deepEqual(await page.locator('#appraisal-uses li').allTextContents(),
    APPRAISED.map((a) => `${a}-2025.final-appraisal.json: dùng kết quả thẩm định cuối cùng cho đơn vị ${a}`));
  assert.equal(await page.locator('#ranking-basis').count(), 0, '"no appraisal yet" is no longer said');

  await checkExports(page, groups);
  await printAnnex(page);
}

test('a whole round with appraisals, served, at 1366 px', { timeout: 600000 }, async () => {
  const app = await startApp({ initScript: round.initScript });
  try {
    await wholeRound(app, `${app.baseUrl}authority.html`, `${app.baseUrl}explain.html`);
  } finally {
    await app.close();
  }
});

test('the same round in the single files opened from file://', { timeout: 600000 }, async () => {
  const app = await startApp({ initScript: round.initScript });
  try {
    await wholeRound(app, pathToFileURL(builtFile('parscore-authority-offline.html')).href,
      pathToFileURL(builtFile('parscore-explain-offline.html')).href);
  } finally {
    await app.close();
  }
});
