// Page performance (issues 7 and 12): a script, not a test (nothing is asserted about time).
// Serves the built dist/ exactly as the end-to-end harness does (python3 http.server, headless
// Debian Chromium through playwright-core) and prints the median, minimum and maximum of RUNS
// runs (default 10), in two parts.
//
// A first visit (a fresh browser context: no HTTP cache, no stored drafts), on the teaching set:
//   first paint, first contentful paint  the browser's paint timings (PerformanceObserver 'paint')
//   time to interactive                  navigation start → the set picker is rendered with every
//                                        built-in set loaded (no .set-card-loading left) and the
//                                        first set's button is enabled and is the element at its
//                                        own centre (nothing covers it), and content is painted
//   keystrokes → updated total           keydown of "1" typed into item 3.1 of the teaching set
//                                        (an empty count of faults: the total goes 0 → 8), then
//                                        Backspace, "1"… nine in all → the total bar's text
//                                        changes (MutationObserver); the first keystroke after the
//                                        page opened apart from the median of the eight later ones
//   keystrokes → next frame              the same keydown → the next animation frame after that
//                                        change (the update can be painted)
//
// The form on a set of more than 100 leaves: examples/large_set.rs generates the set and a draft
// with nearly every item answered; both are opened once (the set from a file, the draft
// imported), then each run opens the page in a fresh context holding that storage (no HTTP
// cache: the page's files are all fetched and compiled), where the draft reopens by itself:
//   first contentful paint               as above
//   form interactive                     navigation start → an item's input of the open draft is
//                                        rendered, enabled and the element at its own centre,
//                                        and content is painted
//   keystrokes → updated total, → frame  as above, into the set's first blank count; the totals
//                                        are checked against the core's scoring (the example
//                                        prints them)
//
// The MutationObservers are installed before the app's scripts run. Build first (scripts/perf
// does): trunk build.   Usage: node tests/e2e/perf/page-timings.mjs [RUNS]

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

import { ROOT, createDraft, item, openPicker, openSection, startApp } from '../harness.mjs';

const RUNS = Number(process.argv[2] ?? process.env.RUNS ?? 10);

// Runs in the page before the app: records when `selector`'s first match becomes interactive
// (rendered, enabled, not covered), and, for the picker, when no built-in set is still loading.
function watchInteractive(selector) {
  const ready = () => {
    if (document.querySelector('.set-card-loading')) return false;
    const control = document.querySelector(selector);
    if (!control || control.disabled) return false;
    const box = control.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === control || control.contains(hit));
  };
  const observer = new MutationObserver(() => {
    if (window.__interactiveAt === undefined && ready()) {
      window.__interactiveAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** Opens the app in `page` and returns its paint timings and when `selector` became interactive. */
async function load(page, url, selector) {
  await page.addInitScript(watchInteractive, selector);
  await page.goto(url);
  await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 30_000 });
  return page.evaluate(() => {
    const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
    const fcp = paint['first-contentful-paint'];
    // Nothing can be typed into before it is painted.
    return { fp: paint['first-paint'], fcp, tti: Math.max(window.__interactiveAt, fcp ?? 0) };
  });
}

/** Types `keys` one by one into the item `code`'s first input, each `[key, total]`: the total
 * the bar must read after it. Returns each keydown → total changed and → next frame time. */
async function timeKeystrokes(page, code, before, keys) {
  const input = item(page, code).locator('input').first();
  await input.focus();
  const shown = await page.locator('#total-points').textContent();
  if (shown !== before) throw new Error(`before typing into item ${code} the total reads ${shown}, not ${before}`);
  const times = [];
  for (const [key, total] of keys) {
    // Arm: note the keydown's time, then watch the total bar until its text changes.
    await page.evaluate(() => {
      const bar = document.querySelector('.total-bar');
      const was = bar.textContent;
      const field = document.activeElement;
      window.__keystroke = new Promise((resolve) => {
        let downAt;
        field.addEventListener('keydown', (event) => { downAt = event.timeStamp; }, { capture: true, once: true });
        const observer = new MutationObserver(() => {
          if (downAt === undefined || bar.textContent === was) return;
          const changedAt = performance.now();
          observer.disconnect();
          requestAnimationFrame(() => resolve({
            total: changedAt - downAt, frame: performance.now() - downAt, text: bar.querySelector('#total-points')?.textContent,
          }));
        });
        observer.observe(bar, { childList: true, subtree: true, characterData: true });
      });
    });
    await page.keyboard.press(key);
    const seen = await page.evaluate(() => window.__keystroke);
    if (seen.text !== total) throw new Error(`after ${key} in item ${code} the total reads ${seen.text}, not ${total}`);
    times.push(seen);
  }
  // The first keystroke after the page opened, then the median of the others: the first one
  // runs code the browser has not compiled yet.
  const later = times.slice(1);
  return {
    key: times[0].total, frame: times[0].frame,
    laterKey: later.length ? median(later.map((t) => t.total)) : undefined,
    laterFrame: later.length ? median(later.map((t) => t.frame)) : undefined,
  };
}

// "1" and Backspace in turn: each changes the total.
const typedAndErased = (before, after) => Array.from({ length: 9 }, (_, i) => (i % 2 ? ['Backspace', before] : ['1', after]));

async function firstVisit(app) {
  const page = await app.newPage();
  const loaded = await load(page, app.baseUrl, '.set-list .set-card button');
  await createDraft(page, 'teaching-demo.json');
  await openSection(page, '3');
  const key = await timeKeystrokes(page, '3.1', '0', typedAndErased('0', '8'));
  await page.context().close();
  return { ...loaded, ...key };
}

/** The generated set opened from a file and its draft imported, in a context of its own; returns
 * that context's storage, which every run of the large form starts from. */
async function storeLargeDraft(app, large) {
  const page = await app.newPage();
  await openPicker(page, app.baseUrl);
  await page.setInputFiles('#criteria-file', { name: 'large-set.json', mimeType: 'application/json', buffer: readFileSync(large.set) });
  await page.locator('.new-draft-form').waitFor();
  // Back to the list: the set is kept; the draft comes from its file.
  await page.goto(app.baseUrl);
  await page.locator('#draft-file').waitFor({ state: 'attached' });
  await page.setInputFiles('#draft-file', { name: 'large-set.draft.json', mimeType: 'application/json', buffer: readFileSync(large.draft) });
  await page.locator('.total-bar').waitFor();
  const state = await page.context().storageState();
  await page.context().close();
  return state;
}

async function largeForm(app, state, large) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', storageState: state });
  const page = await context.newPage();
  app.watch(page);
  const loaded = await load(page, app.baseUrl, 'article.item input');
  await openSection(page, large.section);
  const key = await timeKeystrokes(page, large.item, large.before, typedAndErased(large.before, large.after));
  await context.close();
  return { ...loaded, ...key };
}

