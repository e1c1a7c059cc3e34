// Journey 4: nothing typed is lost. Every change is saved at once (there is no save button); a
// reload in the middle of typing, or closing the tab, brings the draft back exactly, on the same
// section. Several drafts are listed, opened, duplicated, renamed and deleted (with a
// confirmation). The app asks for persistent storage. When storage is full, a banner says so
// and offers the draft file, and the page keeps everything typed.

import assert from 'node:assert/strict';
import { test } from 'node:test';

import { addEvidence, answerArea1, assessmentYear, createDraft, download, item, openPicker, openSection, startApp, totals } from './harness.mjs';

// Counts the app's requests for persistent storage, and makes localStorage refuse writes (as a
// full quota does) once `window.__storageFull` is set.
const INIT = `
  window.__persistCalls = 0;
  const persist = StorageManager.prototype.persist;
  StorageManager.prototype.persist = function () { window.__persistCalls += 1; return persist.call(this); };
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (key, value) {
    if (window.__storageFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return setItem.call(this, key, value);
  };
`;

test('reload mid typing keeps every character, on the same section', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await page.addInitScript(INIT);
    await openPicker(page, baseUrl);
    assert.equal(await page.evaluate(() => window.__persistCalls), 1, 'the app asks for persistent storage');
    await createDraft(page, 'teaching-demo.json', { name: 'UBND xã Minh Hoạ', code: 'X01', year: '2026' });
    await answerArea1(page);
    await openSection(page, '3');

    // Type, then reload at once: every character is back, the invalid text too.
    await item(page, '3.1').locator('input').first().focus();
    await page.keyboard.type('2x');
    const justification = item(page, '3.2').getByLabel('Lý do chấm điểm');
    await justification.focus();
    const text = 'Báo cáo số 12/BC-UBND, ngày 5/12 — đủ nội dung «quý IV»';
    await page.keyboard.type(text);
    await page.reload();
    await page.locator('.total-bar').waitFor();
    assert.equal(await page.locator('.section-link.current .section-code').textContent(), '3');
    assert.equal(await item(page, '3.2').getByLabel('Lý do chấm điểm').inputValue(), text);
    assert.equal(await item(page, '3.1').locator('input').first().inputValue(), '2x');
    assert.equal(await item(page, '3.1').locator('input').first().getAttribute('aria-invalid'), 'true');
    assert.equal((await totals(page)).points, '20');

    // Closing the tab and opening the app again in a new one: the same.
    const context = page.context();
    await page.close();
    const again = await context.newPage();
    await again.goto(baseUrl);
    await again.locator('.total-bar').waitFor();
    assert.equal(await item(again, '3.2').getByLabel('Lý do chấm điểm').inputValue(), text);
    assert.equal(await again.locator('.section-link.current .section-code').textContent(), '3');
  } finally {
    await app.close();
  }
});

