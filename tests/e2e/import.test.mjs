// End-to-end tests of "Nhập dữ liệu của bạn": a person's own workbook through the file
// picker, mapped, checked, added to the map, kept across a reload and removed; a broken
// file reported line by line with the page unchanged; nothing sent anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, openApp, useServedBuild } from './browser.mjs';

const app = useServedBuild();
// The built-in data hold every province's DTI rank and score of 2023 (the complete table),
// but the digital-awareness sub-index of 2023 for a few only: the synthetic workbook's two
// columns are imported as that sub-index's rank and score, so that the import has gaps to fill.
const MAP_2023 = '/?view=map&indicator=dti-awareness-rank&time=2023';

/** Maps the workbook's columns, read as the DTI rank and score, to the awareness sub-index. */
async function mapToAwareness(page) {
  const rank = page.getByLabel('Chỉ số “Xếp hạng DTI”');
  const score = page.getByLabel('Chỉ số “Điểm DTI”');
  assert.equal(await rank.inputValue(), 'existing:dti-rank');
  assert.equal(await score.inputValue(), 'existing:dti-score');
  await rank.selectOption('existing:dti-awareness-rank');
  await score.selectOption('existing:dti-awareness-score');
}

/** Every request the page makes, and whether any left the page's own server. */
function watchRequests(page) {
  const requests = [];
  page.on('request', (request) => requests.push({ url: request.url(), method: request.method() }));
  return requests;
}

const mapLabel = (page) => page.locator('canvas[role=img]').getAttribute('aria-label');
const covered = async (page) => Number((await mapLabel(page)).match(/; (\d+) trong 63/)?.[1]);

async function openImport(page) {
  await page.locator('.import-panel summary').click();
}

