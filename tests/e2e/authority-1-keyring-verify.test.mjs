// Journey: the authority's page (Sở Nội vụ). Many public key files added at once, kept across a
// reload, never the same key twice, a key already registered to another code refused naming the
// file, removal only after confirmation, export and import of the keyring. Then received files
// checked in the page: the registered signer's file is "Hợp lệ" (green), a file signed for the
// same agency code by a key nobody registered is a warning and never green, a tampered file is
// invalid with its reasons; both SMH files are flagged as conflicting. The language is shared
// with the agency's page, and each page links to the other. At 390, 768 and 1366 px.

import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { codes, GOLDEN, jsonFile, makeFixtures, openAuthority, SMH_FINGERPRINT, SMH_KEY, TAMPERED, verdictOf } from './authority.mjs';
import { download, startApp } from './harness.mjs';

const fixtures = makeFixtures();
const TODAY = new Date().toISOString().slice(0, 10);

test('the keyring manager: add many, keep, refuse, remove, export and import', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openAuthority(page, `${baseUrl}authority.html`);
    assert.equal(await page.locator('#keyring-count').textContent(), 'Chưa có khoá nào: chưa xác minh được người ký của tệp điểm nào.');
    await page.setInputFiles('#key-files', [jsonFile('smh.pub.json', SMH_KEY), jsonFile('skh.pub.json', fixtures.otherKey)]);
    await page.locator('#keyring-count', { hasText: '2 khoá đã đăng ký.' }).waitFor();
    assert.deepEqual(await codes(page), ['SKH', 'SMH']);
    const smh = page.locator('.key-table tr[data-code="SMH"]');
    assert.deepEqual(await smh.locator('td').allTextContents(), ['Sở Minh Hoạ (đơn vị mẫu)', SMH_FINGERPRINT, TODAY, 'Xoá']);

    // The same key again is not added twice; the SMH key claimed for another code is refused.
    const forged = SMH_KEY.replace('"code": "SMH"', '"code": "SGA"');
    await page.setInputFiles('#key-files', [jsonFile('smh-again.json', SMH_KEY), jsonFile('sga.pub.json', forged)]);
    const notices = page.locator('.key-notices li');
    await notices.first().waitFor();
    assert.deepEqual(await notices.allTextContents(), [
      'smh-again.json: khoá của mã SMH đã có trong danh sách, không thêm lần nữa.',
      `sga.pub.json: không thêm. Khoá ${SMH_FINGERPRINT} đã được đăng ký cho Sở Minh Hoạ (đơn vị mẫu) (mã SMH), không thể đăng ký thêm cho mã SGA.`,
    ]);
    assert.equal(await page.locator('.key-notices li.notice-refused').count(), 1);
    assert.deepEqual(await codes(page), ['SKH', 'SMH']);

    // Kept between visits.
    await page.reload();
    await page.locator('#keyring-count', { hasText: '2 khoá đã đăng ký.' }).waitFor();
    const exported = await download(page, page.locator('#export-keyring'));
    assert.equal(exported.name, 'keyring.json');
    // The core's dated keyring (parscore-keyring/1), which `parscore verify --keyring` reads.
    const ring = JSON.parse(exported.bytes.toString());
    assert.equal(ring.format, 'parscore-keyring/1');
    assert.deepEqual(ring.keys.map((key) => key.agency.code), ['SMH', 'SKH']);
    assert.ok(ring.keys.every((key) => /^\d{4}-\d\d-\d\dT/.test(key.added)), 'each key keeps the date it was added');

    // Removing asks first; cancelling keeps the key.
    await page.locator('.key-table tr[data-code="SKH"]').getByRole('button', { name: 'Xoá SKH' }).click();
    const confirm = page.locator('.confirm[role=alert]');
    assert.match(await confirm.textContent(), /^Xoá khoá của Sở Khác \(mã SKH\)\?/);
    await confirm.getByRole('button', { name: 'Huỷ' }).click();
    assert.deepEqual(await codes(page), ['SKH', 'SMH']);
    await page.locator('.key-table tr[data-code="SKH"]').getByRole('button', { name: 'Xoá SKH' }).click();
    await confirm.getByRole('button', { name: 'Xoá khoá' }).click();
    assert.deepEqual(await codes(page), ['SMH']);
    await page.reload();
    await page.locator('#keyring-count', { hasText: '1 khoá đã đăng ký.' }).waitFor();

    // The exported keyring imports back what was removed.
    await page.setInputFiles('#keyring-import', jsonFile('keyring.json', exported.bytes.toString()));
    await page.locator('#keyring-count', { hasText: '2 khoá đã đăng ký.' }).waitFor();
    assert.deepEqual(await codes(page), ['SKH', 'SMH']);
  } finally {
    await app.close();
  }
});

