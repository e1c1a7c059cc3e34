// Two tabs on one draft (issue 16): tab A types a justification, tab B a number in another item;
// each tab shows the other's change at once, and a reload of A finds both. When both tabs change
// the same field, both versions are kept, shown in both tabs, and the user chooses.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { createDraft, item, openPicker, openSection, startApp } from './harness.mjs';

const JUSTIFICATION = 'Lý do chấm điểm';

/** Tab A with a new draft on the teaching set, open on area 3, and tab B opened on it. */
async function twoTabs(app) {
  const { page: a, context, baseUrl } = app;
  await openPicker(a, baseUrl);
  await createDraft(a, 'teaching-demo.json', { name: 'UBND xã Minh Hoạ', code: 'X01', year: '2026' });
  await openSection(a, '3');
  const b = await context.newPage();
  app.watch(b);
  // Lets the test make B deaf to other tabs for a while, as a frozen background tab is.
  await b.addInitScript(() => {
    const add = EventTarget.prototype.addEventListener;
    EventTarget.prototype.addEventListener = function (type, listener, options) {
      if (type !== 'storage') return add.call(this, type, listener, options);
      return add.call(this, type, (event) => window.__deaf || listener.call(this, event), options);
    };
  });
  await b.goto(baseUrl);
  await b.locator('.total-bar').waitFor();
  assert.equal(await b.locator('.section-link.current .section-code').textContent(), '3', 'B opens the same draft');
  return { a, b };
}

async function waitForValue(locator, value) {
  for (let i = 0; i < 50 && (await locator.inputValue()) !== value; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(await locator.inputValue(), value);
}

test('typing in two tabs: each sees the other live, and a reload keeps both', async () => {
  const app = await startApp();
  try {
    const { a, b } = await twoTabs(app);
    const text = 'Báo cáo số 12/BC-UBND, đủ nội dung';
    await item(a, '3.2').getByLabel(JUSTIFICATION).fill(text);
    await waitForValue(item(b, '3.2').getByLabel(JUSTIFICATION), text);
    await item(b, '3.1').locator('input').first().fill('1');
    await waitForValue(item(a, '3.1').locator('input').first(), '1');

    await a.reload();
    await a.locator('.total-bar').waitFor();
    assert.equal(await item(a, '3.2').getByLabel(JUSTIFICATION).inputValue(), text);
    assert.equal(await item(a, '3.1').locator('input').first().inputValue(), '1');
    assert.equal(await a.locator('.conflict-notice').count(), 0, 'different fields merge without a question');
  } finally {
    await app.close();
  }
});

test('the same field changed in two tabs keeps both versions until the user chooses', async () => {
  const app = await startApp();
  try {
    const { a, b } = await twoTabs(app);
    // Tab B stops hearing from A for a while, as a frozen background tab does.
    await b.evaluate(() => {
      window.__deaf = true;
    });
    await item(a, '3.2').getByLabel(JUSTIFICATION).fill('Bản của thẻ A');
    await item(b, '3.2').getByLabel(JUSTIFICATION).fill('Bản của thẻ B');

    // B saved over A's change: it keeps its own text and shows A's beside it.
    const notice = b.locator('.conflict-notice');
    await notice.waitFor();
    assert.match(await notice.locator('h2').textContent(), /Hai nơi đã sửa cùng một ô/);
    assert.equal(await notice.locator('.conflict-field').textContent(), 'Mục 3.2, lý do');
    assert.equal(await notice.locator('.conflict-kept').textContent(), 'Bản của thẻ B');
    assert.equal(await notice.locator('.conflict-other').textContent(), 'Bản của thẻ A');
    assert.equal(await item(b, '3.2').getByLabel(JUSTIFICATION).inputValue(), 'Bản của thẻ B');
    // On a phone and a tablet the choice fits the screen, buttons included.
    for (const width of [390, 768]) {
      await b.setViewportSize({ width, height: 800 });
      assert.ok((await b.evaluate(() => document.documentElement.scrollWidth)) <= width, `no sideways scroll at ${width} px`);
      assert.ok(await notice.getByRole('button', { name: 'Dùng bản kia' }).isVisible());
    }

    // A hears of it and shows the same choice; choosing A's own text settles it.
    const inA = a.locator('.conflict-notice');
    await inA.waitFor();
    assert.equal(await inA.locator('.conflict-other').textContent(), 'Bản của thẻ A');
    await inA.getByRole('button', { name: 'Dùng bản kia' }).click();
    await inA.waitFor({ state: 'detached' });
    assert.equal(await item(a, '3.2').getByLabel(JUSTIFICATION).inputValue(), 'Bản của thẻ A');

    // B, hearing again, follows; so does a reload.
    await b.evaluate(() => {
      window.__deaf = false;
    });
    await b.reload();
    await b.locator('.total-bar').waitFor();
    assert.equal(await item(b, '3.2').getByLabel(JUSTIFICATION).inputValue(), 'Bản của thẻ A');
    assert.equal(await b.locator('.conflict-notice').count(), 0);
  } finally {
    await app.close();
  }
});

