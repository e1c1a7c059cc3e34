// The help page (Hướng dẫn, issue 15), at a phone's, a tablet's and an office PC's width served,
// and from the single files (file://): the form's header links to it with the open draft; it
// lists the five steps from draft to sending, the bands of the draft's set with their index
// ranges, and the set's survey part (30 of the Huế communes' 100 points); English on the switch;
// its link goes back to the draft; opened on its own it says where the bands come from; axe
// finds nothing serious; no console error.

import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';

import { builtFile, createDraft, openPicker, startApp } from './harness.mjs';

const SET = 'commune-hue-2204-2022.json';

async function readHelp(page, helpFile) {
  const link = page.locator('#open-help');
  assert.equal(await link.textContent(), 'Hướng dẫn');
  await link.click();
  await page.waitForURL((u) => u.pathname.endsWith(helpFile) && u.hash.startsWith('#draft='));
  await page.getByRole('heading', { name: 'Hướng dẫn tự đánh giá, chấm điểm Chỉ số CCHC' }).waitFor();
  const steps = await page.locator('.help-steps > li > strong').allTextContents();
  assert.deepEqual(steps, ['Tạo bản nháp', 'Tự chấm từng mục', 'Xem và in báo cáo', 'Ký và xuất tệp điểm', 'Gửi Sở Nội vụ']);
  await page.locator('.help-bands').waitFor();
  const bands = await page.locator('.help-bands tr').allTextContents();
  assert.deepEqual(bands, ['Xuất sắctừ 90% đến 100%', 'Tốttừ 80% đến dưới 90%', 'Khátừ 70% đến dưới 80%',
    'Trung bìnhtừ 50% đến dưới 70%', 'Yếudưới 50%']);
  assert.match(await page.locator('#help-survey').textContent(), /^30 trên 100 điểm của bộ tiêu chí này đến từ điều tra xã hội học/);
}

for (const width of [390, 768, 1366]) {
  test(`the help page from a draft and back at ${width} px`, async () => {
    const app = await startApp();
    const page = await app.newPage({ width, height: 844 });
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await openPicker(page, app.baseUrl);
      await createDraft(page, SET, { name: 'UBND xã Phú Mậu', code: 'X02' });
      await readHelp(page, '/help.html');
      const axe = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
      const serious = axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), []);
      const scroll = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(scroll <= 1, `nothing to scroll sideways (${scroll} px)`);

      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: /^Bands of / }).waitFor();
      assert.match(await page.locator('#help-survey').textContent(), /^30 of this set's 100 points/);
      await page.getByRole('button', { name: 'Tiếng Việt' }).click();

      await page.locator('#agency-page').click();
      await page.waitForURL((u) => u.pathname === '/' && u.hash.startsWith('#draft='));
      await page.locator('.total-bar').waitFor();

      // On its own, the page says where the bands come from.
      await page.goto(`${app.baseUrl}help.html`);
      await page.locator('.help-steps').waitFor();
      assert.match(await page.locator('[role=status]').textContent(), /^Mở trang này từ một bản nháp/);
      assert.deepEqual(errors, []);
    } finally {
      await app.close();
    }
  });
}

test('the help page from the single files (file://)', async () => {
  const app = await startApp();
  const page = await app.newPage({ width: 1366, height: 900 });
  try {
    await openPicker(page, pathToFileURL(builtFile('parscore-offline.html')).href);
    await createDraft(page, SET, { name: 'UBND xã Phú Mậu', code: 'X02' });
    await readHelp(page, '/parscore-help-offline.html');
    await page.locator('#agency-page').click();
    await page.waitForURL((u) => u.pathname.endsWith('/parscore-offline.html') && u.hash.startsWith('#draft='));
    await page.locator('.total-bar').waitFor();
  } finally {
    await app.close();
  }
});
