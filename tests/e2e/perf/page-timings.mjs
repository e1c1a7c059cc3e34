// Page performance (issue 7): a script, not a test. Serves the built dist/ exactly as the
// end-to-end harness does (python3 http.server, headless Debian Chromium through playwright-core)
// and prints the median, minimum and maximum of RUNS runs (default 10) of:
//
//   first paint, first contentful paint  the browser's paint timings (PerformanceObserver 'paint')
//   time to interactive                  navigation start → the set picker is rendered with every
//                                        built-in set loaded (no .set-card-loading left) and the
//                                        first set's button is enabled and is the element at its
//                                        own centre (nothing covers it), seen by a MutationObserver
//                                        installed before the app's scripts run
//   keystroke → updated total            keydown of one digit typed into item 3.1 of the teaching
//                                        set (an empty count of faults: "1" makes the total 0 → 8)
//                                        → the total bar's text changes (MutationObserver)
//   keystroke → next frame               the same keydown → the next animation frame after that
//                                        change (the update can be painted)
//
// Each run uses a fresh browser context: no HTTP cache, no stored drafts.
// Build first (scripts/perf does): trunk build.   Usage: node tests/e2e/perf/page-timings.mjs [RUNS]

import { cpus } from 'node:os';

import { createDraft, item, openSection, startApp } from '../harness.mjs';

const RUNS = Number(process.argv[2] ?? process.env.RUNS ?? 10);

// Runs in the page before the app: records when the picker first becomes interactive.
function watchInteractive() {
  const ready = () => {
    if (!document.querySelector('.set-list') || document.querySelector('.set-card-loading')) return false;
    const button = document.querySelector('.set-card button');
    if (!button || button.disabled) return false;
    const box = button.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    return hit !== null && (hit === button || button.contains(hit));
  };
  const observer = new MutationObserver(() => {
    if (window.__interactiveAt === undefined && ready()) {
      window.__interactiveAt = performance.now();
      observer.disconnect();
    }
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
}

async function oneRun(app) {
  const page = await app.newPage();
  await page.addInitScript(watchInteractive);
  await page.goto(app.baseUrl);
  await page.waitForFunction(() => window.__interactiveAt !== undefined, null, { timeout: 30_000 });
  const load = await page.evaluate(() => {
    const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
    return { fp: paint['first-paint'], fcp: paint['first-contentful-paint'], tti: window.__interactiveAt };
  });

  await createDraft(page, 'teaching-demo.json');
  await openSection(page, '3');
  const input = item(page, '3.1').locator('input').first();
  await input.focus();
  // Arm: note the keydown's time, then watch the total bar until its text changes.
  await page.evaluate(() => {
    const bar = document.querySelector('.total-bar');
    const before = bar.textContent;
    const field = document.activeElement;
    window.__keystroke = new Promise((resolve) => {
      let downAt;
      field.addEventListener('keydown', (event) => { downAt = event.timeStamp; }, { capture: true, once: true });
      const observer = new MutationObserver(() => {
        if (downAt === undefined || bar.textContent === before) return;
        const changedAt = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => resolve({
          total: changedAt - downAt, frame: performance.now() - downAt, text: bar.querySelector('#total-points')?.textContent,
        }));
      });
      observer.observe(bar, { childList: true, subtree: true, characterData: true });
    });
  });
  await page.keyboard.press('1');
  const key = await page.evaluate(() => window.__keystroke);
  if (key.text !== '8') throw new Error(`after typing 1 into item 3.1 the total reads ${key.text}, not 8`);
  await page.context().close();
  return { ...load, key: key.total, frame: key.frame };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const app = await startApp();
const runs = [];
const chromium = `Chromium ${app.browser.version()}`;
try {
  for (let i = 0; i < RUNS; i++) {
    runs.push(await oneRun(app));
    process.stderr.write(`run ${i + 1}/${RUNS}\r`);
  }
} finally {
  await app.close();
}
process.stderr.write('\n');

const metrics = [
  ['first paint', 'fp'],
  ['first contentful paint', 'fcp'],
  ['time to interactive (set picker ready)', 'tti'],
  ['keystroke → updated total', 'key'],
  ['keystroke → next frame', 'frame'],
];
const ms = (x) => (x === undefined || Number.isNaN(x) ? 'n/a' : `${x.toFixed(1)} ms`);
const width = Math.max(...metrics.map(([name]) => name.length));
const head = `${'metric'.padEnd(width)}  ${'median'.padStart(10)}  ${'min'.padStart(10)}  ${'max'.padStart(10)}`;
console.log(`page timings, median of ${runs.length} runs · ${chromium} headless · ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}`);
console.log(head);
console.log('-'.repeat(head.length));
for (const [name, key] of metrics) {
  const xs = runs.map((r) => r[key]).filter((x) => typeof x === 'number');
  if (xs.length === 0) { console.log(`${name.padEnd(width)}  ${'n/a'.padStart(10)}`); continue; }
  console.log(`${name.padEnd(width)}  ${ms(median(xs)).padStart(10)}  ${ms(Math.min(...xs)).padStart(10)}  ${ms(Math.max(...xs)).padStart(10)}`);
}
