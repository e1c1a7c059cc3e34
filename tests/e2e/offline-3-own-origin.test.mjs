// Offline 3: the app asks for nothing but its own files. Every request of a full journey (a
// demo agency, a draft with evidence, every view, downloads, import, the storage page, English)
// is recorded, the service worker's included, and each must go to the app's own origin.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { addEvidence, download, item, openView, startApp, startDraftWithArea1, totals } from './harness.mjs';

test('a full journey requests nothing but the app’s own files', async () => {
  const app = await startApp();
  const { page, context, baseUrl } = app;
  const origin = new URL(baseUrl).origin;
  const requests = [];
  context.on('request', (request) => requests.push(request.url()));
  try {
    await startDraftWithArea1(page, baseUrl, 'teaching-demo.json', { name: 'Sở Tư pháp' });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await addEvidence(page, '1.1', { number: '125/KH-UBND', title: 'Kế hoạch CCHC' });
    await item(page, '1.1').getByLabel(/Tệp đính kèm/).setInputFiles({
      name: 'kế hoạch.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 kế hoạch\n'),
    });
    await item(page, '1.1').locator('.file-hash').waitFor();
    assert.equal((await totals(page)).points, '20');

    for (const view of ['Biểu đồ', 'Chấm điểm']) await openView(page, view);
    await page.locator('#open-report').click();
    await download(page, page.getByRole('button', { name: 'Tải bảng CSV' }));
    await page.locator('#agency-page').click();
    await page.locator('.total-bar').waitFor();
    const file = await download(page, page.getByRole('button', { name: 'Lưu tệp bản nháp' }));

    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
    await page.locator('.set-card[data-file="teaching-demo.json"]').getByRole('link', { name: 'Xem đơn vị mẫu (chỉ xem)' }).click();
    await page.locator('.total-bar').waitFor();
    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
    await page.setInputFiles('#draft-file', { name: file.name, mimeType: 'application/json', buffer: file.bytes });
    await page.locator('.total-bar').waitFor();

    await page.getByRole('button', { name: 'Dữ liệu lưu trữ' }).click();
    await page.locator('#storage-used').filter({ hasNotText: 'Đang tải…' }).waitFor();
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'What this browser keeps' }).waitFor();
    // A reload keeps the place (the storage page), from the service worker's cache; Back then
    // reopens the imported draft.
    await page.reload();
    await page.getByRole('heading', { name: 'What this browser keeps' }).waitFor();
    await page.goBack();
    await page.locator('.total-bar').waitFor();

    assert.ok(requests.some((url) => url.endsWith('/criteria/teaching-demo.json')), 'the requests were recorded');
    const foreign = requests.filter((url) => {
      const { protocol, origin: to } = new URL(url);
      return !(to === origin || protocol === 'data:' || protocol === 'blob:');
    });
    assert.deepEqual(foreign, [], 'requests to other origins');
  } finally {
    await app.close();
  }
});
