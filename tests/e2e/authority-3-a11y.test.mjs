// Accessibility gate for the authority's page: axe-core on the page empty, with keys and
// received files (every kind of verdict), with a removal to confirm, and in English. Fails on
// any serious or critical violation.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';

import { GOLDEN, jsonFile, makeFixtures, openAuthority, SMH_KEY, TAMPERED, verdictOf } from './authority.mjs';
import { startApp, tabBoxes } from './harness.mjs';

const FAILING = new Set(['serious', 'critical']);

async function assertClean(page, screen) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const failing = results.violations.filter((v) => FAILING.has(v.impact));
  const lines = results.violations.map((v) => `[${v.impact}] ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  console.log(`a11y ${screen}: ${results.passes.length} rules pass, ${results.violations.length} violated${lines.length ? `\n${lines.join('\n')}` : ''}`);
  assert.equal(failing.length, 0, `${screen}:\n${lines.join('\n')}`);
}

test("zero serious or critical axe violations on the authority's page", async () => {
  const fixtures = makeFixtures();
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openAuthority(page, `${baseUrl}authority.html`);
    await assertClean(page, 'empty');
    await page.setInputFiles('#key-files', [jsonFile('smh.pub.json', SMH_KEY), jsonFile('skh.pub.json', fixtures.otherKey),
      jsonFile('sga.pub.json', SMH_KEY.replace('"code": "SMH"', '"code": "SGA"'))]);
    await page.setInputFiles('#score-files', [jsonFile('smh.score.json', GOLDEN),
      jsonFile('imposter.score.json', fixtures.imposterFile), jsonFile('tampered.score.json', TAMPERED)]);
    await verdictOf(page, 'tampered.score.json').locator('.verdict-bad').waitFor();
    await assertClean(page, 'keys and received files');
    await page.locator('.key-table tr[data-code="SKH"]').getByRole('button', { name: 'Xoá SKH' }).click();
    await page.locator('.confirm').waitFor();
    await assertClean(page, 'a removal to confirm');
    await page.getByRole('button', { name: 'English' }).click();
    await assertClean(page, 'in English');
  } finally {
    await app.close();
  }
});

test("the page's four parts are in sight at 390, 768 and 1366 px, each tab on one line, in both languages", async () => {
  const app = await startApp();
  try {
    for (const width of [390, 768, 1366]) {
      const page = await app.newPage({ width, height: 844 });
      await openAuthority(page, `${app.baseUrl}authority.html#bo-tieu-chi`);
      for (const language of ['Tiếng Việt', 'English']) {
        await page.getByRole('button', { name: language }).click();
        // At 390 px one row that scrolled sideways had the last part, or with it chosen the first,
        // out of sight.
        const tabs = await tabBoxes(page, '.section-tabs a');
        assert.equal(tabs.length, 4, JSON.stringify(tabs));
        for (const tab of tabs) {
          assert.equal(tab.lines, 1, `"${tab.text}" on one line at ${width} px: ${JSON.stringify(tabs)}`);
          assert.ok(tab.left >= 0 && tab.right <= width, `"${tab.text}" in sight at ${width} px: ${JSON.stringify(tabs)}`);
        }
        assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), width, `no sideways scroll at ${width} px`);
      }
      await page.close();
    }
  } finally {
    await app.close();
  }
});
