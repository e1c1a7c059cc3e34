// Takes docs/screenshot.png: the teaching set being scored, with a few answers and one problem
// (a numerator above its denominator), as a full-page image.
// Usage (after `trunk build`): node tests/e2e/screenshot.mjs

import { join } from 'node:path';

import { chooseBuiltInSet, item, openPicker, openSection, ROOT, startApp } from './harness.mjs';

const app = await startApp();
try {
  const { page, baseUrl } = app;
  await page.setViewportSize({ width: 1280, height: 860 });
  await openPicker(page, baseUrl);
  await chooseBuiltInSet(page, 'teaching-demo.json');
  await item(page, '1.1').locator('select').selectOption('on_time');
  await item(page, '1.2').locator('input[value=yes]').check();
  await openSection(page, '2');
  await item(page, '2.1').locator('input').nth(0).fill('45');
  await item(page, '2.1').locator('input').nth(1).fill('50');
  await item(page, '2.2').locator('input').nth(0).fill('7');
  await item(page, '2.2').locator('input').nth(1).fill('5');
  await page.locator('#section-heading').focus();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(ROOT, 'docs', 'screenshot.png'), fullPage: true });
} finally {
  await app.close();
}
