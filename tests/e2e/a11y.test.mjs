// Accessibility gate (issue 7): axe-core, through @axe-core/playwright, on every main screen of the
// app: the set picker, the list of drafts, the new-draft form, a draft's section view with
// evidence, the report, the chart, the Verify page with a verified file, the signing page (sign.html: the key screen and its restore screen,
// "Sign and export"), trainer mode (a demo with its "why" panels open, a what-if scenario, points
// lost) and the trainer's page (its choice of a draft, the presentation, the projection). Each screen is one
// subtest that fails on any serious or critical violation, printing each one with the elements
// (targets) it was found on. Moderate and minor findings are printed for information and do not
// fail.
//
// Build first: PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH trunk build
// Then:        node --test tests/e2e/a11y.test.mjs

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';

import { addEvidence, answerArea1, item, openPicker, openView, ROOT, startApp } from './harness.mjs';
import { openDemo } from './trainer.mjs';

const FAILING = new Set(['serious', 'critical']);

/** Runs axe on the page as it is; returns the serious and critical violations, printing all. */
async function audit(page, screen) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const lines = [];
  for (const v of results.violations) {
    lines.push(`[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const node of v.nodes) {
      lines.push(`    target ${JSON.stringify(node.target)}  ${node.html.slice(0, 160)}`);
      if (node.failureSummary) lines.push(`      ${node.failureSummary.replace(/\n/g, '\n      ')}`);
    }
  }
  for (const v of results.incomplete) {
    lines.push(`  needs review [${v.impact}] ${v.id}: ${v.help} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
  }
  const failing = results.violations.filter((v) => FAILING.has(v.impact));
  console.log(`a11y ${screen}: ${results.passes.length} rules pass, ${results.violations.length} violated `
    + `(${failing.length} serious or critical), ${results.incomplete.length} need review`
    + (lines.length ? `\n${lines.join('\n')}` : ''));
  return failing;
}

/** A file of tests/golden/ for an `<input type=file>`. */
function golden(name) {
  return { name, mimeType: 'application/json', buffer: readFileSync(join(ROOT, 'tests', 'golden', name)) };
}

function assertClean(screen, failing) {
  assert.equal(failing.length, 0,
    `${screen}: ${failing.length} serious or critical axe violation(s):\n`
    + failing.map((v) => `  [${v.impact}] ${v.id}: ${v.help}\n`
      + v.nodes.map((n) => `      at ${JSON.stringify(n.target)}`).join('\n')).join('\n'));
}

