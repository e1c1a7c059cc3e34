// Takes docs/screenshot.png (1280 px) and docs/screenshot-{390,768,1366}.png, the widths officials
// use: a draft of the teaching set being filled in: the sticky totals, the areas with their
// progress, an item with its rule, answer and an evidence document whose file was hashed in the
// browser.
// Usage (after `trunk build`): node tests/e2e/screenshot.mjs

import { join } from 'node:path';

import { answerArea1, createDraft, item, openPicker, ROOT, startApp } from './harness.mjs';

const app = await startApp();
try {
  const { page, baseUrl } = app;
  await page.setViewportSize({ width: 1280, height: 860 });
  await openPicker(page, baseUrl);
  await createDraft(page, 'teaching-demo.json', { name: 'Sở Nội vụ tỉnh Minh Hoạ', code: '000.00.01.H99' });
  await answerArea1(page);
  const plan = item(page, '1.1');
  await plan.getByRole('button', { name: 'Thêm tài liệu kiểm chứng' }).click();
  await plan.getByLabel('Số, ký hiệu').fill('125/KH-UBND');
  await plan.getByLabel('Ngày ban hành').fill('2026-01-10');
  await plan.getByLabel('Trích yếu').fill('Kế hoạch cải cách hành chính năm 2026');
  await plan.getByLabel(/Tệp đính kèm/).setInputFiles({
    name: 'ke-hoach-cchc-2026.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4 kế hoạch'),
  });
  await plan.locator('.file-hash').waitFor();
  await page.locator('.section-link').nth(1).click();
  await item(page, '2.1').locator('input').nth(0).fill('45');
  await item(page, '2.1').locator('input').nth(1).fill('50');
  await item(page, '2.2').locator('input').nth(0).fill('7');
  await item(page, '2.2').locator('input').nth(1).fill('5');
  await page.locator('.section-link').first().click();
  await page.locator('#section-heading').focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png') });
  for (const [width, height] of [[390, 844], [768, 1024], [1366, 768]]) {
    await page.setViewportSize({ width, height });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ROOT, 'docs', `screenshot-${width}.png`) });
  }
} finally {
  await app.close();
}
