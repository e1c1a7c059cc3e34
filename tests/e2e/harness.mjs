// Shared set-up for the end-to-end journeys: serves the built app (dist/) on a free local port,
// drives Debian's Chromium through playwright-core, and fails a journey on any console error.
//
// Build first: PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH trunk build
// Then:        node --test --test-concurrency=1 tests/e2e/
// One file per journey of issue 3 (journey-1-… to journey-7-…).

import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// The built app: dist/, or the directory PARSCORE_DIST names.
const DIST = process.env.PARSCORE_DIST ? resolve(process.env.PARSCORE_DIST) : join(ROOT, 'dist');

// Flags that keep Chromium quiet and self-contained on a build machine (no GPU, no sandbox, no
// calls home that could log errors when offline).
const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--no-first-run',
  '--disable-sync', '--disable-quic',
];

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForServer(url, serverProcess) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (serverProcess.exitCode !== null) throw new Error(`the web server exited (${serverProcess.exitCode})`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`the web server did not answer at ${url}`);
}

/**
 * Starts the server and the browser. Returns { page, context, browser, baseUrl, consoleErrors,
 * newPage, close }. `close()` fails (throws) when a page logged a console error or threw.
 * `options.initScript` runs in every page before the app (e.g. to make storage fail).
 * `options.dist` serves another directory than the built app (e.g. a copy a test changes).
 * Also returns `watch(page)`, which fails `close()` on that page's console errors too (for a
 * page opened with `context.newPage()`), and `stopServer()`, after which nothing answers.
 */
export async function startApp(options = {}) {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: build the app first with `trunk build`');
  }
  const port = await freePort();
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', options.dist ?? DIST], {
    stdio: 'ignore',
  });
  const baseUrl = `http://127.0.0.1:${port}/`;
  let browser;
  try {
    await waitForServer(baseUrl, server);
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  } catch (error) {
    server.kill();
    throw error;
  }
  const consoleErrors = [];
  // A page in a fresh context: another computer, as far as storage goes.
  async function newPage(viewport = { width: 1280, height: 900 }) {
    // Officials' browsers are in Vietnamese: dates in inputs read 10/01/2026.
    const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'vi-VN' });
    if (options.initScript) await context.addInitScript(options.initScript);
    const page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
    return page;
  }
  const page = await newPage();
  const context = page.context();

  async function close() {
    await browser.close();
    server.kill();
    if (consoleErrors.length > 0) {
      throw new Error(`the page logged console errors:\n${consoleErrors.join('\n')}`);
    }
  }
  function watch(other) {
    other.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    other.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  }
  function stopServer() {
    server.kill();
  }
  return { page, context, browser, baseUrl, consoleErrors, newPage, close, watch, stopServer };
}

/** A file of the built app (dist/ or PARSCORE_DIST), e.g. the single file parscore-offline.html. */
export function builtFile(...parts) {
  return join(DIST, ...parts);
}

// ---- page helpers: what a user looks at and does ----

/** Waits for the app to show the list of drafts and the set picker with the built-in sets loaded. */
export async function openPicker(page, baseUrl) {
  await page.goto(baseUrl);
  await page.locator('.set-list').waitFor();
  await page.locator('.set-card-loading').first().waitFor({ state: 'detached' });
}

/** The evaluation year a new draft starts with: the year whose work is assessed (from April on
 * the current year, before April the previous one; src/app/details.rs). */
export function assessmentYear(today = new Date()) {
  return String(today.getMonth() < 3 ? today.getFullYear() - 1 : today.getFullYear());
}

/** Creates a draft on the built-in set stored in `file` (e.g. "teaching-demo.json"). */
export async function createDraft(page, file, { name = 'Sở Nội vụ (thử)', code = '', year = '' } = {}) {
  await page.locator(`.set-card[data-file="${file}"] button`).click();
  await page.locator('#agency-name').fill(name);
  if (code) await page.locator('#agency-code').fill(code);
  if (year) await page.locator('#evaluation-year').fill(year);
  await page.locator('.new-draft-form button[type=submit]').click();
  await page.locator('.total-bar').waitFor();
}

/** Creates a draft on a built-in set with a default agency. */
export async function chooseBuiltInSet(page, file) {
  await createDraft(page, file);
}

/** Clicks `button` and returns the download it starts: { name, bytes }. */
export async function download(page, button) {
  const [event] = await Promise.all([page.waitForEvent('download'), button.click()]);
  const path = await event.path();
  return { name: event.suggestedFilename(), bytes: readFileSync(path) };
}

/** Opens a view of the open draft: "Chấm điểm" or "Biểu đồ" (or their English names); the report
 * is a page of its own (#open-report). */
export async function openView(page, name) {
  await page.locator('.view-tabs').getByRole('button', { name, exact: true }).click();
}

/** Answers the teaching set's items 1.1 (on time, 10) and 1.2 (met, 10). */
export async function answerArea1(page) {
  await item(page, '1.1').getByLabel('Mức đạt được').selectOption('on_time');
  await item(page, '1.2').locator('input[type=radio][value=yes]').check();
}

/** From the set picker, a new draft of `file` with the teaching set's area 1 answered (20 of 20). */
export async function startDraftWithArea1(page, baseUrl, file = 'teaching-demo.json', draftOptions = {}) {
  await openPicker(page, baseUrl);
  await createDraft(page, file, draftOptions);
  await answerArea1(page);
}

/** Adds an evidence entry to the item `code` and fills the given fields (number, date, title). */
export async function addEvidence(page, code, { number, date, title }) {
  await item(page, code).getByRole('button', { name: 'Thêm tài liệu kiểm chứng' }).click();
  if (number !== undefined) await item(page, code).getByLabel('Số, ký hiệu').fill(number);
  if (date !== undefined) await item(page, code).getByLabel('Ngày ban hành').fill(date);
  if (title !== undefined) await item(page, code).getByLabel('Trích yếu').fill(title);
}

/** Opens the section whose navigation entry starts with `code` ("2", "+" for bonus). */
export async function openSection(page, code) {
  await page.locator('.section-link', { has: page.locator('.section-code', { hasText: new RegExp(`^${escape(code)}$`) }) }).click();
}

/** The card of the item with this code. */
export function item(page, code) {
  return page.locator(`article.item[data-code="${code}"]`);
}

/** Tabs matched by `selector`, each with its text, the lines its label takes and its left and
 * right edges: for checking that every tab is in sight, its label on one line. */
export async function tabBoxes(page, selector) {
  return page.$$eval(selector, (tabs) => tabs.map((tab) => {
    const box = tab.getBoundingClientRect();
    const line = parseFloat(getComputedStyle(tab).lineHeight) || parseFloat(getComputedStyle(tab).fontSize) * 1.5;
    const range = document.createRange();
    range.selectNodeContents(tab);
    return { text: tab.textContent, lines: Math.round(range.getBoundingClientRect().height / line), left: box.left, right: box.right };
  }));
}

/** What the total bar shows: { points, index, band }. */
export async function totals(page) {
  return {
    points: await page.locator('#total-points').textContent(),
    index: await page.locator('#total-index').textContent(),
    band: await page.locator('#total-band').textContent(),
  };
}

function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
