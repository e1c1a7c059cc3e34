// Journey: the appraisal round (thẩm định, giải trình). Two agencies' score files, made with the
// `parscore` command line, are received on the authority's page and appraised item by item: the
// council enters its own answer where it disagrees (with the same inputs the agency used), agrees
// with the rest in one action, comments, and sees the difference counted and the totals move; a
// reload keeps the work. It signs each appraisal with the authority's own key. Agency A opens its
// appraisal in the agency app, disputes the lowered item with text and evidence and signs an
// explanation; the council reads it, verified, accepts it in the final appraisal and signs that.
// At 1366 px and at 390 px (nothing wider than the screen).
//
// The keys are put in place before the pages load: the authority's key (normally made in the
// page's key panel) and agency A's key (normally made on the agency's key screen) are written to
// localStorage as the pages keep them ("parscore-stored-key/1": the encrypted backup PEM from
// `parscore keygen` and its public key file).

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';

import { jsonFile, openAuthority } from './authority.mjs';
import { ROOT, download, startApp } from './harness.mjs';
import { parscore } from './signing.mjs';

const PASSPHRASE = 'vòng thẩm định';
const DIR = mkdtempSync(join(tmpdir(), 'parscore-appraisal-'));

/** A key made with the command line: its backup PEM and public key file. */
function keygen(stem, name, code) {
  const made = parscore('keygen', '--out', join(DIR, `${stem}.key.pem`), '--agency-name', name, '--agency-code', code);
  if (made.status !== 0) throw new Error(`keygen: ${made.stdout}`);
  return {
    pem: join(DIR, `${stem}.key.pem`),
    backup: readFileSync(join(DIR, `${stem}.key.pem`), 'utf8'),
    publicText: readFileSync(join(DIR, `${stem}.key.pem.pub.json`), 'utf8'),
  };
}

/** The teaching set's demo draft as agency `code`, signed by `key`: the score file's text. */
function scoreFile(key, name, code) {
  const draft = JSON.parse(readFileSync(join(ROOT, 'criteria', 'demo', 'teaching-demo.draft.json'), 'utf8'));
  draft.agency.name = name;
  draft.agency.code = code;
  const draftPath = join(DIR, `${code}.draft.json`);
  writeFileSync(draftPath, JSON.stringify(draft, null, 2));
  const out = join(DIR, `${code}.score.json`);
  const signed = parscore('sign', 'criteria/teaching-demo.json', draftPath, '--key', key.pem, '--out', out);
  if (signed.status !== 0) throw new Error(`sign: ${signed.stdout}`);
  return readFileSync(out, 'utf8');
}

process.env.PARSCORE_PASSPHRASE = PASSPHRASE;
const council = keygen('council', 'Sở Nội vụ (minh hoạ)', 'SNV');
const agencyA = keygen('a', 'Sở Văn hoá (minh hoạ)', 'SVH');
const agencyB = keygen('b', 'Sở Y tế (minh hoạ)', 'SYT');
const SCORE_A = scoreFile(agencyA, 'Sở Văn hoá (minh hoạ)', 'SVH');
const SCORE_B = scoreFile(agencyB, 'Sở Y tế (minh hoạ)', 'SYT');
delete process.env.PARSCORE_PASSPHRASE;

const stored = (key) => JSON.stringify({ format: 'parscore-stored-key/1', backup: key.backup, public: JSON.parse(key.publicText) });
// Written once, before the first page of the context loads (a later load keeps what is there).
const PUT_KEYS = `(() => {
  if (!localStorage.getItem('parscore.authority.signing-key')) localStorage.setItem('parscore.authority.signing-key', ${JSON.stringify(stored(council))});
  if (!localStorage.getItem('parscore.signing-key')) localStorage.setItem('parscore.signing-key', ${JSON.stringify(stored(agencyA))});
})()`;

const card = (page, code) => page.locator(`.appraisal-section .appraisal-item[data-code="${code}"]`);

async function open(page, file) {
  await page.locator('#tab-tham-dinh').click();
  await page.locator(`.appraisal-candidates tr[data-file="${file}"] button`).click();
  await page.locator('#appraisal-counts').waitFor();
}

