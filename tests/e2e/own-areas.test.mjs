// End-to-end test of a person's own areas: a table of 700 made-up communes
// (tools/make-communes.mjs) is read as areas of their own, ranked (the best 60, the last
// 20, said in the subtitle), listed in the table a page at a time and found by a search;
// the map of the provinces says where to see them and the coverage counts them. Its
// timings are the scale benchmark's (scripts/bench-scale.mjs), not a test's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, openApp, useServedBuild } from './browser.mjs';
import { communesCsv } from '../../tools/make-communes.mjs';

const app = useServedBuild();
const label = (page) => page.locator('canvas[role=img]').getAttribute('aria-label');

test('a table of 700 communes is ranked, listed a page at a time, found by name, counted in the coverage, and kept off the province map', async () => {
  const { page, errors, context } = await openApp(app.browser, `${app.url}/?view=ranking`);
  await page.locator('.import-panel summary').click();
  await page.locator('.import-panel input[type=file]').setInputFiles({
    name: 'ty-le-ho-so-truc-tuyen-xa.csv', mimeType: 'text/csv', buffer: Buffer.from(communesCsv(700)),
  });
  await page.waitForSelector('.mapping-table');
  assert.equal(await page.getByLabel('Địa danh trong tệp').inputValue(), 'own', 'a “Xã” column of names that are not provinces');
  assert.equal(await page.getByLabel('Cột này là “Tỉnh”').inputValue(), 'within', 'the province tells communes of one name apart');
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await page.waitForSelector('.import-report');
  assert.equal(await page.locator('.import-summary').textContent(), '1400 giá trị được nhận, 0 bị từ chối (trong 700 dòng dữ liệu).');
  await page.getByRole('button', { name: 'Thêm vào trang' }).click();
  await page.waitForFunction(() => /khu vực của bạn/.test(document.querySelector('canvas[role=img]')?.getAttribute('aria-label') ?? ''));
  const ranking = await label(page);
  assert.match(ranking, /700\/700 nơi \(gồm khu vực của bạn\) có số liệu/);
  assert.match(ranking, /biểu đồ hiện 80 nơi: 60 đầu, 20 cuối và nơi đã chọn; xem đủ 700 ở dạng bảng/);
  await page.screenshot({ path: `${ARTIFACTS}/own-areas-ranking.png`, fullPage: true });

  await page.getByRole('tab', { name: 'Bảng' }).click();
  await page.waitForSelector('.data-table tbody tr');
  assert.equal(await page.locator('.data-table tbody tr').count(), 100, 'a page of rows');
  assert.match(await page.locator('.table-more').textContent(), /Đang hiện 100\/700 dòng/);
  await page.getByRole('button', { name: 'Hiện thêm 100 dòng' }).click();
  assert.equal(await page.locator('.data-table tbody tr').count(), 200);
  await page.locator('.table-search input').fill('xa phu lap');
  const found = await page.locator('.data-table tbody th').allTextContents();
  assert.deepEqual(found.sort(), ['Xã Phú Lập, Bắc Kạn', 'Xã Phú Lập, Hải Dương'], 'found without diacritics among all 700, told apart by their province');

  await page.getByRole('tab', { name: 'Bản đồ' }).click();
  await page.waitForSelector('#view-panel > *');
  assert.match(await page.locator('#view-panel').textContent(), /chỉ có số liệu cho các khu vực của bạn/);
  assert.equal(await page.locator('section.gaps').count(), 0, 'no province is said to lack a commune value');

  await page.getByRole('tab', { name: 'Độ phủ số liệu' }).click();
  await page.waitForSelector('table.coverage');
  const own = page.locator('table.coverage tfoot tr', { hasText: 'Khu vực của bạn có số liệu' });
  assert.deepEqual(await own.locator('td').allTextContents(), ['700', '700'], 'counted per year, not 700 rows');
  assert.deepEqual(errors, []);
  await context.close();
});