test('zero serious or critical axe violations on every main screen', async (t) => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await t.test('set picker (first visit, no drafts)', async () => {
      await openPicker(page, baseUrl);
      assertClean('set picker', await audit(page, 'set picker'));
    });

    await t.test('new-draft form', async () => {
      await page.locator('.set-card[data-file="teaching-demo.json"] button').click();
      await page.locator('#agency-name').waitFor();
      assertClean('new-draft form', await audit(page, 'new-draft form'));
    });

    await t.test('section view with evidence', async () => {
      await page.locator('#agency-name').fill('Sở Tư pháp');
      await page.locator('.new-draft-form button[type=submit]').click();
      await page.locator('.total-bar').waitFor();
      await answerArea1(page);
      await addEvidence(page, '1.1', { number: '125/KH-UBND', date: '2026-01-10', title: 'Kế hoạch CCHC năm 2026' });
      const pdf = Buffer.from('%PDF-1.4 kế hoạch năm\n');
      await item(page, '1.1').getByLabel(/Tệp đính kèm/).setInputFiles({ name: 'kế hoạch.pdf', mimeType: 'application/pdf', buffer: pdf });
      await item(page, '1.1').locator('.file-hash').waitFor();
      assertClean('section view', await audit(page, 'section view with evidence'));
    });

    await t.test('report', async () => {
      await page.locator('#open-report').click();
      await page.locator('.report-table').waitFor();
      assertClean('report', await audit(page, 'report'));
      await page.locator('#agency-page').click();
      await page.locator('.total-bar').waitFor();
    });

    await t.test('chart', async () => {
      await openView(page, 'Biểu đồ');
      await page.locator('.area-chart svg').waitFor();
      assertClean('chart', await audit(page, 'chart'));
    });

    await t.test('drafts list (one draft saved)', async () => {
      await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
      await page.locator('.draft-card').first().waitFor();
      await page.locator('.set-card-loading').first().waitFor({ state: 'detached' });
      assertClean('drafts list', await audit(page, 'drafts list'));
    });

    await t.test('verify page with a verified file', async () => {
      await page.locator('#open-verify').click();
      await page.setInputFiles('#keyring-file', golden('teaching-demo.keyring.json'));
      await page.setInputFiles('#score-files', golden('teaching-demo.score.json'));
      await page.locator('.verify-table .verdict-ok').waitFor();
      await page.locator('.report-details .report-facts').waitFor();
      assertClean('verify page', await audit(page, 'verify page'));
      // The Verify page is verify.html: back to the agency's page by its link.
      await page.locator('#agency-page').click();
      await page.locator('#open-key').waitFor();
    });

    await t.test('signing key screen (a key just created)', async () => {
      await page.locator('#open-key').click();
      await page.locator('#new-key-name').fill('Sở Tư pháp');
      await page.locator('#new-key-code').fill('STP');
      await page.locator('#new-key-passphrase').fill('mật khẩu kiểm tra');
      await page.locator('#new-key-confirm').fill('mật khẩu kiểm tra');
      await Promise.all([page.waitForEvent('download'), page.locator('#new-key-form button[type=submit]').click()]);
      await page.locator('.key-done').waitFor();
      assertClean('signing key screen', await audit(page, 'signing key screen'));
    });

    await t.test('restoring the signing key', async () => {
      await page.locator('#open-restore').click();
      await page.locator('#restore-key-form').waitFor();
      assertClean('restore key screen', await audit(page, 'restore key screen'));
    });

    await t.test('sign and export', async () => {
      // From the signing page back to the form, the draft, and its "Ký và xuất" (the signing page).
      await page.locator('#agency-page').click();
      await page.locator('#open-drafts, .drafts-screen').first().waitFor();
      if (await page.locator('#open-drafts').count()) await page.locator('#open-drafts').click();
      await page.locator('.draft-card').first().getByRole('button', { name: 'Mở' }).click();
      await page.locator('#open-sign').click();
      await page.locator('.sign-form').waitFor();
      assertClean('sign and export', await audit(page, 'sign and export'));
      await page.locator('#agency-page').click();
      await page.locator('.total-bar').waitFor();
    });

    // Trainer mode: the demo agency with its "why" panels open, then each trainer view.
    await t.test('trainer: demo agency with why panels open', async () => {
      await page.locator('#open-drafts').click();
      await openDemo(page, 'teaching-demo.json');
      await item(page, '1.1').locator('details.why summary').click();
      await page.locator('.total-bar details.why summary').click();
      assertClean('demo with why panels', await audit(page, 'demo with why panels'));
    });

    await t.test('trainer: what-if scenario', async () => {
      await page.getByRole('button', { name: 'Thử tình huống' }).click();
      await page.locator('.scenario').waitFor();
      assertClean('what-if scenario', await audit(page, 'what-if scenario'));
    });

    await t.test('trainer: Điểm bị mất ở đâu', async () => {
      await openView(page, 'Điểm bị mất ở đâu');
      await page.locator('.loss-list').first().waitFor();
      assertClean('Điểm bị mất ở đâu', await audit(page, 'Điểm bị mất ở đâu'));
    });

    // The slides and the projection are the trainer's page (trainer.html), reached by its link.
    await t.test('trainer page: choice of a draft', async () => {
      await page.locator('#open-trainer').click();
      await page.locator('.trainer-demo[data-file="teaching-demo.json"]').waitFor();
      assertClean('trainer page', await audit(page, 'trainer page'));
    });

    await t.test('trainer page: Trình chiếu', async () => {
      await page.locator('.trainer-demo[data-file="teaching-demo.json"]').click();
      await page.locator('.presentation').waitFor();
      assertClean('Trình chiếu', await audit(page, 'Trình chiếu'));
    });

    await t.test('trainer page: Dự báo', async () => {
      await openView(page, 'Dự báo');
      await page.locator('.projection').waitFor();
      assertClean('Dự báo', await audit(page, 'Dự báo'));
    });
  } finally {
    await app.close();
  }
});