const ms = (x) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} ms`);

function print(title, metrics, runs) {
  const width = Math.max(...metrics.map(([name]) => name.length));
  const head = `${'metric'.padEnd(width)}  ${'median'.padStart(10)}  ${'min'.padStart(10)}  ${'max'.padStart(10)}`;
  console.log(`\n${title}`);
  console.log(head);
  console.log('-'.repeat(head.length));
  for (const [name, key] of metrics) {
    const xs = runs.map((r) => r[key]).filter((x) => typeof x === 'number');
    if (xs.length === 0) { console.log(`${name.padEnd(width)}  ${'n/a'.padStart(10)}`); continue; }
    console.log(`${name.padEnd(width)}  ${ms(median(xs)).padStart(10)}  ${ms(Math.min(...xs)).padStart(10)}  ${ms(Math.max(...xs)).padStart(10)}`);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'parscore-perf-form-'));
const said = execFileSync('cargo', ['run', '-q', '--locked', '--example', 'large_set', '--', dir], { cwd: ROOT, encoding: 'utf8' });
const large = JSON.parse(said.trim().split('\n').pop());

const app = await startApp();
const visits = [];
const forms = [];
const chromium = `Chromium ${app.browser.version()}`;
try {
  for (let i = 0; i < RUNS; i++) {
    visits.push(await firstVisit(app));
    process.stderr.write(`first visit ${i + 1}/${RUNS}\r`);
  }
  const state = await storeLargeDraft(app, large);
  for (let i = 0; i < RUNS; i++) {
    forms.push(await largeForm(app, state, large));
    process.stderr.write(`large form ${i + 1}/${RUNS}\r`);
  }
} finally {
  await app.close();
}
process.stderr.write('\n');

console.log(`page timings, median of ${RUNS} runs · ${chromium} headless · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
print('first visit, teaching set (12 leaves)', [
  ['first paint', 'fp'],
  ['first contentful paint', 'fcp'],
  ['time to interactive (set picker ready)', 'tti'],
  ['first keystroke → updated total', 'key'],
  ['first keystroke → next frame', 'frame'],
  ['later keystrokes → updated total', 'laterKey'],
  ['later keystrokes → next frame', 'laterFrame'],
], visits);
print(`the form reopened on a generated set of ${large.leaves} leaves (item ${large.item} typed into)`, [
  ['first contentful paint', 'fcp'],
  ['form interactive (an item can be typed into)', 'tti'],
  ['first keystroke → updated total', 'key'],
  ['first keystroke → next frame', 'frame'],
  ['later keystrokes → updated total', 'laterKey'],
  ['later keystrokes → next frame', 'laterFrame'],
], forms);
