import { startApp } from '../harness.mjs';
const app = await startApp();
for (const w of [390, 1366]) {
  const page = await app.newPage({ width: w, height: 700 });
  await page.route(/parscore-app-[0-9a-f]+_bg\.wasm$/, () => {});
  await page.goto(app.baseUrl);
  await page.locator('#app-shell').waitFor();
  await page.screenshot({ path: `/tmp/shell-${w}.png` });
  const p2 = await app.newPage({ width: w, height: 700 });
  await p2.goto(app.baseUrl);
  await p2.locator('.set-list').waitFor();
  await p2.screenshot({ path: `/tmp/app-${w}.png` });
}
app.stopServer(); process.exit(0);
