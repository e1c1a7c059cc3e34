// Helpers shared by the trainer journeys (journey-trainer-*.test.mjs).

import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

import { ROOT } from './harness.mjs';

const OUTPUT = join(ROOT, 'tests', 'e2e', 'output');

/** Saves a full-page screenshot as tests/e2e/output/<name>.png (gitignored). */
export async function screenshot(page, name) {
  mkdirSync(OUTPUT, { recursive: true });
  await page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: true });
}

/** Opens the demo agency of a built-in set read-only. */
export async function openDemo(page, file) {
  await page.locator(`.set-card[data-file="${file}"] a.demo-open`).click();
  await page.locator('.demo-notice').waitFor();
}
