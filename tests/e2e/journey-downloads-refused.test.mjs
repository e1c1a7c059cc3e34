// A refused download is said, never dropped: when the browser will not let a file download, the
// page names the file and offers it again. Here the report's CSV and, while storage is full, the
// draft file (then the only copy of the work).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { answerArea1, createDraft, openPicker, openView, startApp, startDraftWithArea1 } from './harness.mjs';

// Until the page sets window.__refuseDownloads to false, making a Blob URL throws, as it does where
// a browser's policy blocks downloads.
const REFUSE_DOWNLOADS = () => {
  window.__refuseDownloads = true;
  const create = URL.createObjectURL.bind(URL);
  URL.createObjectURL = (blob) => {
    if (window.__refuseDownloads) throw new DOMException('blocked by policy', 'SecurityError');
    return create(blob);
  };
};

for (const width of [390, 1366]) {
  test(`a refused CSV says so and downloads on retry (${width} px)`, async () => {
    const app = await startApp({ initScript: REFUSE_DOWNLOADS });
    const { page, baseUrl } = app;
    try {
      await page.setViewportSize({ width, height: 900 });
      await startDraftWithArea1(page, baseUrl, 'teaching-demo.json', { name: 'Sở Tư pháp', code: 'S01' });
      await openView(page, 'Báo cáo');
      await page.getByRole('button', { name: 'Tải bảng CSV' }).click();
      const refused = page.locator('.download-refused');
      await refused.waitFor();
      assert.match(await refused.textContent(), /Trình duyệt không cho tải tệp .*\.csv về/);
      await page.evaluate(() => { window.__refuseDownloads = false; });
      const [file] = await Promise.all([page.waitForEvent('download'), refused.getByRole('button', { name: 'Tải lại' }).click()]);
      assert.match(file.suggestedFilename(), /\.csv$/);
      await refused.waitFor({ state: 'detached' });
    } finally {
      await app.close();
    }
  });
}

test('with storage full, a refused draft file is offered again', async () => {
  const app = await startApp({
    initScript: `(${REFUSE_DOWNLOADS.toString()})();
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key, value) {
        if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return setItem.call(this, key, value);
      };`,
  });
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await createDraft(page, 'teaching-demo.json', { name: 'Sở Tư pháp' });
    await page.evaluate(() => { window.__storageFull = true; });
    await answerArea1(page);
    const banner = page.locator('.storage-banner');
    await banner.waitFor();
    await banner.getByRole('button', { name: 'Tải tệp bản tự đánh giá' }).click();
    const refused = banner.locator('.download-refused');
    await refused.waitFor();
    assert.match(await refused.textContent(), /Sở Tư pháp.*\.draft\.json/);
    await page.evaluate(() => { window.__refuseDownloads = false; });
    const [file] = await Promise.all([page.waitForEvent('download'), refused.getByRole('button', { name: 'Tải lại' }).click()]);
    assert.match(file.suggestedFilename(), /\.draft\.json$/);
    await refused.waitFor({ state: 'detached' });
  } finally {
    await app.close();
  }
});
