// Offline 1: after one visit the app works with the network off (the service worker has cached
// the page, the wasm, the scripts, the styles, the built-in sets, the Verify, trainer's, signing
// and report pages and the Verify page's worker), and a new version waits for the next visit,
// announced in both languages, without taking over while a draft is edited.

import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { answerArea1, builtFile, createDraft, item, openPicker, ROOT, startApp, totals } from './harness.mjs';

/** Waits until the service worker controls the page: everything it lists is cached by then. */
async function untilControlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test('after one visit, the app works with the network off', async () => {
  const app = await startApp();
  const { page, context, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await untilControlled(page);

    // No network at all: the browser is offline and the server is gone.
    await context.setOffline(true);
    app.stopServer();
    await page.reload();
    await page.locator('.set-list').waitFor();
    await page.locator('.set-card-loading').first().waitFor({ state: 'detached' });
    assert.equal(await page.locator('.set-card').count(), 5, 'every built-in set comes from the cache');
    assert.equal(await page.locator('.load-errors').count(), 0);

    await createDraft(page, 'teaching-demo.json', { name: 'UBND xã Ngoại Tuyến' });
    assert.equal((await totals(page)).points, '0');
    await answerArea1(page);
    assert.deepEqual(await totals(page), { points: '20', index: '20,00%', band: 'Yếu' });

    // The demo agencies are cached too.
    const demo = await page.evaluate(async () => (await fetch('criteria/demo/teaching-demo.draft.json')).json());
    assert.equal(demo.format, 'parscore-draft/1');

    // So are the Verify page (verify.html, its own wasm) and its worker, with its own wasm.
    await page.getByRole('link', { name: 'Kiểm tra tệp điểm', exact: true }).click();
    await page.waitForURL(/\/verify\.html$/);
    const golden = readFileSync(join(ROOT, 'tests', 'golden', 'teaching-demo.score.json'));
    await page.setInputFiles('#score-files', { name: 'golden.score.json', mimeType: 'application/json', buffer: golden });
    // Without a keyring the signature holds but the signer is not verified: a warning verdict.
    await page.locator('.verify-table tr[data-file="golden.score.json"] .verdict-warn').waitFor();

    // Back to the form, which reopens the draft, and on to the trainer's page (trainer.html),
    // which shows that draft's slides: all from the cache.
    await page.locator('#agency-page').click();
    await page.locator('#open-trainer').click();
    await page.waitForURL(/\/trainer\.html$/);
    assert.equal(await page.locator('.presentation').getAttribute('data-code'), '1.1');
    await page.locator('#agency-page').click();
    assert.deepEqual(await totals(page), { points: '20', index: '20,00%', band: 'Yếu' });

    // And the signing page, a page of its own with its own wasm: from the draft, and back.
    const signing = await context.newPage();
    await signing.goto(baseUrl);
    await signing.locator('#open-sign').click();
    await signing.locator('.sign-view').waitFor();
    assert.equal(await signing.locator('#sign-total').textContent(), '20 / 100');
    await signing.locator('.sign-no-key button').click();
    await signing.locator('#new-key-form').waitFor();
    await signing.locator('#agency-page').click();
    await signing.locator('.total-bar').waitFor();

    // And the report page, precached the same way.
    await signing.locator('#open-report').click();
    await signing.locator('.report-doc').waitFor();
    assert.deepEqual((await signing.locator('.report-table tr.row-total').locator('td, th').allTextContents()).slice(1, 4), ['Tổng điểm', '100', '20']);
    await signing.locator('#agency-page').click();
    await signing.locator('.total-bar').waitFor();
  } finally {
    await app.close();
  }
});

test('a new version waits for the next visit and says so in both languages', async () => {
  // A copy of the build that this test turns into the "next version" while a draft is edited.
  const dist = mkdtempSync(join(tmpdir(), 'parscore-update-'));
  cpSync(builtFile(), dist, { recursive: true });
  const app = await startApp({ dist });
  const { page, context, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await untilControlled(page);
    await createDraft(page, 'teaching-demo.json', { name: 'Sở Cập Nhật' });
    await answerArea1(page);
    const note = item(page, '1.2').getByLabel(/Giải trình \/ Ghi chú/);
    await note.fill('Đang gõ dở');
    await page.evaluate(() => {
      window.sameDocument = true;
    });

    const version = publishNextVersion(dist);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    const ready = page.locator('.update-notice', { hasText: 'Đã có phiên bản mới' });
    await ready.waitFor();
    assert.match(await ready.textContent(), /A new version is ready/);
    // Nothing was taken from under the edit: same page, same text, the old version in control.
    assert.equal(await page.evaluate(() => window.sameDocument), true);
    assert.equal(await note.inputValue(), 'Đang gõ dở');
    assert.notEqual(await page.locator('meta[name="parscore-version"]').getAttribute('content'), version);

    // The next visit: every tab of the old version closed, then the app opened again.
    await page.close();
    const next = await context.newPage();
    app.watch(next);
    await next.goto(baseUrl);
    await next.locator('.total-bar').waitFor();
    assert.equal(await next.locator('meta[name="parscore-version"]').getAttribute('content'), version);
    const updated = next.locator('.update-notice', { hasText: 'parscore đã được cập nhật' });
    await updated.waitFor();
    assert.match(await updated.textContent(), /has been updated/);
    assert.equal(await item(next, '1.2').getByLabel(/Giải trình \/ Ghi chú/).inputValue(), 'Đang gõ dở');
    await updated.getByRole('button', { name: 'Đóng · Close' }).click();
    await updated.waitFor({ state: 'detached' });
  } finally {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  }
});

/** Gives the copy in `dist` a new version, as a rebuild would: returns that version. */
function publishNextVersion(dist) {
  const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
  const current = worker.match(/const VERSION = '([^']+)';/)[1];
  const next = `${current}-next`;
  writeFileSync(join(dist, 'sw.js'), worker.replace(`'${current}'`, `'${next}'`));
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  writeFileSync(join(dist, 'index.html'), index.replace(`content="${current}"`, `content="${next}"`));
  return next;
}
