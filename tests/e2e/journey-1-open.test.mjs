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

test('every page shows its header while its wasm loads, and the page takes its place', async () => {
  const app = await startApp();
  const { baseUrl } = app;
  try {
    // Each page's wasm held back: what an office PC shows while it loads.
    const pages = [
      ['', /parscore-app-[0-9a-f]+_bg\.wasm$/, 'parscore · Chỉ số CCHC', '.set-list'],
      ['authority.html', /parscore-authority_bg\.wasm$/, 'parscore · Sở Nội vụ', 'h1'],
      ['trainer.html', /parscore-trainer_bg\.wasm$/, 'parscore · Tập huấn', 'h1'],
    ];
    for (const [path, wasm, title, mounted] of pages) {
      // A fresh browser for each page: no service worker yet, which would serve the wasm itself.
      const page = await app.newPage();
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await page.route(wasm, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(baseUrl + path);
      const shell = page.locator('#app-shell');
      await shell.waitFor();
      assert.equal((await shell.textContent()).replace(/\s+/g, ' ').trim(), `${title} Đang mở… · Opening…`);
      assert.equal(await page.locator('h1').count(), 0, path);

      release();
      await page.locator(mounted).first().waitFor();
      // The page's own header in place of the loading one.
      assert.equal(await shell.count(), 0, path);
      assert.equal(await page.locator('[role="status"]', { hasText: 'Đang mở' }).count(), 0, path);
      assert.ok((await page.locator('h1').count()) >= 1, path);
      await page.context().close();
    }
  } finally {
    await app.close();
  }
});