async function sign(page, which) {
  const prefix = which === 'final' ? 'ap-final' : 'ap';
  await page.locator(`#${prefix}-passphrase-box`).fill(PASSPHRASE);
  const file = await download(page, page.locator(`#${prefix}-sign-box`));
  await page.locator('.sign-done', { hasText: file.name }).first().waitFor({ timeout: 60000 });
  return file;
}

/** No serious or critical axe violation on the page as it is. */
async function accessible(page, screen) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const failing = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  const lines = failing.map((v) => `[${v.impact}] ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  assert.equal(failing.length, 0, `${screen}:\n${lines.join('\n')}`);
}

async function noOverflow(page, width) {
  const wide = await page.evaluate(() => document.scrollingElement.scrollWidth);
  assert.ok(wide <= width, `the page is ${wide} px wide at ${width} px`);
}

test('two agencies appraised, one explains, the final appraisal signed', { timeout: 300000 }, async () => {
  const app = await startApp({ initScript: PUT_KEYS });
  const { page, baseUrl } = app;
  try {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openAuthority(page, `${baseUrl}authority.html`);
    await page.setInputFiles('#key-files', [jsonFile('svh.pub.json', agencyA.publicText), jsonFile('syt.pub.json', agencyB.publicText)]);
    await page.locator('#keyring-count', { hasText: '2 khoá đã đăng ký.' }).waitFor();
    await page.setInputFiles('#score-files', [jsonFile('svh.score.json', SCORE_A), jsonFile('syt.score.json', SCORE_B)]);
    await page.locator('#results-summary', { hasText: '2/2' }).waitFor();
    await page.locator('#tab-tham-dinh').click();
    assert.equal(await page.locator('.appraisal-candidates tr').count(), 2);

    // Agency A: 1.2 lowered (the report was not accepted), the rest agreed in one action.
    await open(page, 'svh.score.json');
    assert.equal(await page.locator('.appraisal-agency').textContent(), 'Sở Văn hoá (minh hoạ) (SVH), 2025');
    const selfTotal = await page.locator('#appraisal-totals .self-total').textContent();
    assert.equal(await page.locator('#appraisal-totals .appraised-total').textContent(), selfTotal);
    const first = card(page, '1.1');
    assert.match(await first.locator('.self-side').textContent(), /15\/KH-SMH/);
    assert.match(await first.locator('.self-note').textContent(), /Ban hành chậm 3 tuần/);
    assert.equal(await page.locator('#ap-level-1-1').inputValue(), 'late', 'the inputs start from the agency\'s answer');
    await page.locator('#ap-pass-1-2').selectOption('no');
    await page.locator('#ap-comment-1-2').fill('Báo cáo gửi sau thời hạn, không được tính.');
    await page.locator('.appraisal-section .appraisal-item.differs[data-code="1.2"]').waitFor();
    assert.equal(await card(page, '1.2').locator('.appraised-points').textContent(), '0/10 điểm');
    assert.match(await page.locator('#appraisal-counts').textContent(), /^1 mục khác điểm tự đánh giá; \d+\/\d+ mục chưa xem\.$/);
    assert.notEqual(await page.locator('#appraisal-totals .appraised-total').textContent(), selfTotal);
    await page.locator('#agree-remaining').click();
    await page.locator('#appraisal-counts', { hasText: '; 0/' }).waitFor();
    assert.equal(await page.locator('.appraisal-item.differs').count(), 1);

    // A reload keeps the work, and the received files too (kept in IndexedDB and checked again).
    await page.reload();
    await page.locator('#appraisal-heading').waitFor();
    // The other agency's file, not yet appraised, is listed once it is back and checked again.
    await page.locator('.appraisal-candidates tr[data-file="syt.score.json"]').waitFor();
    await page.locator('.appraisal-candidates tr[data-file="svh.score.json"] .appraisal-status', { hasText: 'Đang thẩm định' }).waitFor();
    await open(page, 'svh.score.json');
    assert.equal(await page.locator('#ap-pass-1-2').inputValue(), 'no');
    assert.equal(await page.locator('#ap-comment-1-2').inputValue(), 'Báo cáo gửi sau thời hạn, không được tính.');
    const appraisedA = await page.locator('#appraisal-totals .appraised-total').textContent();

    // At 390 px the cards stack and nothing is wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await noOverflow(page, 390);
    await accessible(page, 'an appraisal in progress');
    await page.setViewportSize({ width: 1366, height: 900 });

    const appraisalA = await sign(page, 'appraisal');
    assert.equal(appraisalA.name, 'SVH-2025.appraisal.json');
    const documentA = JSON.parse(appraisalA.bytes.toString());
    assert.equal(documentA.format, 'parscore-appraisal/1');
    assert.equal(documentA.stage, 'appraisal');
    assert.deepEqual(documentA.appraiser, { name: 'Sở Nội vụ (minh hoạ)', code: 'SNV' });
    assert.deepEqual(documentA.items['1.2'], { answer: { pass: false }, comment: 'Báo cáo gửi sau thời hạn, không được tính.' });
    assert.equal(documentA.proof.cryptosuite, 'eddsa-jcs-2022');
    assert.equal(await page.locator('#ap-pass-1-2').isDisabled(), true, 'a signed appraisal no longer changes');

    // Agency B (its file received again: received files last until the page closes; the
    // round already started is not listed twice).
    await page.getByRole('button', { name: 'Về danh sách đơn vị' }).click();
    await page.locator('#tab-tiep-nhan').click();
    await page.setInputFiles('#score-files', [jsonFile('svh.score.json', SCORE_A), jsonFile('syt.score.json', SCORE_B)]);
    await page.locator('#tab-tham-dinh').click();
    await page.locator('.appraisal-candidates tr[data-file="syt.score.json"]').waitFor();
    assert.equal(await page.locator('.appraisal-candidates tr').count(), 2);
    await open(page, 'syt.score.json');
    await page.locator('#agree-remaining').click();
    await page.locator('#ap-comment-2-1').fill('Đồng ý; đề nghị lưu sổ theo dõi đầy đủ hơn.');
    assert.match(await page.locator('#appraisal-counts').textContent(), /^0 mục khác/);
    const appraisalB = await sign(page, 'appraisal');
    assert.equal(appraisalB.name, 'SYT-2025.appraisal.json');
    writeFileSync(join(DIR, appraisalB.name), appraisalB.bytes);

    // Agency A, in its own app: opens the appraisal with its score file and explains 1.2.
    const agency = await app.context.newPage();
    app.watch(agency);
    await agency.goto(baseUrl);
    await agency.locator('#open-explanation').click();
    await agency.setInputFiles('#appraisal-file', { name: appraisalA.name, mimeType: 'application/json', buffer: appraisalA.bytes });
    await agency.setInputFiles('#own-score-file', jsonFile('svh.score.json', SCORE_A));
    await agency.locator('#explanation-totals').waitFor();
    assert.match(await agency.locator('#appraisal-verdict').textContent(), /Sở Nội vụ \(minh hoạ\) \(mã SNV\)/);
    const disputed = agency.locator('.explanation-screen .appraisal-item[data-code="1.2"]');
    assert.equal(await disputed.locator('.self-points').textContent(), '10');
    assert.equal(await disputed.locator('.appraised-points').textContent(), '0');
    assert.match(await disputed.locator('.council-comment').textContent(), /Báo cáo gửi sau thời hạn/);
    await agency.locator('#explain-text-1-2').fill('Báo cáo gửi đúng hạn qua hệ thống văn bản điện tử.');
    await agency.locator('#explain-number-1-2').fill('102/BC-SVH');
    await agency.locator('#explain-title-1-2').fill('Phiếu chuyển văn bản điện tử');
    await agency.locator('#explain-passphrase').fill(PASSPHRASE);
    const explanation = await download(agency, agency.locator('#explain-sign'));
    await agency.locator('.sign-done').waitFor();
    assert.equal(explanation.name, 'SVH-2025.explanation.json');
    const explained = JSON.parse(explanation.bytes.toString());
    assert.deepEqual(Object.keys(explained.items), ['1.2']);
    assert.equal(explained.items['1.2'].evidence[0].number, '102/BC-SVH');
    await agency.setViewportSize({ width: 390, height: 844 });
    await noOverflow(agency, 390);
    await accessible(agency, 'the agency\'s explanation screen');
    await agency.close();

    // The council reads the explanation (verified: agency A's registered key), accepts it.
    await page.getByRole('button', { name: 'Về danh sách đơn vị' }).click();
    await open(page, 'svh.score.json');
    await page.setInputFiles('#explanation-file', { name: explanation.name, mimeType: 'application/json', buffer: explanation.bytes });
    await page.locator('.explanation-verdict.verdict-ok').waitFor();
    assert.match(await card(page, '1.2').locator('.explained-text').textContent(), /qua hệ thống văn bản điện tử/);
    assert.equal(await page.locator('.appraisal-item .final-points').count(), 1, 'only the disputed item');
    assert.equal(await page.locator('.final-total').first().textContent(), appraisedA);
    await page.locator('#ap-final-agree-1-2').click();
    await page.locator('#ap-final-comment-1-2').fill('Chấp nhận giải trình.');
    await page.locator('.final-total', { hasText: selfTotal }).first().waitFor();
    await accessible(page, 'the final appraisal');
    const last = await sign(page, 'final');
    assert.equal(last.name, 'SVH-2025.final-appraisal.json');
    const final = JSON.parse(last.bytes.toString());
    assert.equal(final.stage, 'final');
    assert.match(final.explanation, /^[0-9a-f]{64}$/);
    assert.equal(final.score_file, documentA.score_file);
    assert.deepEqual(final.items['1.2'], { comment: 'Chấp nhận giải trình.' });
    assert.equal(final.scorecard.index, JSON.parse(SCORE_A).scorecard.index);

    // The command line checks the signed files against the score file and the council's key.
    for (const [name, bytes, score] of [[appraisalA.name, appraisalA.bytes, SCORE_A], [last.name, last.bytes, SCORE_A], [appraisalB.name, appraisalB.bytes, SCORE_B]]) {
      writeFileSync(join(DIR, name), bytes);
      writeFileSync(join(DIR, `${name}.score.json`), score);
      const checked = parscore('appraisal', 'verify', join(DIR, name), '--score-file', join(DIR, `${name}.score.json`),
        '--criteria', 'criteria', '--keyring', join(DIR, 'council.key.pem.pub.json'));
      assert.equal(checked.status, 0, checked.stdout);
      assert.match(checked.stdout, /ok/);
    }
    writeFileSync(join(DIR, explanation.name), explanation.bytes);
    const explainedCheck = parscore('appraisal', 'verify-explanation', join(DIR, explanation.name), '--appraisal', join(DIR, appraisalA.name),
      '--keyring', join(DIR, 'a.key.pem.pub.json'));
    assert.equal(explainedCheck.status, 0, explainedCheck.stdout);
  } finally {
    await app.close();
  }
});

test("without the authority's own key, signing says so and where to make one", async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openAuthority(page, `${baseUrl}authority.html`);
    await page.setInputFiles('#key-files', [jsonFile('svh.pub.json', agencyA.publicText)]);
    await page.setInputFiles('#score-files', [jsonFile('svh.score.json', SCORE_A)]);
    await open(page, 'svh.score.json');
    const said = page.locator('.appraisal-section .load-errors[role=alert]');
    assert.match(await said.textContent(), /^Trình duyệt này chưa có khoá ký của Sở Nội vụ\. Tạo hoặc khôi phục khoá/);
    assert.equal(await page.locator('#ap-sign-box').count(), 0);
    await page.getByRole('button', { name: 'English' }).click();
    assert.match(await said.textContent(), /^This browser has no signing key of the department yet\./);
    assert.match(await page.locator('#appraisal-counts').textContent(), /^0 items differ from the self-score;/);
  } finally {
    await app.close();
  }
});
