// A refused download is said, never dropped: when the browser will not let a file download, the
// page names the file and offers it again. Here the report's CSV, while storage is full the
// draft file (then the only copy of the work), and a new signing key's backup (the only way back
// to the key: until the browser takes it, the key is not called safe).

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { answerArea1, createDraft, openPicker, startApp, startDraftWithArea1 } from './harness.mjs';
import { openSignPage } from './signing.mjs';

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
      await page.locator('#open-report').click();
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

for (const width of [390, 1366]) {
  test(`a failed backup download is reported and the key is not called safe (${width} px)`, async () => {
    const app = await startApp({ initScript: REFUSE_DOWNLOADS });
    const { page, baseUrl } = app;
    try {
      await page.setViewportSize({ width, height: 900 });
      await startDraftWithArea1(page, baseUrl, 'teaching-demo.json', { name: 'Sở Tư pháp', code: 'STP' });
      await openSignPage(page);
      await page.locator('.sign-no-key button').click();
      await page.locator('#new-key-passphrase').fill('mật khẩu đủ dài');
      await page.locator('#new-key-confirm').fill('mật khẩu đủ dài');
      await page.getByRole('button', { name: 'Tạo khoá và tải tệp sao lưu' }).click();
      await page.locator('.key-done').waitFor();
      const refused = page.locator('.download-refused');
      await refused.waitFor();
      assert.match(await refused.textContent(), /Trình duyệt không cho tải tệp STP\.key\.pem về/);
      const safety = page.locator('#key-safety');
      assert.equal(await safety.getAttribute('data-safety'), 'DownloadRefused');
      assert.match(await safety.textContent(), /^Khoá chưa an toàn: trình duyệt không cho tải tệp sao lưu về/);

      // Signing says so too, and a reload still does: the refusal is remembered.
      await page.locator('#back-to-signing').click();
      await page.locator('#sign-key-unsafe', { hasText: 'trình duyệt không cho tải tệp sao lưu về' }).waitFor();
      await page.reload();
      await page.locator('#sign-key-unsafe', { hasText: 'trình duyệt không cho tải tệp sao lưu về' }).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 0, `the signing page fits ${width} px (${overflow} px too wide)`);
      await page.locator('#sign-key-unsafe button').click();

      // Offered again, taken: downloaded, but not yet safe until the file is opened.
      await page.evaluate(() => { window.__refuseDownloads = false; });
      const [file] = await Promise.all([page.waitForEvent('download'), page.locator('#download-backup').click()]);
      assert.equal(file.suggestedFilename(), 'STP.key.pem');
      await page.locator('#key-safety[data-safety=Unchecked]').waitFor();
    } finally {
      await app.close();
    }
  });
}
