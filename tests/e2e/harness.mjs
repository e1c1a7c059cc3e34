// Shared set-up for the end-to-end journeys: serves the built app (dist/) on a free local port,
// drives Debian's Chromium through playwright-core, and fails a journey on any console error.
//
// Build first: PATH=$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH trunk build
// Then:        node --test tests/e2e/

import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const DIST = join(ROOT, 'dist');

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
 * Starts the server and the browser. Returns { page, context, baseUrl, consoleErrors, close }.
 * `close()` fails (throws) when the page logged a console error or threw.
 */
export async function startApp() {
  if (!existsSync(join(DIST, 'index.html'))) {
    throw new Error('dist/index.html is missing: build the app first with `trunk build`');
  }
  const port = await freePort();
  const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1', '--directory', DIST], {
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
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));

  async function close() {
    await browser.close();
    server.kill();
    if (consoleErrors.length > 0) {
      throw new Error(`the page logged console errors:\n${consoleErrors.join('\n')}`);
    }
  }
  return { page, context, baseUrl, consoleErrors, close };
}

// ---- page helpers: what a user looks at and does ----

/** Waits for the app to show the set picker with the built-in sets loaded. */
export async function openPicker(page, baseUrl) {
  await page.goto(baseUrl);
  await page.locator('.set-list').waitFor();
}

/** Chooses the built-in set stored in `file` (e.g. "teaching-demo.json"). */
export async function chooseBuiltInSet(page, file) {
  await page.locator(`.set-card[data-file="${file}"] button`).click();
  await page.locator('.total-bar').waitFor();
}

/** Opens the section whose navigation entry starts with `code` ("2", "+" for bonus). */
export async function openSection(page, code) {
  await page.locator('.section-link', { has: page.locator('.section-code', { hasText: new RegExp(`^${escape(code)}$`) }) }).click();
}

/** The card of the item with this code. */
export function item(page, code) {
  return page.locator(`article.item[data-code="${code}"]`);
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
