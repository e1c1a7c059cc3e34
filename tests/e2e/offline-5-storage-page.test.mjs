// Offline 5: the storage page, from the header: what the drafts take, the space used and
// allowed, whether storage is persistent, and Safari's seven-day deletion where it applies; no
// serious accessibility problem, with or without that warning.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';

import { openPicker, startApp, startDraftWithArea1 } from './harness.mjs';

const SAFARI = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';

/** The serious and critical accessibility problems axe finds on the page, as text. */
async function seriousProblems(page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.help}`);
}

async function openStoragePage(page) {
  await page.getByRole('button', { name: 'Dữ liệu lưu trữ' }).click();
  await page.getByRole('heading', { name: 'Dữ liệu lưu trong trình duyệt này' }).waitFor();
  await page.locator('#storage-used').filter({ hasNotText: 'Đang tải…' }).waitFor();
}

test('the storage page gives the figures, and warns on Safari only', async () => {
  const app = await startApp();
  const { page, browser, baseUrl } = app;
  try {
    await startDraftWithArea1(page, baseUrl);
    await openStoragePage(page);
    // The draft and its criteria set's text (17 kB of JSON, twice that in UTF-16).
    assert.match(await page.locator('#storage-drafts').textContent(), /^\d+(,\d)? kB$/);
    assert.match(await page.locator('#storage-used').textContent(), /^[\d,]+ (byte|kB|MB|GB) trên [\d,]+ (kB|MB|GB) được phép$/);
    assert.match(await page.locator('#storage-persisted').textContent(), /^(Đã|Chưa) được cấp/);
    assert.equal(await page.locator('.storage-warning').count(), 0, 'Chromium keeps data of idle sites');
    assert.deepEqual(await seriousProblems(page), []);
    await page.getByRole('button', { name: 'English' }).click();
    assert.match(await page.locator('#storage-used').textContent(), / of [\d.]+ (kB|MB|GB) allowed$/);
    await page.getByRole('button', { name: 'All drafts' }).click();
    await page.locator('.draft-card').first().waitFor();

    const safari = await (await browser.newContext({ userAgent: SAFARI, locale: 'vi-VN' })).newPage();
    app.watch(safari);
    await openPicker(safari, baseUrl);
    await openStoragePage(safari);
    assert.match(await safari.locator('.storage-warning').textContent(), /Safari .* 7 ngày.*xuất tệp bản tự đánh giá/);
    assert.deepEqual(await seriousProblems(safari), []);
  } finally {
    await app.close();
  }
});
