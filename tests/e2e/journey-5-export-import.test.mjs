// Journey 5: a draft is exported as a draft file and imported on another computer (a fresh
// browser context). A draft made for another version of the criteria set imports with a clear
// list of the items that no longer match; a draft for a set this computer lacks is refused.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { addEvidence, download, item, openPicker, openSection, startApp, startDraftWithArea1, totals } from './harness.mjs';

async function importDraft(page, draft, name = 'ban.draft.json') {
  await page.setInputFiles('#draft-file', {
    name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(draft, null, 2)),
  });
}

test('export a draft, import it elsewhere, and import one made for another version', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await startDraftWithArea1(page, baseUrl, 'teaching-demo.json', { name: 'Sở Tư pháp', code: 'S01' });
    await addEvidence(page, '1.1', { number: '125/KH-UBND', title: 'Kế hoạch CCHC' });
    await openSection(page, '2');
    await item(page, '2.3').locator('input').first().fill('62,5');
    assert.equal((await totals(page)).points, '30');

    const file = await download(page, page.getByRole('button', { name: 'Lưu tệp bản nháp' }));
    assert.equal(file.name, 'Sở Tư pháp 2026.draft.json');
    const draft = JSON.parse(file.bytes.toString('utf8'));
    assert.equal(draft.format, 'parscore-draft/1');
    assert.equal(draft.criteria.id, 'parscore-teaching-demo');
    assert.deepEqual(draft.agency, { name: 'Sở Tư pháp', code: 'S01', level: 'training' });
    assert.deepEqual(draft.answers['1.1'].evidence, [{ number: '125/KH-UBND', date: '', title: 'Kế hoạch CCHC' }]);

    // Another computer: nothing saved there yet.
    const other = await app.newPage();
    await openPicker(other, baseUrl);
    await importDraft(other, draft);
    await other.locator('.total-bar').waitFor();
    assert.deepEqual(await totals(other), await totals(page));
    assert.equal(await other.locator('.import-notice').count(), 0, 'same version: nothing to report');
    assert.equal(await item(other, '1.1').getByLabel('Số, ký hiệu').inputValue(), '125/KH-UBND');
    await openSection(other, '2');
    assert.equal(await item(other, '2.3').locator('input').first().inputValue(), '62,5');

    // A draft made for an earlier version, with an item since removed and an answer that no
    // longer fits its rule.
    const old = structuredClone(draft);
    old.criteria.version = '0.9.0';
    old.criteria.sha256 = '0'.repeat(64);
    old.answers['5.1'] = { count: 2 };
    old.answers['1.2'] = { level: 'on_time' };
    await other.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
    await importDraft(other, old, 'ban-cu.draft.json');
    const notice = other.locator('.import-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /phiên bản 0\.9\.0 .* phiên bản 1\.0\.0/);
    const mismatches = await notice.locator('li').allTextContents();
    assert.ok(mismatches.some((m) => m.startsWith('5.1: bộ tiêu chí không có mã này')), mismatches.join(' | '));
    assert.ok(mismatches.some((m) => m.startsWith('1.2: ')), mismatches.join(' | '));
    // What still fits is scored: 1.1 (10) and 2.3 (10), not 1.2.
    assert.equal((await totals(other)).points, '20');
    await notice.getByRole('button', { name: 'Đã hiểu' }).click();
    await notice.waitFor({ state: 'detached' });

    // A draft for a set this computer does not have, and a file that is not a draft.
    await other.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
    await importDraft(other, { ...draft, criteria: { id: 'bo-khac', version: '2.0', sha256: 'f'.repeat(64) } });
    await other.locator('.load-errors', { hasText: 'Máy này chưa có bộ tiêu chí «bo-khac» (phiên bản 2.0)' }).waitFor();
    await other.setInputFiles('#draft-file', { name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('không phải JSON') });
    await other.locator('.load-errors', { hasText: 'Tệp ghi-chu.txt không phải là bản tự đánh giá: dòng 1, cột 1: thiếu một giá trị' }).waitFor();
    assert.equal(await other.locator('.draft-card').count(), 2);
  } finally {
    await app.close();
  }
});
