// Journey: signed criteria sets in the agency's app. The authority signs a set with the command
// line; the agency opens it and sees who issued it; a copy altered after signing is refused; the
// set is kept beside the built-in ones after a reload; a set replaced under a draft (same id and
// version, other content) is said plainly and the draft keeps its own set; an added set is
// removed after a confirmation, and a draft that uses it still opens.

import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

import { pathToFileURL } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';

import { answerArea1, builtFile, openPicker, ROOT, startApp, totals } from './harness.mjs';

const PUBLISHER = 'Sở Nội vụ tỉnh Minh Hoạ';

/** Runs the `parscore` command line; returns what it said (stdout and stderr), and fails the
 * journey when it fails. */
function parscore(...args) {
  const run = spawnSync('cargo', ['run', '-q', '--locked', '--bin', 'parscore', '--', ...args], {
    cwd: ROOT, encoding: 'utf8', env: { ...process.env, PARSCORE_PASSPHRASE: 'mật khẩu của sở' },
  });
  assert.equal(run.status, 0, `parscore ${args.join(' ')}: ${run.stdout}${run.stderr}`);
  return `${run.stdout}${run.stderr}`;
}

/** The authority's files: the teaching set signed, a copy altered after signing, and another
 * content signed under the same id and version. */
function authorityFiles() {
  const dir = mkdtempSync(join(tmpdir(), 'parscore-signed-set-'));
  const key = join(dir, 'snv.key.pem');
  parscore('keygen', '--out', key, '--agency-name', PUBLISHER, '--agency-code', 'SNV-MH');
  const sign = (input, output) => {
    const said = parscore('criteria', 'sign', input, '--key', key, '--publisher-name', PUBLISHER,
      '--publisher-code', 'SNV-MH', '-o', output);
    return { text: readFileSync(output, 'utf8'), said };
  };
  const signed = sign(join(ROOT, 'criteria', 'teaching-demo.json'), join(dir, 'signed.json'));
  const altered = JSON.parse(signed.text);
  altered.nodes[0].children[0].max = '12';
  const other = JSON.parse(readFileSync(join(ROOT, 'criteria', 'teaching-demo.json'), 'utf8'));
  other.nodes[0].children[0].title.vi += ' (bản thay thế)';
  const otherPath = join(dir, 'other.json');
  writeFileSync(otherPath, JSON.stringify(other, null, 2));
  const replaced = sign(otherPath, join(dir, 'replaced.json'));
  return { signed, altered: JSON.stringify(altered, null, 2), replaced: replaced.text };
}

