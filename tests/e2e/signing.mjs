// Helpers shared by the journeys that sign score files (journey-8, journey-9, offline-2): the
// key screen, "Sign and export", and the `parscore` command line that verifies the result.

import { execFileSync } from 'node:child_process';

import { ROOT, download, openView } from './harness.mjs';

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

/** From any screen: opens the key screen, creates a key under `passphrase` (owner as filled in
 * from the open draft), and returns the backup download ({ name, bytes }). */
export async function createKey(page, passphrase) {
  await page.locator('#open-key').click();
  await page.locator('#new-key-passphrase').fill(passphrase);
  await page.locator('#new-key-confirm').fill(passphrase);
  const backup = await download(page, page.getByRole('button', { name: 'Tạo khoá và tải tệp sao lưu' }));
  await page.locator('.key-done').waitFor();
  return backup;
}

/** Reopens the first saved draft from the list of drafts. */
export async function reopenDraft(page, name) {
  await page.locator('#open-drafts').click();
  await page.locator('.draft-card', { hasText: name }).getByRole('button', { name: 'Mở' }).click();
  await page.locator('.total-bar').waitFor();
}

/** On the open draft: "Sign and export" with `passphrase`; returns the score file download. */
export async function signAndExport(page, passphrase) {
  await openView(page, 'Ký và xuất');
  await page.locator('#sign-passphrase').fill(passphrase);
  const signed = await download(page, page.locator('#sign-export'));
  await page.locator('.sign-done', { hasText: signed.name }).waitFor();
  return signed;
}
