// Every draft, view, section and item of the form has an address (issue 15): the address bar
// follows what is open, Back and Forward walk through it, a reload keeps the place, and an
// address opened later (a bookmark) comes back to it. Served, and in the single file from file://.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { builtFile, createDraft, openPicker, openSection, openView, startApp } from './harness.mjs';

const hash = (page) => page.evaluate(() => location.hash);
const current = (page) => page.locator('.section-link.current .section-code').textContent();

async function walk(page, start) {
  await page.goto(start);
  await page.locator('.set-card').first().waitFor();
  await createDraft(page, 'teaching-demo.json', { name: 'Sở Tư pháp' });
  const first = /draft=(\w+)/.exec(await hash(page))[1];
  assert.match(await page.title(), /^Sở Tư pháp \d{4} · Tự đánh giá Chỉ số cải cách hành chính$/, 'the tab names the draft');
  assert.match(await hash(page), new RegExp(`^#draft=${first}&view=form&section=1$`));

  await openSection(page, '2');
  assert.match(await hash(page), /&section=2$/);
  await openView(page, 'Biểu đồ');
  assert.match(await hash(page), /&view=chart&section=2$/);

  // Back: the form on section 2, then section 1; Forward: section 2 again.
  await page.goBack();
  await page.locator('.section-link').first().waitFor();
  assert.equal(await current(page), '2');
  await page.goBack();
  assert.equal(await current(page), '1');
  await page.goForward();
  assert.equal(await current(page), '2');

  // The list of drafts, and Back to the draft.
  await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
  await page.locator('.draft-card').first().waitFor();
  assert.equal(await hash(page), '');
  await page.goBack();
  assert.equal(await current(page), '2');

  // A reload keeps the place; so does an address opened later, in another tab.
  await openView(page, 'Điểm bị mất ở đâu');
  const address = page.url();
  await page.reload();
  await page.locator('.losses, .wide-main').first().waitFor();
  assert.equal(page.url(), address);
  assert.match(await hash(page), /&view=losses/);
  const other = await page.context().newPage();
  await other.goto(address.replace(/&view=losses.*$/, '&view=form&section=3'));
  await other.locator('.section-link.current').waitFor();
  assert.equal(await current(other), '3');
  await other.close();
}

test('addresses, Back and Forward, reload and a bookmark, served', async () => {
  const app = await startApp();
  try {
    await walk(app.page, app.baseUrl);
  } finally {
    await app.close();
  }
});

test('the same in the single file opened from file://', async () => {
  const app = await startApp();
  try {
    await walk(app.page, pathToFileURL(builtFile('parscore-offline.html')).href);
  } finally {
    await app.close();
  }
});
