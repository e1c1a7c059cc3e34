// A damaged stored draft (issue 16) is listed, not hidden: on the list of drafts and the storage
// page, with why, its raw text to download, "Thử nhập" that recovers its answers into a new
// draft, and a delete that asks first.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { answerArea1, createDraft, download, openPicker, startApp, totals } from './harness.mjs';

test('a damaged draft is listed, downloaded, recovered and deleted only when confirmed', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await createDraft(page, 'teaching-demo.json', { name: 'UBND xã Minh Hoạ', code: 'X01', year: '2026' });
    await answerArea1(page);
    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();

    // Something outside the app breaks the record: its section is a number, not text.
    const broken = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('parscore.draft.'));
      const record = JSON.parse(localStorage.getItem(key));
      record.section = 12;
      localStorage.setItem(key, JSON.stringify(record));
      return { key, text: localStorage.getItem(key) };
    });
    await page.reload();
    const damaged = page.locator('.damaged-entries');
    await damaged.waitFor();
    assert.equal(await page.locator('.draft-card').count(), 0, 'it cannot be opened');
    const entry = damaged.locator(`.damaged-entry[data-key="${broken.key}"]`);
    assert.match(await entry.locator('.damaged-title').textContent(), /^Bản tự đánh giá số \d+$/);
    assert.match(await entry.locator('.damaged-why').textContent(), /^Không đọc được: section \(dòng 1, cột \d+\): sai kiểu/);

    // Its raw text, exactly as stored.
    const file = await download(page, entry.getByRole('button', { name: 'Tải nội dung về' }));
    assert.equal(file.name, `${broken.key}.json`);
    assert.equal(file.bytes.toString('utf8'), broken.text);

    // The storage page lists it too.
    await page.getByRole('button', { name: 'Dữ liệu lưu trữ' }).click();
    await page.locator('.storage-screen .damaged-entry').waitFor();
    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();

    // "Thử nhập" recovers the answers into a new draft; the damaged entry stays.
    await entry.getByRole('button', { name: 'Thử nhập' }).click();
    await page.locator('.total-bar').waitFor();
    assert.equal((await totals(page)).points, '20');
    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
    assert.equal(await page.locator('.draft-card').count(), 1);
    assert.equal(await entry.count(), 1);

    // Deleting asks first.
    await entry.getByRole('button', { name: 'Xoá' }).click();
    await entry.getByText('Xoá hẳn mục này khỏi trình duyệt? Nội dung chưa tải về sẽ mất.').waitFor();
    await entry.getByRole('button', { name: 'Huỷ' }).click();
    assert.equal(await page.evaluate((key) => localStorage.getItem(key) !== null, broken.key), true);
    await entry.getByRole('button', { name: 'Xoá' }).click();
    await entry.getByRole('button', { name: 'Xoá hẳn' }).click();
    await damaged.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), broken.key), null);
  } finally {
    await app.close();
  }
});
