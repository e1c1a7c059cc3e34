// Journey: the receiving authority verifies score files on the Verify page (Kiểm tra tệp điểm),
// opened from the header without any draft. The golden file with its keyring verifies and names
// its signer; a copy with one claimed point changed fails its signature and the recomputation
// names the node; a file for an unknown criteria set and a file that is not JSON say why and
// where; a file signed by a second key made with the same agency name and code is only "signature
// valid but signer not verified", in a warning style, and conflicts with the registered file of
// the same agency and year; removing the keyring leaves no file verified (never "2/2 valid").
// No console error along the way.

import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { openPicker, ROOT, startApp } from './harness.mjs';
import { parscore } from './signing.mjs';

const GOLDEN = readFileSync(join(ROOT, 'tests', 'golden', 'teaching-demo.score.json'), 'utf8');
const KEYRING = readFileSync(join(ROOT, 'tests', 'golden', 'teaching-demo.keyring.json'), 'utf8');
const FINGERPRINT = '5647-5AA7-5463-474C-0285';

function file(name, text) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** The row of the results table for the file `name`. */
function row(page, name) {
  return page.locator(`.verify-table tr[data-file="${name}"]`);
}

/** The verdict itself (the first line of the cell, without the duplicate notes under it). */
async function verdictOf(page, name) {
  const cell = row(page, name).locator('.verdict');
  await cell.locator('.verdict-ok, .verdict-bad, .verdict-warn').first().waitFor();
  return cell.locator('span').first().textContent();
}

/** The teaching demo signed now by a second key made with the same agency name and code as the
 * golden file's (as in another browser), through the command line. */
function secondKeyFile() {
  const dir = mkdtempSync(join(tmpdir(), 'parscore-second-key-'));
  const key = join(dir, 'second.key.pem');
  const out = join(dir, 'second.score.json');
  process.env.PARSCORE_PASSPHRASE = 'mật khẩu của khoá thứ hai';
  try {
    let result = parscore('keygen', '--out', key, '--agency-name', 'Sở Minh Hoạ (đơn vị mẫu)', '--agency-code', 'SMH');
    assert.equal(result.status, 0, result.stdout);
    result = parscore('sign', 'criteria/teaching-demo.json', 'criteria/demo/teaching-demo.draft.json', '--key', key, '--out', out);
    assert.equal(result.status, 0, result.stdout);
  } finally {
    delete process.env.PARSCORE_PASSPHRASE;
  }
  return readFileSync(out, 'utf8');
}

