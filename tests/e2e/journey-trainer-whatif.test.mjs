// Trainer journey 5: "Thử tình huống": a scenario copied from the draft, changed, compared with
// the draft (items, total), reset, and left; the draft itself never changes.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { item, openPicker, openSection, startApp, startDraftWithArea1, totals } from './harness.mjs';
import { openDemo, screenshot } from './trainer.mjs';

test('try a scenario without touching the draft', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await page.setViewportSize({ width: 1366, height: 900 });
    await startDraftWithArea1(page, baseUrl, 'teaching-demo.json');
    const draft = await totals(page);

    // At an office screen's width the button sits in the toolbar's one row, not on a line of its own.
    const tops = await page.$$eval('.draft-toolbar > :is(a, button, .view-tabs)', (els) =>
      els.map((e) => e.getBoundingClientRect().top));
    assert.ok(Math.max(...tops) - Math.min(...tops) < 20, `one row at 1366 px, the tops: ${tops}`);
    const tryIt = page.locator('.draft-toolbar').getByRole('button', { name: 'Thử tình huống' });
    await tryIt.click();
    await page.locator('.scenario').waitFor();
    assert.equal(await tryIt.count(), 0, 'while a scenario is tried its own bar offers the way out');
    await item(page, '1.1').getByLabel('Mức đạt được').selectOption('late');
    assert.match(await page.locator('#scenario-total').textContent(), /^20 → 15 \(−?-?5\)$/);
    assert.match(await page.locator('.scenario-nodes li[data-code="1.1"]').textContent(), /10 → 5/);
    assert.equal((await totals(page)).points, '15');
    await screenshot(page, 'trainer-whatif');

    // Reset: the scenario is the draft again.
    await page.getByRole('button', { name: 'Về như bản gốc' }).click();
    assert.match(await page.locator('#scenario-total').textContent(), /^20 → 20/);
    assert.equal(await item(page, '1.1').getByLabel('Mức đạt được').inputValue(), 'on_time');

    // Changed again, then a reload: the saved draft never saw the scenario.
    await item(page, '1.2').locator('input[type=radio][value=no]').check();
    await page.reload();
    await page.locator('.total-bar').waitFor();
    assert.deepEqual(await totals(page), draft);
    assert.equal(await page.locator('.scenario').count(), 0);

    // Leaving a scenario brings the draft back.
    await page.getByRole('button', { name: 'Thử tình huống' }).click();
    await item(page, '1.2').locator('input[type=radio][value=no]').check();
    await page.getByRole('button', { name: 'Thoát thử tình huống' }).click();
    assert.deepEqual(await totals(page), draft);
  } finally {
    await app.close();
  }
});

test('a scenario on the demo agency shows the band it would change', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await openDemo(page, 'teaching-demo.json');
    // The demo returns 78 of 100 dossiers on time: the gate caps its 81 points at Khá.
    await page.getByRole('button', { name: 'Thử tình huống' }).click();
    await page.locator('.scenario').waitFor();
    await openSection(page, '2');
    await item(page, '2.1').getByLabel('Số hồ sơ trả đúng hẹn').fill('80');
    assert.match(await page.locator('#scenario-total').textContent(), /^81 → 86/);
    assert.equal(await page.locator('#scenario-band').textContent(), 'Khá → Tốt');
    await screenshot(page, 'trainer-whatif-band');
  } finally {
    await app.close();
  }
});