test('a DTI workbook is imported through the file picker, fills the map, stays after a reload and can be removed', async () => {
  const { page, errors, context } = await openApp(app.browser, app.url + MAP_2023);
  const requests = watchRequests(page);
  const before = await covered(page);
  assert.ok(before < 63, `the published 2023 awareness ranks cover ${before} provinces`);
  assert.ok(!requests.some((r) => r.url.includes('import')), 'the import worker is not fetched before the import is opened');
  await openImport(page);
  await page.locator('.import-panel input[type=file]').setInputFiles('tests/fixtures/dti-2023-synthetic.xlsx');
  await page.waitForSelector('.mapping-table');
  assert.equal(await page.locator('.import-file').textContent(), 'dti-2023-synthetic.xlsx: 63 dòng dữ liệu');
  // The rank column is read as the DTI rank, the score column as the DTI score, the year
  // from the file's name; both are then mapped to the awareness sub-index.
  await mapToAwareness(page);
  assert.equal(await page.getByLabel('Năm của các cột không ghi năm').inputValue(), '2023');
  await page.screenshot({ path: `${ARTIFACTS}/import-mapping.png`, fullPage: true });
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await page.waitForSelector('.import-report');
  assert.equal(await page.locator('.import-summary').textContent(), '126 giá trị được nhận, 0 bị từ chối (trong 63 dòng dữ liệu).');
  await page.getByRole('button', { name: 'Thêm vào trang' }).click();
  await page.waitForFunction(() => /; 63 trong 63/.test(document.querySelector('canvas[role=img]')?.getAttribute('aria-label') ?? ''));
  assert.match(await mapLabel(page), /– thứ hạng, 2023; 63 trong 63/, 'the same indicator and year, now complete');
  await page.screenshot({ path: `${ARTIFACTS}/import-map.png`, fullPage: true });

  await page.reload();
  await page.waitForFunction(() => /; 63 trong 63/.test(document.querySelector('canvas[role=img]')?.getAttribute('aria-label') ?? ''));
  await openImport(page);
  assert.match(await page.locator('.kept-sets li').textContent(), /2 chỉ số · 126 giá trị/);
  await page.getByRole('button', { name: 'Xóa: dti-2023-synthetic.xlsx' }).click();
  await page.waitForFunction(() => !/2023; 63 trong 63/.test(document.querySelector('canvas[role=img]')?.getAttribute('aria-label') ?? ''));
  await page.goto(app.url + MAP_2023);
  await page.waitForSelector('#view-panel > *');
  assert.equal(await covered(page), before, 'removed for good');
  await openImport(page);
  assert.match(await page.locator('.kept-sets').textContent(), /Chưa có bộ dữ liệu nào/);

  const away = requests.filter((r) => !r.url.startsWith(app.url) && !r.url.startsWith('data:') && !r.url.startsWith('blob:'));
  assert.deepEqual(away, [], 'no request leaves the page');
  assert.ok(requests.every((r) => r.method === 'GET'), 'nothing is posted');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a broken file is reported line by line and cancel leaves the page as it was', async () => {
  const { page, errors, context } = await openApp(app.browser, app.url + MAP_2023);
  const before = { url: page.url(), label: await mapLabel(page) };
  await openImport(page);
  await page.locator('.import-panel input[type=file]').setInputFiles('tests/fixtures/broken.csv');
  await page.waitForSelector('.mapping-table');
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await page.waitForSelector('.import-report');
  assert.equal(await page.locator('.import-summary').textContent(), '0 giá trị được nhận, 4 bị từ chối (trong 4 dòng dữ liệu).');
  const problems = await page.locator('.import-list.problems li').allTextContents();
  assert.deepEqual(problems, [
    'Dòng 2, cột “Xếp hạng DTI 2023”: “mười ba” không phải là số.',
    'Dòng 3, cột “Xếp hạng DTI 2023”: 99 nằm ngoài khoảng cho phép của đơn vị (1–63).',
    'Dòng 4, cột “Xếp hạng DTI 2023”: không biết “Hai Duongg” là tỉnh, thành phố nào.',
    'Dòng 5, cột “Xếp hạng DTI 2023”: không có tên tỉnh, thành phố.',
  ]);
  assert.match(await page.locator('.import-list.unknown-places').textContent(), /“Hai Duongg” \(dòng 4, 1 lần\) — có phải: Hải Dương/);
  assert.equal(await page.getByRole('button', { name: 'Thêm vào trang' }).isDisabled(), true);
  await page.screenshot({ path: `${ARTIFACTS}/import-broken.png`, fullPage: true });
  await page.getByRole('button', { name: 'Hủy' }).click();
  assert.equal(await page.locator('.import-report').count(), 0);
  assert.deepEqual({ url: page.url(), label: await mapLabel(page) }, before);
  assert.match(await page.locator('.kept-sets').textContent(), /Chưa có bộ dữ liệu nào/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a link to imported data opened elsewhere shows the built-in view and names what is missing', async () => {
  const { page, errors, context } = await openApp(app.browser, `${app.url}/?indicator=user-dti-2023-3&view=map`);
  assert.match(await page.locator('.notice').first().textContent(), /dữ liệu nhập riêng, không có trong trình duyệt này \(đã bị xóa, hoặc được nhập trên máy khác\)/);
  assert.ok(await page.locator('canvas[role=img]').count() > 0, 'the built-in map');
  assert.deepEqual(errors, []);
  await context.close();
});

test('imported values reach every view: line, ranking, table, profile, sources, coverage, and the 34-unit map', async () => {
  const { page, errors, context } = await openApp(app.browser, app.url + MAP_2023);
  await openImport(page);
  await page.locator('.import-panel input[type=file]').setInputFiles('tests/fixtures/dti-2023-synthetic.xlsx');
  await page.waitForSelector('.mapping-table');
  await mapToAwareness(page);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await page.waitForSelector('.import-report');
  await page.getByRole('button', { name: 'Thêm vào trang' }).click();
  await page.waitForFunction(() => /; 63 trong 63/.test(document.querySelector('canvas[role=img]')?.getAttribute('aria-label') ?? ''));
  // Each page merges the kept set after its first view (and after any data file its view
  // needs): wait for the merge (the app's performance mark) and the view drawn again.
  const visit = async (path) => {
    await page.goto(app.url + path);
    await page.waitForFunction(() => performance.getEntriesByName('cds-import-merged').length > 0, null, { timeout: 15_000 });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.waitForSelector('#view-panel > *');
  };
  // Bắc Kạn has no published awareness rank: whatever it shows for 2023 is the file's.
  await visit('/?provinces=bac-kan&indicator=dti-awareness-rank&time=2023');
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'), /Bắc Kạn/);
  assert.doesNotMatch(await page.locator('#view-panel').textContent(), /không có số liệu/i);
  await visit('/?view=ranking&indicator=dti-awareness-rank&time=2023');
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'), /63\/63 tỉnh, thành phố có số liệu/);
  await visit('/?view=table&indicator=dti-awareness-rank&provinces=bac-kan&time=2022..2023');
  const cell = page.locator('table.data-table tbody tr', { hasText: 'Bắc Kạn' }).locator('td').nth(1);
  assert.match(await cell.textContent(), /\d/, 'the 2023 cell has the imported rank');
  await visit('/?view=profile&provinces=bac-kan');
  const rank = page.locator('.profile-table tbody tr', { hasText: 'Nhận thức số – thứ hạng' });
  assert.match(await rank.textContent(), /2023/);
  assert.match(await rank.textContent(), /Dữ liệu của bạn: dti-2023-synthetic\.xlsx/);
  await visit('/?view=sources&indicator=dti-awareness-rank&provinces=bac-kan&time=2023');
  assert.match(await page.locator('#view-panel').textContent(), /dữ liệu của bạn \(tệp bạn nhập, chỉ có trên máy này\)/);
  // Seven awareness ranks are built in over all years (Đà Nẵng's alone in 2023): the file fills 2023.
  await visit('/?view=coverage&indicator=dti-awareness-rank&time=2023');
  // The kept set is merged after the first view is shown (and, here, after the data files
  // the coverage view needs): wait for it rather than count once.
  await page.waitForFunction(() => document.querySelectorAll('td.cell.value').length >= 63, null, { timeout: 15_000 }).catch(() => {});
  assert.ok(await page.locator('td.cell.value').count() >= 63, 'every province has a 2023 value');

  // A table of the 34 units, for the map of the 34.
  await visit('/?view=map&units=34&time=2025');
  const before = await page.locator('canvas[role=img]').getAttribute('aria-label');
  await openImport(page);
  await page.locator('.import-panel input[type=file]').setInputFiles({
    name: 'dti-34-2025.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Đơn vị,Xếp hạng DTI 2025\nThành phố Hà Nội,1\nThành phố Hải Phòng,2\nTuyên Quang,30\n'),
  });
  await page.waitForSelector('.mapping-table');
  assert.equal(await page.getByLabel('Địa danh trong tệp').inputValue(), '34');
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await page.waitForSelector('.import-report');
  await page.getByRole('button', { name: 'Thêm vào trang' }).click();
  await page.waitForFunction((old) => document.querySelector('canvas[role=img]')?.getAttribute('aria-label') !== old, before);
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'), /2025; 3 trong 34 tỉnh, thành phố có số liệu/);
  await page.screenshot({ path: `${ARTIFACTS}/import-map-34.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
