// Trainer journey 1: every built-in set offers its demo agency; it opens read-only (inputs
// disabled, nothing listed), or as a copy in a new draft that can be changed and is kept.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { item, openPicker, startApp } from './harness.mjs';
import { screenshot } from './trainer.mjs';

test('open a demo agency read-only, then copy it into a new draft', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    // Every built-in set's card offers its demo agency.
    assert.equal(await page.locator('.set-card a.demo-open').count(), 5);
    assert.equal(await page.locator('.set-card a.demo-copy').count(), 5);

    const card = page.locator('.set-card[data-file="teaching-demo.json"]');
    await card.locator('a.demo-open').click();
    await page.locator('.demo-notice').waitFor();
    assert.notEqual(await page.locator('#total-points').textContent(), '0');
    // Read-only: every input of the form is disabled.
    const input = item(page, '1.1').locator('select');
    assert.equal(await input.isDisabled(), true);
    await screenshot(page, 'trainer-demo-read-only');

    // Back on the list, the demo is not a saved draft.
    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
    assert.equal(await page.locator('.draft-list > li').count(), 0);

    // Every other set's demo opens too.
    for (const file of ['province-876-2022.json', 'province-2948-2017.json', 'department-camau-1880-2013.json', 'commune-hue-2204-2022.json']) {
      await page.locator(`.set-card[data-file="${file}"] a.demo-open`).click();
      await page.locator('.demo-notice').waitFor();
      await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
    }

    // Copied: a new draft, listed, whose inputs work.
    await card.locator('a.demo-copy').click();
    await page.locator('.total-bar').waitFor();
    assert.equal(await page.locator('.demo-notice').count(), 0);
    assert.equal(await input.isDisabled(), false);
    await input.selectOption('on_time');
    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
    assert.equal(await page.locator('.draft-list > li').count(), 1);

    // The copy button of the read-only view makes a second draft.
    await card.locator('a.demo-open').click();
    await page.locator('.demo-notice button').click();
    await page.locator('.demo-notice').waitFor({ state: 'detached' });
    assert.equal(await item(page, '1.1').locator('select').isDisabled(), false);
    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
    assert.equal(await page.locator('.draft-list > li').count(), 2);
  } finally {
    await app.close();
  }
});
