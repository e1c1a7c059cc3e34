// Journey: the receiving authority verifies score files on the Verify page (Kiểm tra tệp điểm),
// opened from the header without any draft. The golden file with its keyring verifies and names
// its signer; a copy with one claimed point changed fails its signature and the recomputation
// names the node; a file for an unknown criteria set and a file that is not JSON say why and
// where; removing the keyring leaves the signer unchecked. No console error along the way.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { openPicker, ROOT, startApp } from './harness.mjs';

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

async function verdictOf(page, name) {
  const cell = row(page, name).locator('.verdict');
  await cell.locator('.verdict-ok, .verdict-bad').waitFor();
  return cell.textContent();
}

test('verify signed score files: valid, tampered, unknown set, garbage', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await page.getByRole('button', { name: 'Kiểm tra tệp điểm', exact: true }).click();
    await page.getByRole('heading', { name: 'Kiểm tra tệp điểm có chữ ký số' }).waitFor();
    assert.match(await page.locator('.known-sets').textContent(), /parscore-teaching-demo 1\.0\.0 · SHA-256 d38a48c1713e…/);

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
    assert.match(await page.locator('#results-summary').textContent(), /^1\/2 tệp hợp lệ/);

    // Two files at once: one for a set the app does not know, one that is not JSON at all.
    const unknown = GOLDEN.replaceAll('parscore-teaching-demo', 'parscore-other-set');
    await page.setInputFiles('#score-files', [file('other-set.score.json', unknown), file('garbage.score.json', 'không phải JSON')]);
    assert.match(await verdictOf(page, 'other-set.score.json'), /bộ tiêu chí không khớp/);
    assert.equal(await verdictOf(page, 'garbage.score.json'), 'Không hợp lệ: sai định dạng');
    assert.match(await details.locator('h3').textContent(), /other-set\.score\.json/);
    assert.match(await details.locator('.report-facts').textContent(), /Không khớp bộ tiêu chí nào đã biết: parscore-other-set, phiên bản 1\.0\.0/);
    await row(page, 'garbage.score.json').getByRole('button').click();
    assert.match(await details.locator('.malformed').textContent(), /^Tệp sai định dạng tại line 1, column \d+: /);
    assert.match(await page.locator('#results-summary').textContent(), /^1\/4 tệp hợp lệ/);

    // In English; without the keyring, the golden file still verifies but its signer is unchecked.
    await page.getByRole('button', { name: 'English' }).click();
    await row(page, 'teaching-demo.score.json').getByRole('button').click();
    assert.equal(await details.locator('#signed-by').textContent(), 'Sở Minh Hoạ (đơn vị mẫu) (code SMH), in the keyring');
    await page.getByRole('button', { name: 'Remove the keyring' }).click();
    await details.locator('#signed-by', { hasText: 'Not checked: no keyring given' }).waitFor();
    assert.equal(await verdictOf(page, 'teaching-demo.score.json'), 'Valid');
    assert.equal(await verdictOf(page, 'tampered.score.json'), 'Not valid: bad signature, recomputed score differs');

    // Bytes that are not UTF-8 are refused as such, not checked as a signature over other text.
    await page.setInputFiles('#score-files', { name: 'latin1.score.json', mimeType: 'application/json', buffer: Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d]) });
    assert.equal(await verdictOf(page, 'latin1.score.json'), 'The file cannot be read: not UTF-8 text (wrong from byte 2)');
  } finally {
    await app.close();
  }
});
