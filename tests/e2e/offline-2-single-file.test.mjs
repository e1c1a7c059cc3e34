// Offline 2: the single file (parscore-offline.html, made by the same `trunk build`) opened from
// a USB stick, as file://: the built-in sets, a draft kept in that browser's storage, export of
// the draft file, a signing key and a signed score file (on the signing page's own single file)
// that the command line verifies, import on another computer, and nothing asked of any network.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { ROOT, answerArea1, builtFile, createDraft, download, item, openSection, startApp, totals } from './harness.mjs';
import { createKey, parscore, reopenDraft, signAndExport } from './signing.mjs';

const SINGLE_FILE = pathToFileURL(builtFile('parscore-offline.html')).href;

/** Opens the single file and waits for the built-in sets, read from the page itself. */
async function openSingleFile(page) {
  await page.goto(SINGLE_FILE);
  await page.locator('.set-list').waitFor();
  await page.locator('.set-card-loading').first().waitFor({ state: 'detached' });
}

test('the single file works from file://: a draft, saved, exported and imported', async () => {
  assert.ok(existsSync(builtFile('parscore-offline.html')), 'trunk build writes the single file');
  const app = await startApp();
  const { page, context } = app;
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  try {
    await openSingleFile(page);
    assert.equal(await page.locator('.set-card').count(), 5);
    assert.equal(await page.locator('.load-errors').count(), 0);
    assert.equal(await page.evaluate(() => navigator.serviceWorker?.controller ?? null), null, 'no service worker');

    // A demo agency, read from the page too.
    await page.locator('.set-card[data-file="teaching-demo.json"]').getByRole('link', { name: 'Xem đơn vị mẫu (chỉ xem)' }).click();
    await page.locator('.total-bar').waitFor();
    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();

    await createDraft(page, 'teaching-demo.json', { name: 'UBND xã Ổ Cứng', code: 'X09' });
    await answerArea1(page);
    await openSection(page, '2');
    await item(page, '2.3').locator('input').first().fill('62,5');
    assert.deepEqual(await totals(page), { points: '30', index: '30,00%', band: 'Yếu' });

    // Kept in this browser's storage: a reload brings the draft back.
    await page.reload();
    await page.locator('.total-bar').waitFor();
    assert.equal((await totals(page)).points, '30');

    const file = await download(page, page.getByRole('button', { name: 'Lưu tệp bản nháp' }));
    assert.equal(file.name, 'UBND xã Ổ Cứng 2026.draft.json');
    const draft = JSON.parse(file.bytes.toString('utf8'));
    assert.equal(draft.format, 'parscore-draft/1');
    assert.equal(draft.criteria.id, 'parscore-teaching-demo');
    assert.deepEqual(draft.agency, { name: 'UBND xã Ổ Cứng', code: 'X09', level: 'training' });
    assert.equal(draft.answers['1.1'].level, 'on_time');
    assert.equal(draft.answers['2.3'].percent, '62.5');

    // Signing works from the USB stick too: a key, then a score file the command line accepts.
    const backup = await createKey(page, 'mật khẩu trên USB');
    assert.equal(backup.name, 'X09.key.pem');
    await reopenDraft(page, 'UBND xã Ổ Cứng');
    const signed = await signAndExport(page, 'mật khẩu trên USB');
    assert.equal(signed.name, 'X09-2026-parscore-teaching-demo.score.json');
    const dir = mkdtempSync(join(tmpdir(), 'parscore-usb-'));
    try {
      writeFileSync(join(dir, signed.name), signed.bytes);
      // No keyring here: the signer is not verified, which --allow-unregistered accepts and says.
      const verified = parscore('verify', join(dir, signed.name), '--criteria', join(ROOT, 'criteria'), '--allow-unregistered');
      assert.equal(verified.status, 0, verified.stdout);
      assert.match(verified.stdout, /Chữ ký đúng nhưng chưa xác minh người ký/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    // The signing page's single file leads back to the form's, the draft still open.
    await page.locator('#agency-page').click();
    await page.locator('.total-bar').waitFor();

    // The report's single file names the file just signed, and leads back too.
    await page.locator('#open-report').click();
    await page.waitForURL((u) => u.pathname.endsWith('/parscore-report-offline.html'));
    const sha256 = createHash('sha256').update(signed.bytes).digest('hex');
    await page.locator('#doc-sha', { hasText: sha256 }).waitFor();
    await page.locator('#doc-qr path').waitFor();
    await page.locator('#agency-page').click();
    await page.locator('.total-bar').waitFor();

    // Another computer with the same USB stick: the draft file imports.
    const other = await app.newPage();
    other.context().on('request', (request) => requests.push(request.url()));
    await openSingleFile(other);
    await other.setInputFiles('#draft-file', { name: file.name, mimeType: 'application/json', buffer: file.bytes });
    await other.locator('.total-bar').waitFor();
    assert.deepEqual(await totals(other), await totals(page));

    const elsewhere = requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:') && !url.startsWith('blob:'));
    assert.deepEqual(elsewhere, [], 'the single file asks nothing of any network');
  } finally {
    await app.close();
  }
});

test('in the single file the Verify page says, in Vietnamese, where files can be checked', async () => {
  const app = await startApp();
  const { page } = app;
  try {
    await openSingleFile(page);
    await page.locator('#open-verify').click();
    // Browsers start no worker from file://: the page says so and points to the authority's file.
    const notice = page.locator('.load-errors[role=alert]');
    await notice.waitFor();
    assert.match(await notice.textContent(), /file:\/\/.*parscore-authority-offline\.html/);
    assert.doesNotMatch(await notice.textContent(), /Failed to construct|Worker/);
    await page.setInputFiles('#score-files', join(ROOT, 'tests', 'golden', 'teaching-demo.score.json'));
    // The file is listed as not checked, never left "checking" forever.
    const row = page.locator('.verify-table tbody tr').first();
    await row.getByText('Chưa kiểm tra được').waitFor();
    assert.equal(await page.getByText('Đang kiểm tra').count(), 0);
  } finally {
    await app.close();
  }
});
