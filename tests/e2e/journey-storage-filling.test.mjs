// The browser's storage filling up (issue 16): the app counts what its drafts take against
// localStorage's limit and warns from 80%, while saves still fit; typing goes on being saved, and
// the warning leaves once drafts are deleted. At the phone and office widths.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { answerArea1, createDraft, openPicker, startApp, totals } from './harness.mjs';

// 5 MiB counted as UTF-16 bytes (src/app/quota.rs), so 2.5 Mi code units; 85% of that.
const PADDING_CODE_UNITS = Math.floor(0.85 * 2.5 * 1024 * 1024);

for (const width of [390, 1366]) {
  test(`a store near its limit is said before it is full, at ${width} px`, async () => {
    const app = await startApp();
    const page = await app.newPage({ width, height: 900 });
    try {
      await openPicker(page, app.baseUrl);
      await createDraft(page, 'teaching-demo.json', { name: 'UBND xã Minh Hoạ', code: 'X01', year: '2026' });
      await answerArea1(page);
      assert.equal(await page.locator('.storage-filling').count(), 0, 'no warning with one small draft');

      // A second draft, as another session left it: a copy of this one with a very long note.
      await page.evaluate((units) => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('parscore.draft.'));
        const record = JSON.parse(localStorage.getItem(key));
        record.name = 'Bản rất dài';
        record.draft.answers['1.1'].note = 'ghi chú '.repeat(Math.ceil(units / 8)).slice(0, units);
        localStorage.setItem('parscore.draft.90', JSON.stringify(record));
      }, PADDING_CODE_UNITS);
      await page.reload();
      const warning = page.locator('.storage-filling');
      await warning.waitFor();
      assert.match(
        await warning.textContent(),
        /^Bộ nhớ của trình duyệt dành cho parscore sắp đầy: đã dùng 4,\d MB trên khoảng 5,2 MB \(8\d%\)\./,
      );
      assert.equal(await warning.getAttribute('role'), 'status', 'a warning, not an alert');
      const box = await warning.boundingBox();
      assert.ok(box && box.width <= width, `the warning fits the screen: ${box?.width}`);

      // Typing is still saved: the warning is not a failure.
      await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
      await page.locator('.draft-card', { hasNotText: 'Bản rất dài' }).getByRole('button', { name: 'Mở' }).click();
      await page.locator('.total-bar').waitFor();
      assert.equal((await totals(page)).points, '20');
      assert.equal(await page.locator('.storage-banner[role="alert"]').count(), 0, 'no save has failed');

      // Deleting the long draft takes the warning away.
      await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
      const long = page.locator('.draft-card', { hasText: 'Bản rất dài' });
      await long.getByRole('button', { name: 'Xoá', exact: true }).click();
      await long.getByRole('button', { name: 'Xoá hẳn' }).click();
      await warning.waitFor({ state: 'detached' });
    } finally {
      await app.close();
    }
  });
}
