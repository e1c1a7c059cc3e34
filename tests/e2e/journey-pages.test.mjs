// Journey: the Verify page (verify.html), the trainer's page (trainer.html) and a draft's report
// (report.html) are pages of their own, reached from the agency's page by its links and linking back, served and from the single
// files (file://, each page a file of its own), on a phone (390 px) and a desktop (1366 px). No
// console error along the way.

import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';

import { builtFile, createDraft, startApp } from './harness.mjs';

const WIDTHS = [390, 1366];

/** The agency's page with its built-in sets loaded. */
async function openAgency(page, url) {
  await page.goto(url);
  await page.locator('.set-list').waitFor();
  await page.locator('.set-card-loading').first().waitFor({ state: 'detached' });
}

/** Whether the element is inside the page's width (nothing to scroll sideways to reach it). */
async function withinWidth(page, locator) {
  const box = await locator.boundingBox();
  const width = await page.evaluate(() => document.documentElement.clientWidth);
  return box !== null && box.x >= 0 && box.x + box.width <= width + 1;
}

/** From the agency's page to the Verify page and back, then through a demo to the trainer's page
 * and back, then from a new draft to its report and back. `names` are the files the links must
 * lead to. */
async function walk(page, url, names) {
  await openAgency(page, url);
  const verify = page.locator('#open-verify');
  assert.ok(await withinWidth(page, verify), 'the Verify link is on screen');
  await verify.click();
  await page.waitForURL((u) => u.pathname.endsWith(names.verify));
  await page.getByRole('heading', { name: 'Kiểm tra tệp điểm có chữ ký số' }).waitFor();
  await page.locator('.known-sets').getByText('parscore-teaching-demo').first().waitFor();
  await page.locator('#agency-page').click();
  await page.waitForURL((u) => u.pathname.endsWith(names.agency));
  await page.locator('.set-list').waitFor();

  await page.locator('.set-card[data-file="teaching-demo.json"] a.demo-open').click();
  await page.locator('.demo-notice').waitFor();
  const trainer = page.locator('#open-trainer');
  assert.ok(await withinWidth(page, trainer), 'the trainer link is on screen');
  await trainer.click();
  await page.waitForURL((u) => u.pathname.endsWith(names.trainer));
  await page.locator('.trainer-demo[data-file="teaching-demo.json"]').click();
  const slide = page.locator('.presentation');
  await slide.waitFor();
  assert.equal(await slide.getAttribute('data-code'), '1.1');
  await page.locator('.view-tabs').getByRole('button', { name: 'Dự báo', exact: true }).click();
  await page.locator('#projection-heading').waitFor();
  await page.locator('#agency-page').click();
  await page.waitForURL((u) => u.pathname.endsWith(names.agency));
  await page.locator('.set-list').waitFor();

  await page.locator('.set-card-loading').first().waitFor({ state: 'detached' });
  await createDraft(page, 'teaching-demo.json', { name: 'Sở Thử Trang' });
  const report = page.locator('#open-report');
  assert.ok(await withinWidth(page, report), 'the report link is on screen');
  await report.click();
  await page.waitForURL((u) => u.pathname.endsWith(names.report) && u.hash.startsWith('#draft='));
  await page.locator('#doc-agency', { hasText: 'SỞ THỬ TRANG' }).waitFor();
  await page.locator('.report-table tr.row-total').waitFor();
  await page.locator('#agency-page').click();
  await page.waitForURL((u) => u.pathname.endsWith(names.agency));
  await page.locator('.total-bar').waitFor();
}

for (const width of WIDTHS) {
  test(`served, ${width} px: the Verify, trainer and report pages from the agency's links and back`, async () => {
    const app = await startApp();
    try {
      const page = await app.newPage({ width, height: 900 });
      await walk(page, app.baseUrl, { agency: '/', verify: '/verify.html', trainer: '/trainer.html', report: '/report.html' });
      await page.context().close();
    } finally {
      await app.close();
    }
  });

  test(`single files (file://), ${width} px: the same links lead to the pages' own files`, async () => {
    const app = await startApp();
    try {
      const page = await app.newPage({ width, height: 900 });
      await walk(page, pathToFileURL(builtFile('parscore-offline.html')).href, {
        agency: '/parscore-offline.html',
        verify: '/parscore-verify-offline.html',
        trainer: '/parscore-trainer-offline.html',
        report: '/parscore-report-offline.html',
      });
      await page.context().close();
    } finally {
      await app.close();
    }
  });
}
