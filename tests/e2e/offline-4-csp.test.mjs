// Offline 4: the Content-Security-Policy is in force, in the served app and in the single file.
// The app itself breaks none of it (no inline style or script, even in the report page's indented
// rows), while a request to another origin, an injected inline script and an inline style are
// refused, each with a securitypolicyviolation event and the browser's console error.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';

import { builtFile, openPicker, startApp, startDraftWithArea1 } from './harness.mjs';

// Collects every violation from the first script on, the app's own included.
const RECORD_VIOLATIONS = `
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.effectiveDirective));
`;

/** What an attacker's script would try: fetch another origin, run inline code, style inline. */
async function tryForbiddenThings(page) {
  return page.evaluate(async () => {
    let fetched = true;
    try {
      await fetch('https://example.com/collect');
    } catch {
      fetched = false;
    }
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.head.append(script);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: red');
    document.body.append(styled);
    // Violation events are queued as tasks: let them arrive.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return { fetched, injected: window.injected === true, red: getComputedStyle(styled).color === 'rgb(255, 0, 0)' };
  });
}

/** The browser logs each refusal as a console error: checked here, then taken out of the list
 * that fails a test, which keeps any other error. */
function takeRefusals(consoleErrors) {
  const refusals = consoleErrors.filter((text) => /Content Security Policy/.test(text));
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((text) => !refusals.includes(text)));
  for (const expected of [/Connecting to 'https:\/\/example\.com\/collect'/, /Executing inline script/, /Applying inline style/]) {
    assert.ok(refusals.some((text) => expected.test(text)), `${expected} among:\n${refusals.join('\n')}`);
  }
}

function policyOf(page) {
  return page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
}

test('the served app runs under a strict CSP and breaks none of it', async () => {
  const app = await startApp({ initScript: RECORD_VIOLATIONS });
  const { page, baseUrl } = app;
  try {
    await startDraftWithArea1(page, baseUrl);
    const policy = await policyOf(page);
    for (const directive of ["default-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'none'", "style-src 'self'"]) {
      assert.ok(policy.includes(directive), `${directive} in ${policy}`);
    }
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+;/);
    assert.doesNotMatch(policy, /unsafe-inline|https?:|\*/);

    assert.deepEqual(await page.evaluate(() => window.violations), [], 'the app itself breaks no rule');
    // The report page indents its rows by depth with classes, not inline styles: it breaks no
    // rule either, under a policy as strict (journey 6 checks its QR code has no style).
    await page.locator('#open-report').click();
    await page.locator('.report-table td.depth-1').first().waitFor();
    const reportPolicy = await policyOf(page);
    assert.ok(reportPolicy.includes("style-src 'self'") && !/unsafe-inline/.test(reportPolicy), reportPolicy);
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'the report page breaks no rule');

    assert.deepEqual(await tryForbiddenThings(page), { fetched: false, injected: false, red: false });
    assert.deepEqual((await page.evaluate(() => window.violations)).sort(), ['connect-src', 'script-src-elem', 'style-src-attr']);
    takeRefusals(app.consoleErrors);
  } finally {
    await app.close();
  }
});

test('the single file has a CSP of its own, as strict', async () => {
  const app = await startApp({ initScript: RECORD_VIOLATIONS });
  const { page } = app;
  try {
    await page.goto(pathToFileURL(builtFile('parscore-offline.html')).href);
    await page.locator('.set-card-loading').first().waitFor({ state: 'detached' });
    const policy = await policyOf(page);
    assert.match(policy, /^default-src 'none'; script-src 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')+; style-src( 'sha256-[A-Za-z0-9+/=]+')+;/);
    assert.doesNotMatch(policy, /unsafe-inline|'self'|https?:|\*/);
    assert.deepEqual(await page.evaluate(() => window.violations), [], 'the single file itself breaks no rule');

    assert.deepEqual(await tryForbiddenThings(page), { fetched: false, injected: false, red: false });
    assert.deepEqual((await page.evaluate(() => window.violations)).sort(), ['connect-src', 'script-src-elem', 'style-src-attr']);
    takeRefusals(app.consoleErrors);
  } finally {
    await app.close();
  }
});
