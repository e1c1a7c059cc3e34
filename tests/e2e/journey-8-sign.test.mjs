// Journey 8: from its draft an agency follows "Ký và xuất" to the signing page (sign.html), creates
// its signing key there (the encrypted backup downloads at once, the public key file on request),
// checks the backup (the key is called safe only then), reviews what it is about to sign, confirms
// the unanswered items, signs and downloads the score file, and the `parscore` command line verifies that file against a keyring made of
// the downloaded public key file. On another computer the key is restored from its backup; a
// wrong passphrase is said plainly.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { addEvidence, download, startApp, startDraftWithArea1 } from './harness.mjs';
import { checkBackup, createKey, openSignPage, reopenDraft, verifyOnCommandLine } from './signing.mjs';

const PASSPHRASE = 'mật khẩu của sở';

test('create a key, sign and export, verify on the command line, restore the key elsewhere', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  const dir = mkdtempSync(join(tmpdir(), 'parscore-sign-'));
  try {
    await startDraftWithArea1(page, baseUrl, 'teaching-demo.json', { name: 'Sở Nội vụ', code: 'SNV', year: '2025' });
    await addEvidence(page, '1.1', { number: '125/KH-UBND', date: '2025-01-10', title: 'Kế hoạch CCHC năm 2025' });

    // "Sign and export" is the signing page, with the draft in its address; without a key it
    // leads to the key screen.
    await openSignPage(page);
    assert.match(page.url(), /sign\.html#draft=/);
    await page.locator('.sign-no-key').waitFor();

    // A new key: too short a passphrase is refused before anything else happens.
    await page.locator('.sign-no-key button').click();
    assert.equal(await page.locator('#new-key-name').inputValue(), 'Sở Nội vụ', 'the open draft names the owner');
    assert.equal(await page.locator('#new-key-code').inputValue(), 'SNV');
    await page.locator('#new-key-passphrase').fill('ngắn');
    await page.locator('#new-key-confirm').fill('ngắn');
    await page.getByRole('button', { name: 'Tạo khoá và tải tệp sao lưu' }).click();
    await page.locator('#new-key-form [role=alert]', { hasText: 'Mật khẩu quá ngắn: cần ít nhất 8 ký tự.' }).waitFor();

    const backup = await createKey(page, PASSPHRASE);
    assert.equal(backup.name, 'SNV.key.pem');
    const pem = backup.bytes.toString('utf8');
    assert.match(pem, /^-----BEGIN ENCRYPTED PRIVATE KEY-----\n/);
    const fingerprint = (await page.locator('#key-fingerprint').textContent()).trim();
    assert.match(fingerprint, /^[0-9A-F]{4}(-[0-9A-F]{4}){4}$/);

    // Downloaded is not yet safe: the backup is opened once with its passphrase first. A wrong
    // passphrase, or another file, leaves it unchecked.
    await page.locator('#key-safety[data-safety=Unchecked]').waitFor();
    await page.setInputFiles('#check-backup-file', { name: backup.name, mimeType: 'application/x-pem-file', buffer: backup.bytes });
    await page.locator('#check-backup-chosen', { hasText: backup.name }).waitFor();
    await page.locator('#check-backup-passphrase').fill('không phải mật khẩu');
    await page.getByRole('button', { name: 'Kiểm tra tệp sao lưu' }).click();
    await page.locator('#check-backup-form [role=alert]', { hasText: 'Mật khẩu không đúng.' }).waitFor();
    assert.equal(await page.locator('#key-safety').getAttribute('data-safety'), 'Unchecked');
    await checkBackup(page, backup, PASSPHRASE);
    assert.match(await page.locator('#key-safety').textContent(), /^Khoá an toàn/);

    const publicFile = await download(page, page.getByRole('button', { name: 'Tải tệp khoá công khai (để đăng ký)' }));
    assert.equal(publicFile.name, 'SNV.public-key.json');
    const publicKey = JSON.parse(publicFile.bytes.toString('utf8'));
    assert.equal(publicKey.fingerprint, fingerprint);
    assert.deepEqual(publicKey.agency, { name: 'Sở Nội vụ', code: 'SNV' });
    assert.ok(!publicFile.bytes.toString('utf8').includes('PRIVATE'), 'the public key file holds nothing secret');

    // Back to the draft: the preview says what is signed and what is still open.
    await reopenDraft(page, 'Sở Nội vụ');
    await openSignPage(page);
    assert.equal(await page.locator('#sign-key-unsafe').count(), 0, 'a checked key is not called unsafe');
    assert.equal(await page.locator('#sign-agency').textContent(), 'Sở Nội vụ (SNV)');
    assert.equal(await page.locator('#sign-total').textContent(), '20 / 100');
    const unanswered = page.locator('section[aria-labelledby=sign-unanswered]');
    assert.match(await unanswered.locator('h3').textContent(), /^Chưa trả lời \(\d+\)$/);
    assert.ok(!(await unanswered.locator('li').allTextContents()).some((t) => t.startsWith('1.1 ')), '1.1 is answered');
    const missing = await page.locator('section[aria-labelledby=sign-missing-evidence] li').allTextContents();
    assert.ok(!missing.some((t) => t.startsWith('1.1 ')), `1.1 has evidence: ${missing.join(' | ')}`);
    assert.equal(await page.locator('#sign-key').textContent(), `Sở Nội vụ (SNV) · ${fingerprint}`);

    // Unanswered items are confirmed before signing.
    await page.locator('#sign-passphrase').fill(PASSPHRASE);
    await page.locator('#sign-export').click();
    await page.locator('.sign-form [role=alert]', { hasText: 'Còn tiêu chí chưa trả lời' }).waitFor();
    await page.locator('#sign-confirm-unanswered').check();

    // A wrong passphrase is said plainly; the right one signs and downloads.
    await page.locator('#sign-passphrase').fill('không phải mật khẩu');
    await page.locator('#sign-export').click();
    await page.locator('.sign-form [role=alert]', { hasText: 'Mật khẩu không đúng.' }).waitFor();
    await page.locator('#sign-passphrase').fill(PASSPHRASE);
    const signed = await download(page, page.locator('#sign-export'));
    assert.equal(signed.name, 'SNV-2025-parscore-teaching-demo.score.json');
    await page.locator('.sign-done', { hasText: signed.name }).waitFor();
    assert.equal(await page.locator('#sign-passphrase').inputValue(), '', 'the passphrase is not kept in the form');
    const scoreFile = JSON.parse(signed.bytes.toString('utf8'));
    assert.equal(scoreFile.proof.cryptosuite, 'eddsa-jcs-2022');
    assert.equal(scoreFile.proof.verificationMethod.split('#')[0], publicKey.did);
    assert.ok(!signed.bytes.toString('utf8').includes('PRIVATE KEY'), 'the score file holds no private key');

    // The authority's command line accepts it with the registered key; without, the signature
    // holds but the signer is not verified, and the command fails.
    const verified = verifyOnCommandLine(dir, signed, [publicKey]);
    assert.equal(verified.status, 0, verified.stdout);
    const unknown = verifyOnCommandLine(dir, signed, []);
    assert.equal(unknown.status, 1, unknown.stdout);
    assert.match(unknown.stdout, /Chữ ký đúng nhưng chưa xác minh người ký — khoá [0-9A-F-]{24} không có trong danh sách khoá/);

    // Another computer: restore the key from its backup, on a screen of its own.
    const other = await app.newPage();
    await other.goto(baseUrl);
    await other.locator('#open-key').click();
    assert.match(other.url(), /sign\.html$/);
    await other.locator('#open-restore').click();
    await other.getByRole('heading', { name: 'Khôi phục khoá từ tệp sao lưu' }).waitFor();
    await other.setInputFiles('#restore-key-file', { name: backup.name, mimeType: 'application/x-pem-file', buffer: backup.bytes });
    await other.locator('#restore-key-chosen', { hasText: backup.name }).waitFor();
    await other.locator('#restore-key-name').fill('Sở Nội vụ');
    await other.locator('#restore-key-code').fill('SNV');
    await other.locator('#restore-key-passphrase').fill('sai mật khẩu rồi');
    await other.getByRole('button', { name: 'Khôi phục khoá' }).click();
    await other.locator('#restore-key-form [role=alert]', { hasText: 'Mật khẩu không đúng.' }).waitFor();
    await other.locator('#restore-key-passphrase').fill(PASSPHRASE);
    await other.getByRole('button', { name: 'Khôi phục khoá' }).click();
    await other.locator('.key-done', { hasText: 'Đã khôi phục khoá' }).waitFor();
    assert.equal((await other.locator('#key-fingerprint').textContent()).trim(), fingerprint);
    assert.equal(await other.locator('#key-safety').getAttribute('data-safety'), 'Safe', 'a key restored from its backup is safe');

    // A file that is not a backup says so.
    await other.setInputFiles('#restore-key-file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('xin chào') });
    await other.locator('#restore-key-chosen', { hasText: 'notes.txt' }).waitFor();
    await other.getByRole('button', { name: 'Khôi phục khoá' }).click();
    await other.locator('#restore-key-form [role=alert]', { hasText: 'Tệp này không phải tệp sao lưu khoá dùng được' }).waitFor();

    // The key survives a reload, its checked backup too; the signing page leads back to the form.
    await page.reload();
    await page.locator('#agency-page').click();
    await page.locator('#open-key').click();
    assert.equal((await page.locator('#key-fingerprint').textContent()).trim(), fingerprint);
    assert.equal(await page.locator('#key-safety').getAttribute('data-safety'), 'Safe');
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await app.close();
  }
});
