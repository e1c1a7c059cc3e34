// On a phone (390 px), the whole way to a submission (issue 15): a draft is answered, its
// agency's details are corrected on the open draft, "Ký và xuất" is in sight and leads to the
// signing page, a key is made, and the signed score file names the corrected agency, code and
// year, in its content and its file name; the command line verifies it against that key.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { download, startApp, startDraftWithArea1 } from './harness.mjs';
import { createKey, reopenDraft, signAndExport, verifyOnCommandLine } from './signing.mjs';

const PASSPHRASE = 'mật khẩu của sở';

test('at 390 px: details corrected, then signed; the score file names the corrected agency', async () => {
  const app = await startApp();
  const page = await app.newPage({ width: 390, height: 844 });
  const dir = mkdtempSync(join(tmpdir(), 'parscore-details-'));
  try {
    await startDraftWithArea1(page, app.baseUrl, 'teaching-demo.json', { name: 'Sở Nội vụ', code: 'SNV', year: '2025' });

    await page.locator('#details-edit').click();
    await page.locator('#details-name').fill('Sở Nội vụ tỉnh Minh Hoạ');
    await page.locator('#details-code').fill('SNV-MH');
    await page.locator('#details-year').fill('2026');
    await page.getByRole('button', { name: 'Lưu thông tin đơn vị' }).click();
    await page.locator('.details-saved').waitFor();

    const sign = page.locator('#open-sign');
    const box = await sign.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390 && box.y + box.height <= 844, `"Ký và xuất" in sight: ${JSON.stringify(box)}`);
    await sign.click();
    await page.locator('.sign-view, .sign-no-key').first().waitFor();
    const backup = await createKey(page, PASSPHRASE);
    assert.equal(backup.name, 'SNV-MH.key.pem', 'the key is made for the corrected code');
    const publicFile = await download(page, page.getByRole('button', { name: 'Tải tệp khoá công khai (để đăng ký)' }));

    await reopenDraft(page, 'Sở Nội vụ');
    const signed = await signAndExport(page, PASSPHRASE);
    assert.equal(await page.locator('#sign-agency').textContent(), 'Sở Nội vụ tỉnh Minh Hoạ (SNV-MH)');
    assert.equal(signed.name, 'SNV-MH-2026-parscore-teaching-demo.score.json');
    const scoreFile = JSON.parse(signed.bytes.toString('utf8'));
    assert.deepEqual([scoreFile.agency.name, scoreFile.agency.code, scoreFile.year], ['Sở Nội vụ tỉnh Minh Hoạ', 'SNV-MH', 2026]);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390), 'no sideways scroll on the signing page');

    // The command line verifies it, with the agency's public key registered under its new code.
    const publicKey = JSON.parse(publicFile.bytes.toString('utf8'));
    assert.deepEqual(publicKey.agency, { name: 'Sở Nội vụ tỉnh Minh Hoạ', code: 'SNV-MH' });
    const checked = verifyOnCommandLine(dir, signed, [publicKey]);
    assert.equal(checked.status, 0, checked.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  }
});
