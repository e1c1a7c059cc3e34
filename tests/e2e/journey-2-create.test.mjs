// Journey 2: an official creates a draft with the agency's name, code, level and year, and sees
// the areas with their progress and points; the total, index and band stay on screen while
// the page scrolls.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { assessmentYear, item, openPicker, openSection, startApp, totals } from './harness.mjs';

test('create a draft with the keyboard only, with visible focus', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    const focused = () => page.evaluate(() => {
      const el = document.activeElement;
      const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return { tag: el.tagName, id: el.id, text: el.textContent, label, outline: getComputedStyle(el).outlineStyle };
    });
    // Tab to the teaching set's button: every stop along the way shows its focus.
    let stop;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      stop = await focused();
      assert.notEqual(stop.outline, 'none', `focus is visible on ${stop.tag}#${stop.id}`);
      if (await page.evaluate(() => document.activeElement.closest('.set-card[data-file="teaching-demo.json"]') !== null)) break;
    }
    await page.keyboard.press('Enter');
    // The form takes the focus on its first field, whose label is tied to it.
    stop = await focused();
    assert.equal(stop.id, 'agency-name');
    assert.match(stop.label, /Tên cơ quan, đơn vị/);
    await page.keyboard.type('Sở Nội vụ');
    await page.keyboard.press('Tab');
    assert.equal((await focused()).id, 'agency-code');
    await page.keyboard.type('S09');
    await page.keyboard.press('Enter');
    await page.locator('.total-bar').waitFor();
    // The section heading has the focus; the next Tab is the first item's input.
    assert.equal((await focused()).id, 'section-heading');
    await page.keyboard.press('Tab');
    stop = await focused();
    assert.equal(stop.tag, 'SELECT');
    assert.match(stop.label, /Mức đạt được/);
    assert.notEqual(stop.outline, 'none');
    await page.keyboard.press('ArrowDown');
    assert.equal((await totals(page)).points, '10');
  } finally {
    await app.close();
  }
});

test('create a draft and see sections, progress, points and a sticky total', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await page.locator('.set-card[data-file="province-2948-2017.json"] button').click();

    // The form asks for the agency; a missing name and a bad year are shown at their fields.
    await page.getByRole('heading', { name: 'Thông tin bản tự đánh giá' }).waitFor();
    // The year assessed, not the set's issue year (2017).
    assert.equal(await page.getByLabel('Năm đánh giá').inputValue(), assessmentYear());
    assert.equal(await page.getByLabel('Cấp').inputValue(), 'Tỉnh, thành phố');
    await page.getByLabel('Năm đánh giá').fill('20x4');
    await page.getByRole('button', { name: 'Tạo bản tự đánh giá' }).click();
    await page.locator('#agency-name-problem', { hasText: 'Cần nhập tên cơ quan' }).waitFor();
    await page.locator('#evaluation-year-problem', { hasText: '«20x4» không phải là năm' }).waitFor();
    assert.equal(await page.getByLabel('Năm đánh giá').inputValue(), '20x4', 'what was typed stays');

    await page.getByLabel('Tên cơ quan, đơn vị').fill('UBND tỉnh Minh Hoạ');
    await page.getByLabel('Mã đơn vị').fill('000.00.00.H99');
    await page.getByLabel('Năm đánh giá').fill('2024');
    await page.getByRole('button', { name: 'Tạo bản tự đánh giá' }).click();
    await page.locator('.total-bar').waitFor();
    assert.equal(await page.locator('.app-header-set').textContent(), 'UBND tỉnh Minh Hoạ 2024');

    // Eight areas, each with its progress and points; the first is open.
    const links = page.locator('.section-link');
    assert.ok((await links.count()) >= 8);
    assert.match(await links.nth(0).textContent(), /đã chấm 0\/\d+/);
    assert.match(await links.nth(0).textContent(), /0\/\d+(,\d+)? điểm/);
    assert.equal(await page.locator('.section-link.current .section-code').textContent(), '1');

    // Answer an item of area 2: its progress and points follow.
    await openSection(page, '2');
    const first = page.locator('article.item').first();
    const code = await first.getAttribute('data-code');
    const select = first.locator('select');
    if (await select.count()) {
      await select.selectOption({ index: 1 });
    } else {
      await first.locator('input[type=radio]').first().check();
    }
    assert.match(await page.locator('.section-link.current').textContent(), /đã chấm 1\//);
    assert.notEqual((await totals(page)).points, '0');
    assert.ok(code.startsWith('2.'));

    // The total bar stays at the top while scrolling, and does not move when totals change.
    const bar = page.locator('.total-bar');
    const before = await bar.boundingBox();
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => window.scrollY > 300);
    const after = await bar.boundingBox();
    assert.equal(Math.round(after.y), 0);
    assert.equal(Math.round(after.height), Math.round(before.height));
    assert.ok(await item(page, code).count());

    // From a 1024 px desktop down to a tablet, nothing spills sideways.
    for (const width of [1024, 768]) {
      await page.setViewportSize({ width, height: 900 });
      const spill = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(spill <= 0, `${width} px: ${spill} px wider than the window`);
    }
  } finally {
    await app.close();
  }
});
