// Journey: the criteria-set editor on the authority's page (issue 13's "Done means"). The
// template downloads; a 20-row table is filled with a real XLSX writer (openpyxl), one row wrong;
// imported, the problem is said at its sheet row and column and at the row of the tree; fixed in
// the editor, the set is valid; the authority makes its key, signs the set and exports it. Then,
// as an agency on another computer: the signed set names its publisher, a draft is filled and a
// score file signed, and `parscore verify` accepts it against that set. At 1366 px; at 768 px the
// tree and the form stack and fit; at 390 px the
// editor is usable without scrolling the page sideways.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { AxeBuilder } from '@axe-core/playwright';

import { openAuthority } from './authority.mjs';
import { download, item, openPicker, ROOT, startApp } from './harness.mjs';
import { createKey, parscore, reopenDraft, signAndExport } from './signing.mjs';

const PUBLISHER = 'Sở Nội vụ tỉnh Mẫu';
const PASSPHRASE = 'mật khẩu của sở nội vụ';

/** The template filled by openpyxl (tests/e2e/fill-criteria-sheet.py). */
function fillSheet(template) {
  const dir = mkdtempSync(join(tmpdir(), 'parscore-editor-'));
  const [templatePath, sheetPath] = [join(dir, 'mau.xlsx'), join(dir, 'bang-tieu-chi.xlsx')];
  writeFileSync(templatePath, template);
  const python = join(ROOT, '.venv', 'bin', 'python');
  const run = spawnSync(python, [join(ROOT, 'tests', 'e2e', 'fill-criteria-sheet.py'), templatePath, sheetPath], { encoding: 'utf8' });
  assert.equal(run.status, 0, `openpyxl (scripts/setup installs it into .venv): ${run.stdout}${run.stderr}`);
  return { dir, sheet: readFileSync(sheetPath) };
}

