// Helpers shared by the journeys that sign score files (journey-8, journey-9, offline-2): the
// signing page (sign.html: the key screen, "Sign and export"), and the `parscore` command line
// that verifies the result.

import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT, download } from './harness.mjs';

/** Runs the `parscore` command line from the repository; returns { status, stdout }. */
export function parscore(...args) {
  try {
    const stdout = execFileSync('cargo', ['run', '-q', '--locked', '--bin', 'parscore', '--', ...args], {
      cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout };
  } catch (error) {
    return { status: error.status, stdout: `${error.stdout}${error.stderr}` };
  }
}

/** `parscore verify` of the downloaded score file `signed`, written in `dir`, against the built-in
 * sets and a keyring of the public key files `keys`; returns { status, stdout }. */
export function verifyOnCommandLine(dir, signed, keys) {
  const file = join(dir, signed.name);
  const ring = join(dir, 'keyring.json');
  writeFileSync(file, signed.bytes);
  writeFileSync(ring, JSON.stringify(keys, null, 2));
  return parscore('verify', file, '--criteria', join(ROOT, 'criteria'), '--keyring', ring);
}

/** From the form or the signing page: opens the key screen (on the signing page, sign.html),
 * creates a key under `passphrase` (owner as filled in from the draft being signed), and returns
 * the backup download ({ name, bytes }). */
export async function createKey(page, passphrase) {
  if (await page.locator('#open-key').count()) await page.locator('#open-key').click();
  else if (await page.locator('.sign-no-key').count()) await page.locator('.sign-no-key button').click();
  await page.locator('#new-key-passphrase').fill(passphrase);
  await page.locator('#new-key-confirm').fill(passphrase);
  const backup = await download(page, page.getByRole('button', { name: 'Tạo khoá và tải tệp sao lưu' }));
  await page.locator('.key-done').waitFor();
  return backup;
}

/** On the key screen: checks the backup file (opens it once with `passphrase`); the key is then
 * called safe. */
export async function checkBackup(page, backup, passphrase) {
  await page.setInputFiles('#check-backup-file', { name: backup.name, mimeType: 'application/x-pem-file', buffer: backup.bytes });
  await page.locator('#check-backup-chosen', { hasText: backup.name }).waitFor();
  await page.locator('#check-backup-passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'Kiểm tra tệp sao lưu' }).click();
  await page.locator('#key-safety[data-safety=Safe]').waitFor();
}

/** Back on the form (from the signing page too), reopens the saved draft named `name`. */
export async function reopenDraft(page, name) {
  if (await page.locator('#agency-page').count()) await page.locator('#agency-page').click();
  await page.locator('#open-drafts, .drafts-screen').first().waitFor();
  if (await page.locator('#open-drafts').count()) await page.locator('#open-drafts').click();
  await page.locator('.draft-card', { hasText: name }).getByRole('button', { name: 'Mở' }).click();
  await page.locator('.total-bar').waitFor();
}

/** On the open draft: "Ký và xuất" opens the signing page; confirms the unanswered items if any,
 * signs with `passphrase`, and returns the score file download. */
export async function signAndExport(page, passphrase) {
  await openSignPage(page);
  if (await page.locator('#sign-confirm-unanswered').count()) await page.locator('#sign-confirm-unanswered').check();
  await page.locator('#sign-passphrase').fill(passphrase);
  const signed = await download(page, page.locator('#sign-export'));
  await page.locator('.sign-done', { hasText: signed.name }).waitFor();
  return signed;
}

/** On the open draft: follows "Ký và xuất" to the signing page, and waits for it to show the draft. */
export async function openSignPage(page) {
  await page.locator('#open-sign').click();
  await page.locator('.sign-view').waitFor();
}