async function openFile(page, name, text) {
  await page.setInputFiles('#criteria-file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a signed set names its publisher, an altered one is refused, a replaced one is noticed', async () => {
  const files = authorityFiles();
  // The fingerprint the command line states is the one the app shows.
  const fingerprint = files.signed.said.match(/vân tay khoá ([0-9A-F-]+)/)?.[1];
  assert.ok(fingerprint, files.signed.said);
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await openFile(page, 'snv-teaching.json', files.signed.text);
    const formTrust = page.locator('.new-draft-form .set-trust');
    await formTrust.waitFor();
    assert.match(await formTrust.textContent(), new RegExp(`^Ban hành bởi ${PUBLISHER} \\(SNV-MH\\), vân tay khoá ${fingerprint}, chữ ký hợp lệ`));
    assert.match(await formTrust.textContent(), /chưa xác nhận khoá này thuộc cơ quan ban hành/);
    await page.locator('#agency-name').fill('Sở Tư pháp');
    await page.locator('.new-draft-form button[type=submit]').click();
    await page.locator('.total-bar').waitFor();
    assert.match(await page.locator('.draft-set-trust').textContent(), new RegExp(`Ban hành bởi ${PUBLISHER}`));
    await answerArea1(page);
    assert.equal((await totals(page)).points, '20');

    // Kept beside the built-in sets after a reload, with its publisher; the built-in ones warn.
    await page.locator('#open-drafts').click();
    await page.reload();
    await page.locator('.added-set-list').waitFor();
    const added = page.locator('.set-card-added');
    await added.first().waitFor();
    assert.equal(await added.count(), 1);
    assert.match(await added.locator('.set-trust').textContent(), new RegExp(`Ban hành bởi ${PUBLISHER}`));
    await page.locator('.set-card-loading').first().waitFor({ state: 'detached' });
    assert.match(await page.locator('.set-card[data-file="teaching-demo.json"] .set-trust').textContent(), /^Bộ tiêu chí không có chữ ký/);

    // Altered after signing: refused with a clear message, never listed.
    await openFile(page, 'altered.json', files.altered);
    const refused = page.locator('.file-section .load-errors');
    await refused.waitFor();
    assert.match(await refused.textContent(), /Không dùng tệp altered\.json: Bộ tiêu chí đã bị sửa sau khi ký.*chữ ký không khớp với nội dung.*không dùng bộ này/);
    assert.equal(await added.count(), 1);

    // Another content under the same id and version, validly signed: listed, and the draft says so.
    await openFile(page, 'replaced.json', files.replaced);
    await page.locator('.new-draft-form').waitFor();
    await page.locator('#open-drafts').click();
    assert.equal(await added.count(), 2);
    await page.locator('.draft-card', { hasText: 'Sở Tư pháp' }).getByRole('button', { name: 'Mở' }).click();
    const notice = page.locator('.set-change-notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /đã bị thay nội dung mà không đổi phiên bản/);
    assert.match(await notice.textContent(), /vẫn chấm theo bộ tiêu chí đã dùng khi lập/);
    assert.equal((await totals(page)).points, '20', 'not rescored with the other set');
    assert.doesNotMatch(await page.locator('article.item[data-code="1.1"]').textContent(), /bản thay thế/);
    await page.getByRole('button', { name: 'English' }).click();
    assert.match(await notice.textContent(), /was replaced without a new version/);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();

    // Removing the replacement, after a confirmation: the draft no longer warns.
    await page.locator('#open-drafts').click();
    await added.nth(1).getByRole('button', { name: 'Bỏ khỏi danh sách' }).click();
    await added.nth(1).getByRole('button', { name: 'Huỷ' }).click();
    assert.equal(await added.count(), 2, 'cancel keeps it');
    await added.nth(1).getByRole('button', { name: 'Bỏ khỏi danh sách' }).click();
    await added.nth(1).getByRole('button', { name: 'Bỏ bộ này' }).click();
    assert.equal(await added.count(), 1);
    // The set the draft uses can go from the list too: the draft keeps its own copy.
    await added.first().getByRole('button', { name: 'Bỏ khỏi danh sách' }).click();
    await added.first().getByRole('button', { name: 'Bỏ bộ này' }).click();
    assert.equal(await added.count(), 0);
    await page.reload();
    await page.locator('.draft-list').waitFor();
    assert.equal(await added.count(), 0, 'still removed after a reload');
    await page.locator('.draft-card', { hasText: 'Sở Tư pháp' }).getByRole('button', { name: 'Mở' }).click();
    await page.locator('.total-bar').waitFor();
    assert.equal((await totals(page)).points, '20');
    assert.equal(await page.locator('.set-change-notice').count(), 0);
    assert.match(await page.locator('.draft-set-trust').textContent(), new RegExp(`Ban hành bởi ${PUBLISHER}`));
  } finally {
    await app.close();
  }
});

// The form carries no verifier: the verifier worker checks a signed set, fetched only then, or
// made from the copy the single file carries when the form is opened from a file.
test('the form has its signed sets checked by the verifier worker, served and from the single file', async () => {
  const files = authorityFiles();
  const app = await startApp();
  try {
    for (const address of [app.baseUrl, pathToFileURL(builtFile('parscore-offline.html')).href]) {
      const page = await app.newPage({ width: 1366, height: 900 });
      const requests = [];
      page.on('request', (r) => requests.push(r.url()));
      await openPicker(page, address);
      assert.deepEqual(requests.filter((url) => /parscore-verifier/.test(url)), [], 'no verifier before a signed file');
      await openFile(page, 'snv-teaching.json', files.signed.text);
      const formTrust = page.locator('.new-draft-form .set-trust');
      await formTrust.waitFor();
      assert.match(await formTrust.textContent(), new RegExp(`^Ban hành bởi ${PUBLISHER} \\(SNV-MH\\).*chữ ký hợp lệ`));
      if (address === app.baseUrl) {
        assert.ok(requests.some((url) => /parscore-verifier/.test(url)), 'the verifier worker came with the signed file');
      }
      // Altered after signing: refused in the worker's words.
      await page.locator('#open-drafts').click();
      await openFile(page, 'altered.json', files.altered);
      const refused = page.locator('.file-section .load-errors');
      await refused.waitFor();
      assert.match(await refused.textContent(), /Không dùng tệp altered\.json: Bộ tiêu chí đã bị sửa sau khi ký/);
      assert.equal(await page.locator('.file-checking').count(), 0, 'no longer checking');
      await page.context().close();
    }
  } finally {
    await app.close();
  }
});

// While the worker checks (held back here), the file section says so: at a phone's and a
// tablet's width the line sits in the file section, in sight, the page does not scroll sideways,
// and axe finds nothing serious there; once the worker answers, the set opens.
let heldBackFiles;
for (const width of [390, 768]) {
  test(`while its signature is checked, the file section says so at ${width} px`, async () => {
    heldBackFiles ??= authorityFiles();
    const files = heldBackFiles;
    const app = await startApp();
    try {
      const page = await app.newPage({ width, height: 844 });
      await openPicker(page, app.baseUrl);
      const held = [];
      let released = false;
      await page.context().route(/parscore-verifier/, (route) => (released ? route.continue() : held.push(route)));
      await openFile(page, 'snv-teaching.json', files.signed.text);
      const checking = page.locator('.file-section .file-checking');
      await checking.waitFor();
      assert.equal(await checking.textContent(), 'Đang kiểm tra chữ ký số của tệp snv-teaching.json…');
      assert.equal(await checking.getAttribute('role'), 'status', 'announced without taking the focus');
      const box = await checking.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= width, `in sight: ${JSON.stringify(box)}`);
      const sideways = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(sideways <= 0, `no sideways scroll: ${sideways} px`);
      const results = await new AxeBuilder({ page }).include('.file-section').analyze();
      const serious = results.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
      assert.deepEqual(serious.map((v) => v.id), []);

      // The worker comes: what was held back goes on, and what it asks for next is not held.
      released = true;
      for (const route of held) await route.continue();
      await page.locator('.new-draft-form .set-trust').waitFor();
      assert.equal(await checking.count(), 0, 'no longer checking');
    } finally {
      await app.close();
    }
  });
}