/** No serious or critical axe violation on the page as it is. */
async function assertAccessible(page, screen) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  const failing = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const lines = failing.map((v) => `[${v.impact}] ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  assert.equal(failing.length, 0, `${screen}:\n${lines.join('\n')}`);
}

/** The page scrolls sideways: its content is wider than its window. */
async function scrollsSideways(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

test('an official imports a sheet, fixes the wrong row, signs; an agency scores with the signed set', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await page.setViewportSize({ width: 1366, height: 900 });
    await openAuthority(page, `${baseUrl}authority.html#bo-tieu-chi`);
    await page.locator('#ed-nothing').waitFor();

    // The template is the teaching set as a workbook; the official fills it.
    const template = await download(page, page.locator('#ed-template'));
    assert.equal(template.name, 'mau-bo-tieu-chi.xlsx');
    assert.equal(template.bytes.subarray(0, 2).toString(), 'PK');
    const { dir, sheet } = fillSheet(template.bytes);

    await page.setInputFiles('#ed-open', {
      name: 'bang-tieu-chi.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: sheet,
    });
    const report = page.locator('#ed-report');
    await report.waitFor();
    assert.match(await report.locator('p').first().textContent(), /Đã mở bang-tieu-chi\.xlsx, còn 1 lỗi/);
    const lines = await report.locator('li').allTextContents();
    assert.equal(lines.length, 1, lines.join(' | '));
    assert.match(lines[0], /^Tiêu chí, dòng 14, cột E \(Cách chấm\): bộ tiêu chí không hợp lệ: 6 điểm vượt điểm tối đa 5 của tiêu chí/);
    // The 20 rows are in the tree; the wrong one is marked there too.
    assert.equal(await page.locator('.ed-tree [role=treeitem]').count(), 20);
    const wrongRow = page.locator('.ed-tree [data-code="3.2"]');
    assert.match(await wrongRow.locator('.ed-badge').textContent(), /1 lỗi/);
    assert.match(await page.locator('#ed-status').textContent(), /còn 1 lỗi/);

    await assertAccessible(page, 'a sheet opened with a problem');

    // "Go to this row" selects 3.2: its form says the problem at the level's points.
    await report.getByRole('button', { name: 'Đến dòng này' }).click();
    await page.locator('#ed-node-heading', { hasText: 'Tiêu chí 3.2' }).waitFor();
    const points = page.locator('#ed-levelpoints-0');
    assert.equal(await points.inputValue(), '6');
    assert.equal(await points.getAttribute('aria-invalid'), 'true');
    const describedBy = await points.getAttribute('aria-describedby');
    assert.match(await page.locator(`#${describedBy}`).textContent(), /6 điểm vượt điểm tối đa 5/);
    await assertAccessible(page, 'a problem at its field');
    await points.fill('5');
    await page.locator('#ed-status.ed-valid').waitFor();
    assert.match(await page.locator('#ed-status').textContent(), /^Bộ tiêu chí hợp lệ: 20 tiêu chí/);
    assert.equal(await wrongRow.locator('.ed-badge').count(), 0);

    // The preview: answers typed as an agency would, the score from the scoring itself.
    await page.locator('#ed-preview summary').click();
    const total = page.locator('#ed-preview-total');
    assert.match(await total.textContent(), /^Tổng điểm 0 \/ 100, chỉ số 0/);
    await page.locator('#ed-preview-1-1-level').selectOption({ label: 'Không kịp thời' });
    await page.locator('#ed-preview-1-2-numerator').fill('8');
    await page.locator('#ed-preview-1-2-denominator').fill('10');
    await total.filter({ hasText: 'Tổng điểm 8 / 100' }).waitFor();
    assert.equal(await page.locator('#ed-preview li[data-code="1.2"] .ed-preview-points').textContent(), '3 / 5');

    // The authority's own key, then the signature; the signed set downloads.
    await page.locator('#new-key-name').fill(PUBLISHER);
    await page.locator('#new-key-code').fill('SNV-MAU');
    await page.locator('#new-key-passphrase').fill(PASSPHRASE);
    await page.locator('#new-key-confirm').fill(PASSPHRASE);
    const backup = await download(page, page.getByRole('button', { name: 'Tạo khoá và tải tệp sao lưu' }));
    assert.match(backup.bytes.toString('utf8'), /BEGIN ENCRYPTED PRIVATE KEY/);
    await page.locator('#ed-key').waitFor();
    assert.match(await page.locator('#ed-key').textContent(), new RegExp(`^Khoá ký của ${PUBLISHER} \\(mã SNV-MAU\\)`));
    await page.locator('#ed-sign-passphrase').fill('không phải mật khẩu');
    await page.locator('#ed-sign-form button[type=submit]').click();
    await page.locator('#ed-sign-failed', { hasText: 'Mật khẩu không mở được khoá.' }).waitFor();
    await page.locator('#ed-sign-passphrase').fill(PASSPHRASE);
    const signed = await download(page, page.locator('#ed-sign-form button[type=submit]'));
    assert.equal(signed.name, 'so-noi-vu-mau-2026-1.0.0.signed.json');
    const signedSet = JSON.parse(signed.bytes.toString('utf8'));
    assert.equal(signedSet.publisher.name, PUBLISHER);
    assert.equal(signedSet.proof.cryptosuite, 'eddsa-jcs-2022');
    const setPath = join(dir, signed.name);
    writeFileSync(setPath, signed.bytes);
    // The exports: the set as JSON (unsigned) and as a workbook that imports back.
    const json = await download(page, page.locator('#ed-export-json'));
    assert.equal(JSON.parse(json.bytes.toString('utf8')).nodes[2].children[1].rule.levels[0].points, '5');
    const xlsx = await download(page, page.locator('#ed-export-xlsx'));
    assert.equal(xlsx.name, 'so-noi-vu-mau-2026.xlsx');

    // At 768 px (a tablet) the tree and the form stack: nothing scrolls sideways, and the form
    // is below the tree, as wide as the screen allows, not squeezed beside it.
    await page.setViewportSize({ width: 768, height: 1024 });
    await page.locator('.ed-tree [data-code="1.1"]').click();
    await page.locator('#ed-titlevi').waitFor();
    assert.equal(await scrollsSideways(page), false, 'the page scrolls sideways at 768 px');
    const tree = await page.locator('.ed-tree').boundingBox();
    const field = await page.locator('#ed-titlevi').boundingBox();
    assert.ok(field.y >= tree.y + tree.height, `the form starts below the tree: ${JSON.stringify({ tree, field })}`);
    assert.ok(field.x + field.width <= 768, `the title field fits: ${JSON.stringify(field)}`);
    assert.ok(field.width >= 200, `the title field is usable: ${JSON.stringify(field)}`);
    // The passphrase field of the signing form is as tall as the text fields (it was half).
    const passphrase = await page.locator('#ed-sign-passphrase').boundingBox();
    assert.ok(Math.abs(passphrase.height - field.height) <= 2, `passphrase ${passphrase.height} px, text ${field.height} px`);

    // At 390 px the editor fits the screen: nothing scrolls the page sideways.
    await page.setViewportSize({ width: 390, height: 844 });
    assert.equal(await scrollsSideways(page), false, 'the page scrolls sideways at 390 px');
    await page.locator('.ed-tree [data-code="1.1"]').click();
    await page.locator('#ed-titlevi').waitFor();
    assert.equal(await scrollsSideways(page), false, 'the form scrolls the page sideways at 390 px');
    // The work is kept: a reload finds the set, still valid.
    await page.reload();
    await page.locator('#ed-status.ed-valid').waitFor();

    // An agency on another computer: the signed set names its publisher; a draft, a score file.
    const agency = await app.newPage({ width: 1366, height: 900 });
    await openPicker(agency, baseUrl);
    await agency.setInputFiles('#criteria-file', { name: signed.name, mimeType: 'application/json', buffer: signed.bytes });
    const trust = agency.locator('.new-draft-form .set-trust');
    await trust.waitFor();
    assert.match(await trust.textContent(), new RegExp(`^Ban hành bởi ${PUBLISHER} \\(SNV-MAU\\), vân tay khoá [0-9A-F-]+, chữ ký hợp lệ`));
    await agency.locator('#agency-name').fill('Sở Tư pháp');
    await agency.locator('#agency-code').fill('STP');
    await agency.locator('.new-draft-form button[type=submit]').click();
    await agency.locator('.total-bar').waitFor();
    await item(agency, '1.1').getByLabel('Mức đạt được').selectOption({ index: 1 });
    await createKey(agency, PASSPHRASE);
    await reopenDraft(agency, 'Sở Tư pháp');
    const scoreFile = await signAndExport(agency, PASSPHRASE);
    const scorePath = join(dir, scoreFile.name);
    writeFileSync(scorePath, scoreFile.bytes);
    const verified = parscore('verify', scorePath, '--criteria', setPath, '--allow-unregistered');
    assert.equal(verified.status, 0, verified.stdout);
  } finally {
    await app.close();
  }
});
