// Journey: received files kept across a reload. Thirty score files of a generated round
// (tests/e2e/round.mjs) dropped on the authority's page are checked by its verifier workers, the
// register built; after a reload the same files are listed with the same verdicts (checked again)
// and the register is the same; one file removed (after a cancelled, then a confirmed question)
// stays removed after the next reload; removing every file empties the list for good.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { openAuthority } from './authority.mjs';
import { startApp } from './harness.mjs';
import { checkRegister, loadRound, makeRound, registerStatuses } from './round.mjs';

const round = makeRound();

/** Each received file's row: name, agency and verdict, once no file is being checked. */
async function receivedRows(page) {
  await page.locator('#checking-status').waitFor({ state: 'detached' });
  return page.locator('.received-table tbody tr').evaluateAll((rows) => rows.map((r) => [
    r.dataset.file, r.querySelector('td').textContent, r.querySelector('.verdict-text').textContent,
  ]));
}

async function reload(page, url) {
  await openAuthority(page, url);
  await page.locator('.received-table tbody tr').first().waitFor();
}

test('thirty received files are kept across a reload, one removed stays removed', async () => {
  const app = await startApp();
  try {
    const page = await app.newPage({ width: 1366, height: 900 });
    const url = `${app.baseUrl}authority.html`;
    await openAuthority(page, url);
    await loadRound(page, round);
    await checkRegister(page);
    const rows = await receivedRows(page);
    assert.equal(rows.length, round.files.length);
    assert.ok(rows.every(([, , verdict]) => verdict !== 'Đang kiểm tra…'));
    const register = await registerStatuses(page);

    await reload(page, url);
    assert.deepEqual(await receivedRows(page), rows);
    await page.locator(`#register-table tr[data-status="late"]`).waitFor();
    assert.deepEqual(await registerStatuses(page), register);
    await checkRegister(page);

    // One file removed: asked first, cancelled, asked again and confirmed.
    const removed = round.files[0].name;
    const remove = page.locator(`.received-table tr[data-file="${removed}"] .remove-file`);
    assert.equal(await remove.getAttribute('aria-label'), `Bỏ tệp ${removed}`);
    await remove.click();
    await page.locator('#remove-files-confirm', { hasText: `Bỏ tệp ${removed} khỏi danh sách và khỏi trình duyệt?` }).waitFor();
    await page.locator('#remove-files-confirm button', { hasText: 'Huỷ' }).click();
    assert.equal(await page.locator('.received-table tbody tr').count(), rows.length);
    await remove.click();
    await page.locator('#remove-files-confirm .button-danger').click();
    await page.locator(`.received-table tr[data-file="${removed}"]`).waitFor({ state: 'detached' });
    const left = rows.filter(([name]) => name !== removed);
    assert.deepEqual(await receivedRows(page), left);

    await reload(page, url);
    assert.deepEqual(await receivedRows(page), left);

    // Every file removed, after the question that says how many.
    await page.getByRole('button', { name: 'Bỏ mọi tệp đã chọn' }).click();
    await page.locator('#remove-files-confirm', { hasText: `Bỏ cả ${left.length} tệp đã nhận` }).waitFor();
    await page.locator('#remove-files-confirm .button-danger').click();
    await page.locator('.received-table').waitFor({ state: 'detached' });
    await openAuthority(page, url);
    await page.waitForTimeout(500);
    assert.equal(await page.locator('.received-table tbody tr').count(), 0);
  } finally {
    await app.close();
  }
});
