// Offline, the authority's page: after one visit to it (not to the agency's page) both pages
// work with the network off; its single file (parscore-authority-offline.html) works from
// file:// with the keyring and the checks; the served page runs under a strict CSP and asks
// nothing of another origin.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { GOLDEN, jsonFile, openAuthority, SMH_KEY, TAMPERED, verdictOf } from './authority.mjs';
import { builtFile, startApp } from './harness.mjs';

test('after one visit to the authority page, both pages work offline', async () => {
  const app = await startApp();
  const { page, context, baseUrl } = app;
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  try {
    await openAuthority(page, `${baseUrl}authority.html`);
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "style-src 'self'", "script-src 'self' 'wasm-unsafe-eval'"]) {
      assert.ok(policy.includes(directive), `${directive} in ${policy}`);
    }
    assert.ok(requests.length > 0);
    assert.deepEqual(requests.filter((url) => !url.startsWith(baseUrl)), [], 'no request to another origin');

    await context.setOffline(true);
    app.stopServer();
    await openAuthority(page, `${baseUrl}authority.html`);
    await page.setInputFiles('#key-files', jsonFile('smh.pub.json', SMH_KEY));
    await page.setInputFiles('#score-files', jsonFile('smh.score.json', GOLDEN));
    assert.equal(await verdictOf(page, 'smh.score.json').locator('.verdict-ok').textContent(), 'Hợp lệ');

    // The agency's page was never visited, and opens offline too.
    await page.locator('#agency-page').click();
    await page.locator('.set-list').waitFor();
    await page.locator('.set-card-loading').first().waitFor({ state: 'detached' });
    assert.equal(await page.locator('.set-card').count(), 5);
  } finally {
    await app.close();
  }
});

test("the authority's single file works from file:// with the keyring and the checks", async () => {
  const app = await startApp();
  try {
    const page = await app.newPage();
    const requests = [];
    page.on('request', (request) => requests.push(request.url()));
    const url = pathToFileURL(builtFile('parscore-authority-offline.html')).href;
    await openAuthority(page, url);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.match(policy, /^default-src 'none'; script-src 'wasm-unsafe-eval' 'sha256-/);
    await page.setInputFiles('#key-files', jsonFile('smh.pub.json', SMH_KEY));
    await page.locator('.key-table tr[data-code="SMH"]').waitFor();
    await page.setInputFiles('#score-files', [jsonFile('smh.score.json', GOLDEN), jsonFile('tampered.score.json', TAMPERED)]);
    assert.equal(await verdictOf(page, 'smh.score.json').locator('.verdict-ok').textContent(), 'Hợp lệ');
    assert.equal(await verdictOf(page, 'tampered.score.json').locator('.verdict-bad').textContent(), 'Không hợp lệ: chữ ký sai, điểm tính lại khác');
    // The keyring is kept in that browser's storage for the file.
    await openAuthority(page, url);
    await page.locator('.key-table tr[data-code="SMH"]').waitFor();
    // From disk, each single file links to the other.
    assert.equal(await page.locator('#agency-page').getAttribute('href'), 'parscore-offline.html');
    await page.goto(pathToFileURL(builtFile('parscore-offline.html')).href);
    assert.equal(await page.locator('#authority-page').getAttribute('href'), 'parscore-authority-offline.html');
    assert.deepEqual(requests.filter((r) => !r.startsWith('file:') && !r.startsWith('data:')), [], 'nothing fetched');
  } finally {
    await app.close();
  }
});
