// End-to-end checks of regions as places (issue 22): a region's average is picked by
// typing its name, drawn on the line chart with what it is the mean of, placed without
// a rank on the ranking, drawn as a diamond on the scatter plot, kept in the link, said
// to be elsewhere on a view that does not draw it; axe-core on the three.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { downloadText, openApp, pressKey, svgTexts, useServedBuild } from './browser.mjs';

const app = useServedBuild();
const open = (path) => openApp(app.browser, app.url + path, { acceptDownloads: true });

async function axe(page) {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`);
}

test('a region picked by typing its name is drawn as an average on the line chart and kept in the link', async () => {
  const { page, errors, context } = await open('/?provinces=ha-noi&indicator=dti-score&time=2022..2024');
  await page.locator('#province-search').fill('dong bang song hong');
  await pressKey(page, 'Enter');
  await page.waitForFunction(() => location.search.includes('region:red-river-delta'));
  assert.equal(new URL(page.url()).search,
    '?provinces=ha-noi~region:red-river-delta&indicator=dti-score&time=2022..2024');
  const texts = await svgTexts(page);
  assert.ok(texts.includes('Trung bình Đồng bằng sông Hồng'), texts.join(' | '));
  assert.ok(texts.includes('trung bình của 11/11 tỉnh có số liệu'), texts.join(' | '));
  const csv = await downloadText(page, 'csv');
  const means = csv.split('\r\n').filter((line) => line.includes(',mean,'));
  assert.equal(means.length, 3, 'one mean a year, 2022–2024');
  assert.ok(means.every((line) => line.includes('region:red-river-delta')), means.join('\n'));
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the ranking places the average by its value without a rank, and the scatter draws it apart from the dots', async () => {
  const ranking = await open('/?view=ranking&provinces=region:mekong-delta&indicator=dti-score&time=2023');
  const rows = await svgTexts(ranking.page);
  assert.ok(rows.includes('Trung bình Đồng bằng sông Cửu Long'), rows.join(' | '));
  assert.ok(rows.some((t) => t.endsWith('· TB 13/13 tỉnh')), rows.join(' | '));
  assert.deepEqual(await axe(ranking.page), []);
  assert.deepEqual(ranking.errors, []);
  await ranking.context.close();

  const scatter = await open('/?view=scatter&provinces=region:red-river-delta&time=2024');
  const drawn = await svgTexts(scatter.page);
  assert.ok(drawn.includes('TB Đồng bằng sông Hồng (10/11)'), drawn.join(' | '));
  // The keys reach the average after the dots and the legend: End goes to it.
  await scatter.page.locator('canvas[role=img]').focus();
  await pressKey(scatter.page, 'End');
  const tooltip = scatter.page.locator('.tooltip');
  await tooltip.waitFor();
  const said = await tooltip.textContent();
  assert.ok(said.includes('Trung bình Đồng bằng sông Hồng · 2024'), said);
  assert.ok(said.includes('không phải số công bố'), said);
  assert.deepEqual(await axe(scatter.page), []);
  assert.deepEqual(scatter.errors, []);
  await scatter.context.close();
});

test('a view that does not draw averages says where they are', async () => {
  const { page, errors, context } = await open('/?view=map&provinces=region:red-river-delta&time=2023');
  const hint = page.locator('.averages-hint');
  await hint.waitFor();
  assert.match(await hint.textContent(), /biểu đồ đường, bảng xếp hạng và biểu đồ tương quan/);
  assert.deepEqual(errors, []);
  await context.close();
});
