import { readFileSync } from 'node:fs';
import { item, openPicker, openSection, startApp } from '../harness.mjs';
const large = JSON.parse(readFileSync('/tmp/ls/said.json','utf8'));
const app = await startApp();
const page = await app.newPage();
await openPicker(page, app.baseUrl);
await page.setInputFiles('#criteria-file', { name: 'large-set.json', mimeType: 'application/json', buffer: readFileSync(large.set) });
await page.locator('.new-draft-form').waitFor();
await page.goto(app.baseUrl);
await page.locator('#draft-file').waitFor({ state: 'attached' });
await page.setInputFiles('#draft-file', { name: 'large-set.draft.json', mimeType: 'application/json', buffer: readFileSync(large.draft) });
await page.locator('.total-bar').waitFor();
const state = await page.context().storageState();
for (let run = 0; run < 3; run++) {
const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN', storageState: state });
const p2 = await context.newPage();
await p2.goto(app.baseUrl);
await p2.locator('article.item input').first().waitFor();
await openSection(p2, large.section);
const input = item(p2, large.item).locator('input').first();
await input.focus();
await p2.waitForTimeout(300);
const cdp = await context.newCDPSession(p2);
await cdp.send('Tracing.start', { categories: 'devtools.timeline,v8,v8.wasm,disabled-by-default-v8.wasm.detailed,disabled-by-default-devtools.timeline', transferMode: 'ReturnAsStream' });
for (const k of ['1','Backspace','1']) { await p2.keyboard.press(k); await p2.waitForTimeout(150); }
const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
await cdp.send('Tracing.end');
const { stream } = await done;
let data = ''; for (;;) { const c = await cdp.send('IO.read', { handle: stream }); data += c.data; if (c.eof) break; }
const events = JSON.parse(data).traceEvents ?? JSON.parse(data);
const keys = events.filter(e => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown').sort((a,b)=>a.ts-b.ts);
const main = keys[0].tid;
for (const [i, k] of keys.entries()) {
  const agg = new Map();
  for (const e of events) if (e.ph === 'X' && e.dur && e.ts >= k.ts && e.ts < k.ts + 60000) {
    const key = (e.tid === main ? '' : '[bg] ') + e.name; agg.set(key, (agg.get(key) || 0) + e.dur); }
  console.log(`run ${run} key ${i}`, [...agg].sort((a,b)=>b[1]-a[1]).slice(0, 14).map(([n,v]) => `${n}=${(v/1000).toFixed(1)}`).join(' | '));
}
await context.close();
}
await app.close();