test('received files: valid only for a registered signer; an unregistered one is never green', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openAuthority(page, `${baseUrl}authority.html`);
    await page.setInputFiles('#key-files', jsonFile('smh.pub.json', SMH_KEY));
    await page.setInputFiles('#score-files', [
      jsonFile('smh.score.json', GOLDEN),
      jsonFile('imposter.score.json', fixtures.imposterFile),
      jsonFile('tampered.score.json', TAMPERED),
    ]);
    await page.locator('#results-summary').waitFor();
    const valid = verdictOf(page, 'smh.score.json');
    assert.equal(await valid.locator('.verdict-ok').textContent(), 'Hợp lệ');
    assert.match(await valid.textContent(), /Người ký: Sở Minh Hoạ \(đơn vị mẫu\) \(mã SMH\), có trong danh sách khoá\./);
    const row = page.locator('.received-table tr[data-file="smh.score.json"] td');
    assert.deepEqual((await row.allTextContents()).slice(0, 4), ['Sở Minh Hoạ (đơn vị mẫu) (SMH)', '2025', '81,00%', 'Khá']);

    const imposter = verdictOf(page, 'imposter.score.json');
    assert.equal(await imposter.locator('.verdict-warn').textContent(), 'Chữ ký đúng nhưng chưa xác minh người ký');
    assert.equal(await imposter.locator('.verdict-ok').count(), 0);
    assert.match(await imposter.textContent(), /không có trong danh sách khoá cho mã SMH/);
    const green = await valid.locator('.verdict-ok').evaluate((e) => getComputedStyle(e).color);
    const warning = await imposter.locator('.verdict-warn').evaluate((e) => getComputedStyle(e).color);
    assert.notEqual(warning, green, 'a warning is never in the green of a verified file');
    // The same agency and year signed by two keys: both flagged.
    assert.match(await imposter.locator('.duplicate-flag').textContent(), /^Xung đột: .*smh\.score\.json/);
    assert.match(await valid.locator('.duplicate-flag').textContent(), /imposter\.score\.json/);

    const tampered = verdictOf(page, 'tampered.score.json');
    assert.equal(await tampered.locator('.verdict-bad').textContent(), 'Không hợp lệ: chữ ký sai, điểm tính lại khác');
    assert.match(await tampered.textContent(), /\(khai 6, tính lại 5\)/);
    assert.equal(await page.locator('#results-summary').textContent(),
      '1/3 tệp hợp lệ, 1 tệp chữ ký đúng nhưng chưa xác minh người ký, 1 tệp không hợp lệ.');

    // English one click away, and the choice holds on the agency's page too.
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await imposter.locator('.verdict-warn').textContent(), 'Signature sound, signer not verified');
    assert.equal(await valid.locator('.verdict-ok').textContent(), 'Valid');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.locator('#agency-page').click();
    await page.locator('.set-list').waitFor();
    assert.equal(await page.locator('#authority-page').textContent(), 'Authority');
    await page.locator('#authority-page').click();
    await page.locator('#keyring-heading', { hasText: "Agencies' keyring" }).waitFor();
  } finally {
    await app.close();
  }
});

