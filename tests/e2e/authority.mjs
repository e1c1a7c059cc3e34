// Helpers for the authority page's journeys (authority-*.test.mjs): its fixtures (public key
// files, score files signed by registered and unregistered keys, a tampered one) and its page.

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT } from './harness.mjs';
import { parscore } from './signing.mjs';

export const GOLDEN = readFileSync(join(ROOT, 'tests', 'golden', 'teaching-demo.score.json'), 'utf8');
/** The golden file's signer (Sở Minh Hoạ, code SMH) as a single public key file. */
export const SMH_KEY = `${JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'tests', 'golden', 'teaching-demo.keyring.json'), 'utf8'))[0], null, 2)}\n`;
export const SMH_FINGERPRINT = '5647-5AA7-5463-474C-0285';
/** One claimed point changed after signing. */
export const TAMPERED = GOLDEN.replace('"2.1": "5"', '"2.1": "6"');

export function jsonFile(name, text) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(text) };
}

/** Keys and files made with the command line: another agency's key (SKH), and a file for SMH
 * signed by a key nobody registered (made in "another browser" with the same name and code). */
export function makeFixtures() {
  const dir = mkdtempSync(join(tmpdir(), 'parscore-authority-'));
  process.env.PARSCORE_PASSPHRASE = 'authority journey';
  for (const [stem, name, code] of [['other', 'Sở Khác', 'SKH'], ['imposter', 'Sở Minh Hoạ (đơn vị mẫu)', 'SMH']]) {
    const made = parscore('keygen', '--out', join(dir, `${stem}.key.pem`), '--agency-name', name, '--agency-code', code);
    if (made.status !== 0) throw new Error(`keygen: ${made.stdout}`);
  }
  const signed = parscore('sign', 'criteria/teaching-demo.json', 'criteria/demo/teaching-demo.draft.json',
    '--key', join(dir, 'imposter.key.pem'), '--out', join(dir, 'imposter.score.json'));
  if (signed.status !== 0) throw new Error(`sign: ${signed.stdout}`);
  delete process.env.PARSCORE_PASSPHRASE;
  return {
    otherKey: readFileSync(join(dir, 'other.key.pem.pub.json'), 'utf8'),
    imposterFile: readFileSync(join(dir, 'imposter.score.json'), 'utf8'),
  };
}

/** Opens the authority's page and waits for the built-in sets. */
export async function openAuthority(page, url) {
  await page.goto(url);
  // The page's tabs are there once its wasm runs, whichever part the address opens.
  await page.locator('.section-tabs').waitFor();
  await page.locator('.authority-section [role=status]', { hasText: 'Đang tải các bộ tiêu chí' }).waitFor({ state: 'detached' });
}

/** The verdict cell of the received file `name`. */
export function verdictOf(page, name) {
  return page.locator(`.received-table tr[data-file="${name}"] .verdict`);
}

/** The registered codes, as listed. */
export async function codes(page) {
  return page.locator('.key-table tbody th').allTextContents();
}