test('several drafts: list, open, duplicate, rename, delete with confirmation', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await openPicker(page, baseUrl);
    await createDraft(page, 'teaching-demo.json', { name: 'Sở Tư pháp' });
    await answerArea1(page);
    await addEvidence(page, '1.1', { number: '12/KH-STP', title: 'Kế hoạch CCHC năm' });
    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();
    await createDraft(page, 'commune-hue-2204-2022.json', { name: 'UBND xã Phú Mậu', code: 'X02' });
    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();

    const cards = page.locator('.draft-card');
    assert.equal(await cards.count(), 2);
    assert.match(await cards.nth(1).textContent(), /UBND xã Phú Mậu · mã X02/);

    // Each card says how far its draft is, as of its last save, and when that was (today).
    assert.match(await cards.nth(0).locator('.draft-figures').textContent(), /^20\/100 điểm · đã chấm 2\/\d+ mục · 1 tài liệu kiểm chứng$/);
    assert.match(await cards.nth(1).locator('.draft-figures').textContent(), /^0\/100 điểm · đã chấm 0\/34 mục · 0 tài liệu kiểm chứng$/);
    assert.equal(await cards.nth(0).locator('progress').getAttribute('value'), '2');
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
    });
    assert.match(await cards.nth(0).locator('.draft-saved').textContent(), new RegExp(`^Lưu lúc \\d\\d:\\d\\d, ${today}$`));

    // Duplicate the first draft, then rename the copy.
    await cards.nth(0).getByRole('button', { name: 'Nhân bản' }).click();
    assert.equal(await cards.count(), 3);
    const copy = cards.nth(2);
    assert.equal(await copy.locator('.draft-name').textContent(), 'Sở Tư pháp 2026 (bản sao)');
    await copy.getByRole('button', { name: 'Đổi tên' }).click();
    await copy.getByLabel('Tên mới').fill('Sở Tư pháp — phương án 2');
    await copy.getByLabel('Tên mới').press('Enter');
    assert.equal(await copy.locator('.draft-name').textContent(), 'Sở Tư pháp — phương án 2');

    // The copy opens with the original's answers.
    await copy.getByRole('button', { name: 'Mở' }).click();
    assert.equal((await totals(page)).points, '20');
    assert.equal(await page.locator('.app-header-set').textContent(), 'Sở Tư pháp — phương án 2');
    await page.getByRole('button', { name: 'Các bản tự đánh giá' }).click();

    // Deleting asks first; cancelling keeps the draft.
    const second = cards.nth(1);
    await second.getByRole('button', { name: 'Xoá' }).click();
    await second.getByText(`Xoá hẳn bản «UBND xã Phú Mậu ${assessmentYear()}»? Không thể hoàn tác.`).waitFor();
    await second.getByRole('button', { name: 'Huỷ' }).click();
    assert.equal(await cards.count(), 3);
    await second.getByRole('button', { name: 'Xoá' }).click();
    await second.getByRole('button', { name: 'Xoá hẳn' }).click();
    assert.equal(await cards.count(), 2);

    // The list is saved too.
    await page.reload();
    await page.locator('.draft-card').first().waitFor();
    assert.deepEqual(await page.locator('.draft-name').allTextContents(), ['Sở Tư pháp 2026', 'Sở Tư pháp — phương án 2']);
  } finally {
    await app.close();
  }
});

test('a full storage shows a banner, offers the draft file and loses nothing', async () => {
  const app = await startApp();
  const { page, baseUrl } = app;
  try {
    await page.addInitScript(INIT);
    await openPicker(page, baseUrl);
    await createDraft(page, 'teaching-demo.json', { name: 'Sở Tư pháp' });
    await page.evaluate(() => { window.__storageFull = true; });

    await answerArea1(page);
    const banner = page.locator('.storage-banner');
    await banner.waitFor();
    assert.equal(await banner.getAttribute('role'), 'alert');
    assert.match(await banner.textContent(), /Trình duyệt đã hết chỗ lưu/);
    assert.equal((await totals(page)).points, '20');
    await openSection(page, '2');
    await item(page, '2.3').locator('input').first().fill('62,5');
    assert.equal(await item(page, '2.3').locator('input').first().inputValue(), '62,5');
    assert.equal((await totals(page)).points, '30');

    // The draft file has everything typed since the storage filled up.
    const file = await download(page, banner.getByRole('button', { name: 'Tải tệp bản tự đánh giá' }));
    assert.equal(file.name, 'Sở Tư pháp 2026.draft.json');
    const draft = JSON.parse(file.bytes.toString('utf8'));
    assert.equal(draft.format, 'parscore-draft/1');
    assert.equal(draft.answers['1.1'].level, 'on_time');
    assert.equal(draft.answers['2.3'].percent, '62.5');

    // Once there is room again, the next change is saved and the banner goes.
    await page.evaluate(() => { window.__storageFull = false; });
    await item(page, '2.3').locator('input').first().fill('62,50');
    await banner.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('.total-bar').waitFor();
    assert.equal((await totals(page)).points, '30');
  } finally {
    await app.close();
  }
});