test('key files dropped on the page, and a folder of 150 score files', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openAuthority(page, `${baseUrl}authority.html`);
    // Dragged and dropped, as from a file manager.
    const transfer = await page.evaluateHandle(([smh, other]) => {
      const data = new DataTransfer();
      data.items.add(new File([smh], 'smh.pub.json', { type: 'application/json' }));
      data.items.add(new File([other], 'skh.pub.json', { type: 'application/json' }));
      return data;
    }, [SMH_KEY, fixtures.otherKey]);
    await page.locator('.drop-zone').first().dispatchEvent('drop', { dataTransfer: transfer });
    await page.locator('#keyring-count', { hasText: '2 khoá đã đăng ký.' }).waitFor();

    // A round's folder: the same agency's file sent 149 times (each copy supersedes nothing
    // new: same key, same signing time), one tampered copy, and a note that is not JSON.
    const folder = mkdtempSync(join(tmpdir(), 'parscore-round-'));
    for (let i = 1; i <= 149; i++) writeFileSync(join(folder, `SMH-${String(i).padStart(3, '0')}.score.json`), GOLDEN);
    writeFileSync(join(folder, 'SMH-tampered.score.json'), TAMPERED);
    writeFileSync(join(folder, 'ghi-chu.txt'), 'không phải tệp điểm');
    const started = Date.now();
    await page.setInputFiles('#score-files-folder', folder);
    await page.locator('#results-summary').waitFor();
    // Listed at once, then checked by the verifier workers.
    await page.locator('#checking-status').waitFor({ state: 'detached' });
    console.log(`150 files read and checked in the page in ${Date.now() - started} ms`);
    assert.equal(await page.locator('.received-table tbody tr').count(), 150);
    assert.equal(await page.locator('#results-summary').textContent(),
      '149/150 tệp hợp lệ, 0 tệp chữ ký đúng nhưng chưa xác minh người ký, 1 tệp không hợp lệ.');
    assert.match(await verdictOf(page, 'SMH-001.score.json').locator('.duplicate-flag').textContent(), /^Đã được thay bằng tệp ký sau: SMH-149\.score\.json$/);
    assert.match(await verdictOf(page, 'SMH-149.score.json').locator('.duplicate-flag').textContent(), /^Tệp mới nhất của đơn vị trong năm, thay cho: /);
  } finally {
    await app.close();
  }
});

for (const width of [390, 768, 1366]) {
  test(`the page fits ${width} px with keys and files`, async () => {
    const app = await startApp();
    try {
      const page = await app.newPage({ width, height: 900 });
      await openAuthority(page, `${app.baseUrl}authority.html`);
      await page.setInputFiles('#key-files', jsonFile('smh.pub.json', SMH_KEY));
      await page.setInputFiles('#score-files', [jsonFile('smh.score.json', GOLDEN), jsonFile('imposter.score.json', fixtures.imposterFile)]);
      await verdictOf(page, 'imposter.score.json').locator('.verdict-warn').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the page is ${overflow} px wider than the ${width} px window`);
      assert.ok(await page.locator('#score-files').isVisible());
      assert.ok(await page.locator('#export-keyring').isVisible());
    } finally {
      await app.close();
    }
  });
}

test("the page's parts are tabs with addresses of their own, kept across a reload and the back button", async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openAuthority(page, `${baseUrl}authority.html`);
    const current = () => page.locator('.section-tabs a[aria-current="page"]').textContent();
    assert.equal(await current(), 'Tiếp nhận hồ sơ');
    assert.deepEqual(await page.locator('.section-tabs a').allTextContents(),
      ['Tiếp nhận hồ sơ', 'Thẩm định', 'Kết quả, xếp hạng', 'Bộ tiêu chí']);
    await page.locator('#tab-tham-dinh').click();
    await page.waitForURL(/#tham-dinh$/);
    assert.equal(await current(), 'Thẩm định');
    assert.equal(await page.locator('#key-files').count(), 0, 'intake is not shown in another part');
    await page.reload();
    await page.locator('.section-tabs a[aria-current="page"]', { hasText: 'Thẩm định' }).waitFor();
    await page.goBack();
    await page.locator('#key-files').waitFor();
    assert.equal(await current(), 'Tiếp nhận hồ sơ');
  } finally {
    await app.close();
  }
});
