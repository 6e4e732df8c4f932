// End-to-end tests of the profile: two provinces compared on aligned rows (the same
// indicator and the same year on each row), groups that fold, a filter that lives in the
// link, and a height that fits a laptop's screens.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, openApp, pressKey, useServedBuild } from './browser.mjs';

const app = useServedBuild();
const LAPTOP = { viewport: { width: 1280, height: 800 } };
const open = (path, options = LAPTOP) => openApp(app.browser, app.url + path, options);

/** Every row of the profile's tables: its indicator and, per place, value and period. */
const rowsOf = (page) => page.locator('.profile-table').evaluateAll((tables) => tables.map((table) => ({
  heads: [...table.querySelectorAll('thead th')].map((th) => th.textContent),
  folded: table.closest('.one-sided') !== null,
  rows: [...table.querySelectorAll('tbody tr')].map((tr) => ({
    indicator: tr.querySelector('th').textContent,
    cells: [...tr.querySelectorAll('td')].map((td) => ({
      missing: td.classList.contains('missing'),
      value: td.querySelector('.value')?.textContent ?? null,
      period: td.querySelector('.period')?.textContent ?? null,
      newer: td.querySelector('.newer')?.textContent ?? null,
    })),
  })),
})));

/** The page's height at the current viewport, in pixels and in screens. */
const heightOf = (page) => page.evaluate(() => ({
  px: document.documentElement.scrollHeight,
  screens: document.documentElement.scrollHeight / innerHeight,
}));

test('two provinces are compared on aligned rows, the same year on both sides', async () => {
  const { page, errors, context } = await open('/?view=profile&provinces=hai-duong~hai-phong');
  const tables = await rowsOf(page);
  assert.ok(tables.length >= 6, `a table per pillar: ${tables.length}`);
  for (const table of tables) {
    assert.deepEqual(table.heads, ['Chỉ số', 'Hải Dương', 'Hải Phòng'], 'the same columns in every table');
    for (const row of table.rows) {
      assert.equal(row.cells.length, 2, `a cell per province: ${row.indicator}`);
      if (table.folded) continue;
      // A row outside the fold has both provinces, of the same year.
      assert.ok(row.cells.every((c) => !c.missing), `both provinces: ${row.indicator}`);
      assert.equal(row.cells[0].period, row.cells[1].period, `the same year: ${row.indicator}`);
    }
  }
  const rows = tables.flatMap((t) => t.rows);
  // Both have a DTI rank of 2024 (the official table's order, derived from the complete
  // 2024 score table): the latest year, on both sides, with nothing later beside it.
  const rank = rows.find((r) => r.indicator === 'Chỉ số chuyển đổi số (DTI) – thứ hạng');
  assert.deepEqual(rank.cells.map((c) => [c.value, c.period, c.newer]), [['19', '2024', null], ['3', '2024', null]]);
  // The PCI rank is compared in 2021, the latest year both have; Hải Phòng's 2023 rank
  // (a press figure) stands beside it.
  const pci = rows.find((r) => r.indicator === 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) – thứ hạng');
  assert.deepEqual(pci.cells.map((c) => [c.value, c.period]), [['13', '2021'], ['2', '2021']]);
  assert.equal(pci.cells[0].newer, null);
  assert.equal(pci.cells[1].newer, 'mới nhất 2023: 3', "Hải Phòng's later rank beside the compared one");
  const height = await heightOf(page);
  console.log(`profile of hai-duong~hai-phong at 1280×800: ${height.px} px, ${height.screens.toFixed(2)} screens`);
  await page.screenshot({ path: `${ARTIFACTS}/profile-1280.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the default profile of two provinces fits in three screens at 1280×800', async () => {
  const { page, errors, context } = await open('/?view=profile');
  assert.deepEqual(await page.locator('.profile-table').first().locator('thead th').allTextContents(), ['Chỉ số', 'Hải Dương', 'Thanh Hóa']);
  const height = await heightOf(page);
  console.log(`default profile (hai-duong~thanh-hoa) at 1280×800: ${height.px} px, ${height.screens.toFixed(2)} screens`);
  assert.ok(height.screens <= 3, `${height.px} px`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the filter keeps rows with a target, is kept in the link, and groups fold', async () => {
  const { page, errors, context } = await open('/?view=profile&provinces=hai-duong~thanh-hoa');
  const target = page.getByRole('button', { name: /^Có mục tiêu \(\d+\)$/ });
  const count = Number((await target.textContent()).match(/\((\d+)\)/)[1]);
  await target.click();
  await page.waitForFunction(() => location.search.includes('rows=target'));
  assert.equal(await target.getAttribute('aria-pressed'), 'true');
  // Folded rows count too: open every fold before counting.
  await page.locator('details.one-sided').evaluateAll((folds) => folds.forEach((d) => { d.open = true; }));
  const rows = page.locator('.profile-table tbody tr');
  assert.equal(await rows.count(), count);
  for (const row of await rows.all()) assert.ok(await row.locator('.target').count() > 0, await row.textContent());

  // "Both provinces have" leaves no fold; the link opens the same rows.
  await page.getByRole('button', { name: /^Có cả hai tỉnh \(\d+\)$/ }).click();
  await page.waitForFunction(() => location.search.includes('rows=both'));
  assert.equal(await page.locator('details.one-sided').count(), 0);
  const shown = await page.locator('.profile-table tbody th').allTextContents();
  const again = await open(`/${await page.evaluate(() => location.search)}`);
  assert.deepEqual(await again.page.locator('.profile-table tbody th').allTextContents(), shown);
  await again.context.close();

  // A group folds by its summary, from the keyboard too (the first open one: DTI's
  // overall group starts folded under the scorecard).
  const at = await page.locator('details.profile-group').evaluateAll((groups) => groups.findIndex((d) => d.open));
  const group = page.locator('details.profile-group').nth(at);
  await group.locator('summary').focus();
  await pressKey(page, 'Enter');
  assert.equal(await group.evaluate((d) => d.open), false);
  assert.equal(await group.locator('.profile-table').isVisible(), false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the profile in English', async () => {
  const { page, errors, context } = await open('/?view=profile&provinces=hai-duong~thanh-hoa&lang=en');
  assert.deepEqual(await page.locator('.profile-filter button').allTextContents().then((t) => t.map((s) => s.replace(/ \(\d+\)$/, ''))),
    ['All', 'With a target', 'Both provinces have']);
  assert.match(await page.locator('details.one-sided summary').first().textContent(), /^\d+ indicators? only one province has$/);
  assert.deepEqual(errors, []);
  await context.close();
});
