// Page timing of the authority's round at 300 agencies: a script, not a test (nothing is
// asserted about time). Generates a round with examples/authority_round.rs (300 signed files of
// the teaching set in three groups, their keyring, a roster and survey results), loads it into
// the built authority page (dist/) in headless Chromium, then prints, as the median of RUNS runs:
//
//   300 files read and checked      setInputFiles → the last file's row is listed and no file is
//                                   still being checked (the verifier workers answered)
//   survey results imported         setInputFiles → the survey line is shown (the register and
//                                   the ranking recomputed with every final index)
//   ranking recompute               the deadline changed (a change event dispatched in the page,
//                                   performance.now()) → the register and ranking re-rendered and
//                                   the next animation frame reached
//
// Usage: node tests/e2e/perf/authority-round.mjs [RUNS] [N]   (build first: trunk build)

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

import { openAuthority } from '../authority.mjs';
import { ROOT, startApp } from '../harness.mjs';

const RUNS = Number(process.argv[2] ?? 5);
const N = Number(process.argv[3] ?? 300);

const dir = mkdtempSync(join(tmpdir(), 'parscore-perf-round-'));
execFileSync('cargo', ['run', '-q', '--locked', '--example', 'authority_round', '--', dir, String(N)], { cwd: ROOT, stdio: 'inherit' });
const files = readdirSync(join(dir, 'files')).sort().map((name) => ({ name, mimeType: 'application/json', buffer: readFileSync(join(dir, 'files', name)) }));
const table = (name) => ({ name, mimeType: 'text/csv', buffer: readFileSync(join(dir, name)) });

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timings = { files: [], survey: [], recompute: [] };

for (let run = 0; run < RUNS; run++) {
  const app = await startApp();
  try {
    const page = await app.newPage({ width: 1366, height: 900 });
    await openAuthority(page, `${app.baseUrl}authority.html`);
    await page.setInputFiles('#keyring-import', { name: 'keyring.json', mimeType: 'application/json', buffer: readFileSync(join(dir, 'keyring.json')) });
    await page.locator('#keyring-count', { hasText: `${N} khoá` }).waitFor();
    await page.setInputFiles('#roster-file', table('roster.csv'));
    await page.locator('#roster-loaded').waitFor();

    let start = Date.now();
    await page.setInputFiles('#score-files', files);
    await page.locator(`.received-table tr[data-file="${files.at(-1).name}"]`).waitFor({ timeout: 300_000 });
    // Listed at once, checked by the verifier workers: done when no file is being checked.
    await page.locator('#checking-status').waitFor({ state: 'detached', timeout: 300_000 });
    timings.files.push(Date.now() - start);

    start = Date.now();
    await page.setInputFiles('#survey-file', table('survey.csv'));
    await page.locator('#survey-loaded').waitFor({ timeout: 120_000 });
    timings.survey.push(Date.now() - start);

    // The deadline moved: every file is judged again, the register and the ranking recomputed.
    const recompute = await page.evaluate(async (deadline) => {
      const input = document.querySelector('#deadline');
      const rendered = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('#register-table tr[data-status="late"]')) {
            observer.disconnect();
            requestAnimationFrame(() => resolve(performance.now()));
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
      const t0 = performance.now();
      input.value = deadline;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      return (await rendered) - t0;
    }, '2025-09-01');
    timings.recompute.push(recompute);
  } finally {
    await app.close();
  }
}

console.log(`authority round at ${N} agencies, ${RUNS} runs, ${cpus().length} cores (median, min–max in ms):`);
for (const [name, values] of Object.entries({
  [`${N} files read and checked`]: timings.files,
  'survey results imported (register and ranking recomputed)': timings.survey,
  'ranking recompute (deadline changed → re-rendered, next frame)': timings.recompute,
})) {
  console.log(`  ${name}: ${Math.round(median(values))} (${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))})`);
}
