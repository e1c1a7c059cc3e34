// Journey 1: an official opens the app. It is in Vietnamese; the built-in criteria sets are listed
// with their title, decision, year and level; English is one click away and survives a reload;
// a broken criteria file from disk shows its located problems and leaves the current draft alone.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

import { answerArea1, createDraft, openPicker, ROOT, startApp, totals } from './harness.mjs';

test('open the app, pick a set, switch language, reject a broken criteria file', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    // Vietnamese by default.
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
    await page.getByRole('heading', { name: 'Chọn bộ tiêu chí', exact: true }).waitFor();
    assert.equal(await page.locator('.set-card').count(), 5);
    const province = page.locator('.set-card[data-file="province-2948-2017.json"]');
    assert.match(await province.locator('h4').textContent(), /2948\/QĐ-BNV/);
    assert.match(await province.locator('.set-facts').textContent(), /Quyết định2948\/QĐ-BNV · Bộ Nội vụNăm2017CấpTỉnh, thành phố/);

    // A draft to keep safe while a broken file is opened.
    await createDraft(page, 'teaching-demo.json', { name: 'Sở Tư pháp' });
    await answerArea1(page);
    assert.deepEqual(await totals(page), { points: '20', index: '20,00%', band: 'Yếu' });

    // English, kept across a reload (which also brings the draft back).
    await page.getByRole('button', { name: 'English' }).click();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(await totals(page), { points: '20', index: '20.00%', band: 'Weak' });
    await page.reload();
    await page.locator('.total-bar').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.deepEqual(await totals(page), { points: '20', index: '20.00%', band: 'Weak' });

    // A broken criteria file from disk: its located problems are listed, as text.
    await page.getByRole('button', { name: 'All drafts' }).click();
    await page.getByRole('heading', { name: 'Choose a criteria set', exact: true }).waitFor();
    const broken = JSON.parse(readFileSync(join(ROOT, 'criteria', 'teaching-demo.json'), 'utf8'));
    broken.nodes[0].children[0].max = '12';
    broken.nodes[0].children[0].title.vi = '<b>không phải HTML</b>';
    await page.setInputFiles('#criteria-file', {
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(broken, null, 2)),
    });
    const errors = page.locator('.file-section .load-errors');
    await errors.waitFor();
    assert.match(await errors.textContent(), /broken\.json/);
    assert.ok((await errors.locator('li').count()) >= 1);
    assert.match(await errors.locator('li').first().textContent(), /^1(\.1)? /);

    // The draft is untouched.
    assert.equal(await page.locator('.draft-card').count(), 1);
    await page.locator('.draft-card').getByRole('button', { name: 'Open' }).click();
    assert.deepEqual(await totals(page), { points: '20', index: '20.00%', band: 'Weak' });
  } finally {
    await app.close();
  }
});

test('the page shows its header while the app loads, and the app takes its place', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    // Hold the form's wasm back: what an office PC shows while it loads.
    let release;
    const held = new Promise((resolve) => (release = resolve));
    await page.route(/parscore-app-[0-9a-f]+_bg\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseUrl);
    const shell = page.locator('#app-shell');
    await shell.waitFor();
    assert.match(await shell.textContent(), /parscore · Chỉ số CCHC\s*Đang mở… · Opening…/);
    assert.equal(await page.locator('.app-header h1').count(), 0);

    release();
    await page.locator('.set-list').waitFor();
    // One header: the app's, in place of the loading one.
    assert.equal(await shell.count(), 0);
    assert.equal(await page.locator('.app-header').count(), 1);
    assert.equal(await page.locator('[role="status"]', { hasText: 'Đang mở' }).count(), 0);
  } finally {
    await app.close();
  }
});