test('verify signed score files: valid, tampered, unknown set, garbage', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    // The Verify page is a page of its own (verify.html), linked from the agency's header.
    await page.getByRole('link', { name: 'Kiểm tra tệp điểm', exact: true }).click();
    await page.waitForURL(/\/verify\.html$/);
    await page.getByRole('heading', { name: 'Kiểm tra tệp điểm có chữ ký số' }).waitFor();
    // The built-in sets arrive by fetch, in any order: the teaching set's line once it is there.
    const teaching = page.locator('.known-sets li', { hasText: 'parscore-teaching-demo' });
    await teaching.waitFor();
    assert.match(await teaching.textContent(), /parscore-teaching-demo 1\.0\.0 · SHA-256 d38a48c1713e…/);

    // The keyring of registered agencies, then the golden file.
    await page.setInputFiles('#keyring-file', file('keyring.json', KEYRING));
    await page.setInputFiles('#score-files', file('teaching-demo.score.json', GOLDEN));
    assert.equal(await verdictOf(page, 'teaching-demo.score.json'), 'Hợp lệ');
    assert.equal(await page.locator('.keyring-status').textContent(), 'Danh sách khoá keyring.json: 1 khoá đã đăng ký.');
    const details = page.locator('.report-details');
    assert.match(await details.locator('[role=status]').textContent(), /^Tệp hợp lệ/);
    assert.equal(await details.locator('#signature-verdict').textContent(), 'Hợp lệ: nội dung tệp đúng như khi ký.');
    assert.equal(await details.locator('.fingerprint').textContent(), FINGERPRINT);
    assert.equal(await details.locator('.did').textContent(), 'did:key:z6MkehRgf7yJbgaGfYsdoAsKdBPE3dj2CYhowQdcjqSJgvVd');
    assert.equal(await details.locator('#signed-by').textContent(), 'Sở Minh Hoạ (đơn vị mẫu) (mã SMH), có trong danh sách khoá');
    const facts = await details.locator('.report-facts').textContent();
    assert.match(facts, /Năm đánh giá2025/);
    assert.match(facts, /Chỉ số tệp khai81,00%/);
    assert.match(facts, /Xếp loại tệp khaiKhá/);
    assert.match(facts, /Khớp bộ tiêu chí đã biết: .+ \(parscore-teaching-demo, phiên bản 1\.0\.0\)/);
    assert.equal(await details.locator('.recomputation').textContent(), 'Tính lại điểmMọi điểm tính lại từ các câu trả lời đều khớp với tệp.');

    // One claimed point changed: the signature fails and the recomputation names node 2.1.
    const tampered = GOLDEN.replace('"2.1": "5"', '"2.1": "6"');
    assert.notEqual(tampered, GOLDEN);
    await page.setInputFiles('#score-files', file('tampered.score.json', tampered));
    assert.equal(await verdictOf(page, 'tampered.score.json'), 'Không hợp lệ: chữ ký sai, điểm tính lại khác');
    assert.match(await details.locator('h3').textContent(), /tampered\.score\.json/);
    assert.match(await details.locator('[role=alert]').textContent(), /Tệp không hợp lệ: chữ ký sai, điểm tính lại khác/);
    assert.match(await details.locator('#signature-verdict').textContent(), /^Không hợp lệ/);
    const difference = details.locator('.differences tr[data-location="scorecard.nodes.2.1"]');
    assert.match(await difference.locator('th').textContent(), /^2\.1 /);
    assert.deepEqual(await difference.locator('td').allTextContents(), ['6', '5']);
    const summary = () => page.locator('#results-summary').textContent();
    assert.equal(await summary(), '1 tệp hợp lệ, 0 tệp chưa xác minh người ký, 1 tệp không hợp lệ, 0 tệp mâu thuẫn.');

    // A second key with the same agency name and code: its signature is right, but it is not the
    // registered key. The warning is the verdict itself, never the green of a verified file, and
    // the two files of SMH 2025 conflict.
    await page.setInputFiles('#score-files', file('second.score.json', secondKeyFile()));
    assert.equal(await verdictOf(page, 'second.score.json'), 'Chữ ký đúng nhưng chưa xác minh người ký');
    assert.equal(await row(page, 'second.score.json').locator('.verdict-ok').count(), 0);
    assert.equal(await row(page, 'second.score.json').locator('.verdict-warn').count(), 1);
    assert.match(await details.locator('.verdict-warn[role=status]').textContent(),
      /^Chữ ký đúng nhưng chưa xác minh người ký: khoá [0-9A-F-]{24} không có trong danh sách khoá$/);
    assert.equal(await details.locator('#signed-by').getAttribute('class'), 'verdict-warn');
    await row(page, 'teaching-demo.score.json').locator('.conflicting').waitFor();
    assert.match(await row(page, 'teaching-demo.score.json').locator('.conflicting').textContent(),
      /^mâu thuẫn với second\.score\.json: cùng đơn vị và năm nhưng khoá ký khác nhau$/);
    assert.match(await row(page, 'second.score.json').locator('.conflicting').textContent(), /^mâu thuẫn với teaching-demo\.score\.json/);
    assert.equal(await summary(), '1 tệp hợp lệ, 1 tệp chưa xác minh người ký, 1 tệp không hợp lệ, 2 tệp mâu thuẫn.');

    // Two files at once: one for a set the app does not know, one that is not JSON at all.
    const unknown = GOLDEN.replaceAll('parscore-teaching-demo', 'parscore-other-set');
    await page.setInputFiles('#score-files', [file('other-set.score.json', unknown), file('garbage.score.json', 'không phải JSON')]);
    assert.match(await verdictOf(page, 'other-set.score.json'), /bộ tiêu chí không khớp/);
    assert.equal(await verdictOf(page, 'garbage.score.json'), 'Không hợp lệ: sai định dạng');
    assert.match(await details.locator('h3').textContent(), /other-set\.score\.json/);
    assert.match(await details.locator('.report-facts').textContent(), /Không khớp bộ tiêu chí nào đã biết: parscore-other-set, phiên bản 1\.0\.0/);
    await row(page, 'garbage.score.json').getByRole('button').click();
    // Where and what, both in Vietnamese ("line 1, column 1: expected value" was English here).
    assert.match(await details.locator('.malformed').textContent(), /^Tệp sai định dạng tại dòng 1, cột \d+: thiếu một giá trị ở đây/);
    assert.equal(await summary(), '1 tệp hợp lệ, 1 tệp chưa xác minh người ký, 3 tệp không hợp lệ, 2 tệp mâu thuẫn.');

    // In English; without the keyring, the golden file's signature still holds but no signer is
    // verified: no file is valid, and the two SMH files still conflict.
    await page.getByRole('button', { name: 'English' }).click();
    await row(page, 'teaching-demo.score.json').getByRole('button').click();
    assert.equal(await details.locator('#signed-by').textContent(), 'Sở Minh Hoạ (đơn vị mẫu) (code SMH), in the keyring');
    await page.getByRole('button', { name: 'Remove the keyring' }).click();
    await details.locator('#signed-by', { hasText: 'Not checked: no keyring given' }).waitFor();
    await row(page, 'teaching-demo.score.json').locator('.verdict-warn').waitFor();
    assert.equal(await verdictOf(page, 'teaching-demo.score.json'), 'Signature valid but signer not verified');
    assert.equal(await verdictOf(page, 'second.score.json'), 'Signature valid but signer not verified');
    assert.equal(await page.locator('.verify-table .verdict-ok').count(), 0);
    assert.equal(await summary(), '0 verified, 2 with the signer not verified, 3 invalid, 2 conflicting.');
    assert.match(await row(page, 'second.score.json').locator('.conflicting').textContent(), /^conflicts with teaching-demo\.score\.json/);
    assert.equal(await verdictOf(page, 'tampered.score.json'), 'Not valid: bad signature, recomputed score differs');

    // Bytes that are not UTF-8 are refused as such, not checked as a signature over other text.
    await page.setInputFiles('#score-files', { name: 'latin1.score.json', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]) });
    assert.equal(await verdictOf(page, 'latin1.score.json'), 'The file cannot be read: not UTF-8 text (wrong from byte 2)');
  } finally {
    await app.close();
  }
});
