// End-to-end acceptance checks of the complete publishers' tables (issue 20), against the
// release build in Chromium: whole years on the maps (DTI 2023 of the 63, DTI 2024 of the
// 34 and its 8 main indices), every place numbered in a ranking whose ranks are derived from
// a complete score table and labelled so, a PCI line broken and marked at its method change,
// the provinces a PAPI table leaves out named on its map, the data files fetched when a view
// first needs them, and table values that cite their table in the CSV.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ARTIFACTS, collectErrors, openApp, REPORT_CSP_VIOLATIONS, selectIndicator, pressKey, svgTexts, downloadText, useServedBuild } from './browser.mjs';

const app = useServedBuild();
const open = (path, options = {}) => openApp(app.browser, app.url + path, { acceptDownloads: true, ...options });
const label = (page) => page.locator('canvas[role=img]').getAttribute('aria-label');

/** A data file of a family (PCI, PAPI, GSO), as the page asks for it: data/papi-<hash>.bin. */
const dataFile = (family) => new RegExp(`/data/${family}-[0-9a-f]+\\.bin$`);

/**
 * Like openApp, but watches the page from its first request: the page's own requests (not
 * the service worker's background fetches) and the moment the first chart is in the page.
 */
async function openWatched(path) {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  await context.addInitScript(() => {
    new MutationObserver(() => {
      if (window.firstChartAt === undefined && document.querySelector('canvas[role=img]')) window.firstChartAt = performance.now();
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(app.url + path);
  await page.waitForSelector('#view-panel > *');
  return { page, errors, context, requests };
}

const download = downloadText;

/** A minimal RFC 4180 reader: rows of fields, quotes and doubled quotes handled. */
function parseCsv(text) {
  const rows = [];
  let row = [''];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { row[row.length - 1] += '"'; i++; }
      else if (c === '"') quoted = false;
      else row[row.length - 1] += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push('');
    else if (c === '\n') { rows.push(row); row = ['']; }
    else if (c !== '\r') row[row.length - 1] += c;
  }
  if (row.length > 1 || row[0] !== '') rows.push(row);
  return rows;
}

/** The records of a CSV text (a byte-order mark allowed), keyed by the header's names. */
function records(text) {
  const [columns, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''));
  return { columns, rows: rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]]))) };
}

test('the DTI score map of 2023 reads 63 of 63', async () => {
  const { page, errors, context } = await open('/?view=map&indicator=dti-score&time=2023');
  assert.equal(await label(page), 'Bản đồ: Chỉ số chuyển đổi số (DTI) – điểm, 2023; 63 trong 63 tỉnh, thành phố có số liệu.');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the 34-unit map of 2024 reads 34 of 34 for the DTI score and each of its 8 main indices', async () => {
  const indicators = ['dti-score', 'dti-awareness-score', 'dti-institutions-score', 'dti-infrastructure-score',
    'dti-human-resources-score', 'dti-cybersecurity-score', 'dti-government-activity-score',
    'dti-economy-activity-score', 'dti-society-activity-score'];
  const { page, errors, context } = await open(`/?view=map&indicator=${indicators[0]}&time=2024&units=34`);
  for (const indicator of indicators) {
    await page.goto(`${app.url}/?view=map&indicator=${indicator}&time=2024&units=34`);
    await page.waitForSelector('#view-panel > *');
    assert.equal(new URL(page.url()).searchParams.get('indicator'), indicator);
    assert.match(await label(page), /^Bản đồ: .+, 2024; 34 trong 34 tỉnh, thành phố có số liệu\.$/, indicator);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the DTI rank ranking of 2023 numbers all 63, and a derived rank says it is the official table\'s order', async () => {
  const { page, errors, context } = await open('/?view=ranking&indicator=dti-rank&time=2023');
  assert.match(await label(page), /, 2023, 63\/63 tỉnh, thành phố có số liệu; /);
  const texts = await svgTexts(page);
  const numbered = texts.filter((t) => /^\d+\. \S/.test(t));
  assert.equal(numbered.length, 63, numbered.join(' | '));
  assert.equal(new Set(numbered.map((t) => t.replace(/^\d+\. /, ''))).size, 63, '63 different places');
  assert.ok(numbered.every((t) => Number(t.match(/^\d+/)[0]) <= 63), numbered.join(' | '));

  // The CSV says which ranks were printed and which were worked out from the score table:
  // Bắc Giang's 2023 rank (9th) was not printed, Đà Nẵng's (1st) was.
  const csv = records(await download(page, 'csv'));
  const basis = Object.fromEntries(csv.rows.filter((r) => r.kind === 'actual' && r.preferred !== 'no').map((r) => [r.place, [r.value, r.rank_basis]]));
  assert.deepEqual(basis['Bắc Giang'], ['9', 'derived']);
  assert.deepEqual(basis['Đà Nẵng'], ['1', 'printed']);
  assert.equal(csv.rows.filter((r) => r.rank_basis === 'derived').every((r) => r.citation === 'derived rank'), true);

  // The keyboard goes down the rows: the first is printed, the ninth derived and labelled.
  const canvas = page.locator('canvas[role=img]');
  await canvas.focus();
  await pressKey(page, 'ArrowDown');
  const first = await page.locator('.tooltip').textContent();
  assert.match(first, /Đà Nẵng · 2023.*hạng 1\/63/s);
  assert.doesNotMatch(first, /theo thứ tự bảng xếp hạng chính thức/);
  await pressKey(page, 'ArrowDown', 8);
  const tooltip = page.locator('.tooltip');
  assert.match(await tooltip.textContent(), /Bắc Giang · 2023.*hạng 9\/63 \(theo thứ tự bảng xếp hạng chính thức\)/s);
  const citation = await tooltip.locator('.tooltip-citation').textContent();
  assert.match(citation, /^Thứ hạng theo thứ tự bảng xếp hạng chính thức \(tính từ điểm của bảng đủ 63 tỉnh, thành phố; không phải hạng in sẵn\), hàng “.*Bắc Giang.*”; bản sao: [\w.-]+\/[\w.-]+, \S+ @[0-9a-f]{7}/);
  await page.screenshot({ path: `${ARTIFACTS}/tables-ranking-dti-rank-2023.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a PCI score line over 2006–2019 is broken and marked at the 2017 method change, drawn after its data file', async () => {
  const { page, errors, context, requests } = await openWatched('/?indicator=pci-score&provinces=hai-duong&time=2006..2019');
  assert.match(await label(page), /^Biểu đồ đường: Chỉ số năng lực cạnh tranh cấp tỉnh \(PCI\) – điểm, 2006–2019, của Hải Dương\./);
  assert.match(await label(page), /đổi phương pháp 2017/);
  // The page asked for the PCI values, once, and had them before the chart was in the page.
  assert.equal(requests.filter((url) => dataFile('pci').test(url)).length, 1, requests.join('\n'));
  assert.ok(!requests.some((url) => dataFile('papi').test(url) || dataFile('gso').test(url)), 'only the family the view needs');
  const timing = await page.evaluate(() => ({
    chart: window.firstChartAt,
    data: performance.getEntriesByType('resource').filter((e) => /\/data\/pci-/.test(e.name)).map((e) => e.responseEnd),
  }));
  assert.equal(timing.data.length, 1);
  assert.ok(timing.chart !== undefined && timing.data[0] <= timing.chart, `data file at ${timing.data[0]} ms, chart at ${timing.chart} ms`);
  const texts = await svgTexts(page);
  assert.ok(texts.some((t) => t.includes('đổi phương pháp 2017')), texts.join(' | '));
  await page.screenshot({ path: `${ARTIFACTS}/tables-pci-line-break.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the PAPI e-governance map of 2022 names the provinces its table leaves out', async () => {
  // From the data: the provinces with no e-governance value in the 2022 table, and those the
  // publishers excluded that year (whose values a copy still holds are not shown).
  const provinces = records(readFileSync('assets/data/provinces.csv', 'utf8')).rows;
  const valued = new Set(records(readFileSync('assets/data/tables/papi.csv', 'utf8')).rows
    .filter((r) => r.indicator === 'papi-egov' && r.year === '2022').map((r) => r.area));
  const excluded = new Set(records(readFileSync('assets/data/tables/missing.csv', 'utf8')).rows
    .filter((r) => 'papi-egov'.startsWith(r.indicator_prefix) && r.year === '2022' && r.excluded === 'yes').map((r) => r.area));
  const missing = provinces.filter((p) => !valued.has(p.code) || excluded.has(p.code)).map((p) => p.name_vi);
  assert.deepEqual(missing, ['Bắc Giang', 'Bắc Ninh'], 'the publishers left out Bắc Giang and Bắc Ninh in 2022');

  const { page, errors, context } = await open('/?view=map&indicator=papi-egov&time=2022');
  assert.equal(await label(page),
    `Bản đồ: PAPI – Quản trị điện tử, 2022; ${63 - missing.length} trong 63 tỉnh, thành phố có số liệu · không có trong bảng công bố: ${missing.join(', ')}.`);
  await page.screenshot({ path: `${ARTIFACTS}/tables-papi-egov-2022.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a PAPI indicator chosen on a DTI page fetches the PAPI data file once and draws it', async () => {
  const { page, errors, context, requests } = await openWatched('/?provinces=hai-duong~thanh-hoa&indicator=dti-score');
  assert.ok(!requests.some((url) => /\/data\//.test(url)), `a DTI view needs no data file: ${requests.join('\n')}`);
  await selectIndicator(page, 'Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh (PAPI) – tổng điểm');
  await page.waitForFunction(() => /PAPI\) – tổng điểm/.test(document.querySelector('canvas[role=img]')?.getAttribute('aria-label') ?? ''));
  assert.match(await label(page), /^Biểu đồ đường: Chỉ số Hiệu quả Quản trị và Hành chính công cấp tỉnh \(PAPI\) – tổng điểm, .*Hải Dương và Thanh Hóa/);
  assert.equal(new URL(page.url()).searchParams.get('indicator'), 'papi-total');
  // Another indicator of the family uses the file already there.
  await selectIndicator(page, 'PAPI – Quản trị điện tử');
  await page.waitForFunction(() => /PAPI – Quản trị điện tử/.test(document.querySelector('canvas[role=img]')?.getAttribute('aria-label') ?? ''));
  assert.equal(requests.filter((url) => dataFile('papi').test(url)).length, 1, requests.filter((url) => url.includes('/data/')).join('\n'));
  assert.ok(!requests.some((url) => dataFile('pci').test(url) || dataFile('gso').test(url)), 'only the PAPI file');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the CSV of a PCI view cites the table: its row, the copy and the rank basis', async () => {
  const { page, errors, context } = await open('/?indicator=pci-rank&provinces=hai-duong&time=2015..2019');
  const csv = records(await download(page, 'csv'));
  const at = csv.columns.indexOf('quote');
  assert.deepEqual(csv.columns.slice(at, at + 4), ['quote', 'citation', 'table_copy', 'rank_basis']);
  const rows = csv.rows.filter((r) => r.kind === 'actual');
  assert.deepEqual(rows.map((r) => r.year), ['2015', '2016', '2017', '2018', '2019']);
  for (const r of rows) {
    assert.equal(r.indicator_id, 'pci-rank');
    assert.equal(r.citation, 'table row', JSON.stringify(r));
    assert.match(r.table_copy, /^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/[0-9a-f]{40}\/\S+$/, JSON.stringify(r));
    assert.equal(r.rank_basis, 'printed', 'PCI ranks are printed in its tables');
    assert.match(r.quote, /^H[aả]i D[uư][oơ]ng$/, 'the row of the table');
  }
  // A score has no rank basis.
  await page.goto(`${app.url}/?indicator=pci-score&provinces=hai-duong&time=2015..2019`);
  await page.waitForSelector('#view-panel > *');
  const scores = records(await download(page, 'csv')).rows.filter((r) => r.kind === 'actual');
  assert.equal(scores.length, 5);
  assert.ok(scores.every((r) => r.citation === 'table row' && r.table_copy.startsWith('https://github.com/') && r.rank_basis === ''),
    JSON.stringify(scores));
  assert.deepEqual(errors, []);
  await context.close();
});

test('Hà Tây, a former unit, is ranked with the provinces of PCI 2007, apart from Hà Nội and off the map', async () => {
  const { page, errors, context } = await open('/?view=ranking&indicator=pci-score&time=2007');
  // VCCI ranked 64 units in 2007: the 63 provinces of today's map and Hà Tây.
  assert.match(await label(page), /, 2007, 64\/64 tỉnh, thành phố có số liệu; đứng đầu là Bình Dương, hạng 1\/64 \(công bố\)\./);
  const csv = records(await download(page, 'csv')).rows.filter((r) => r.kind === 'actual');
  assert.equal(new Set(csv.map((r) => r.place_code)).size, 64);
  const haTay = csv.find((r) => r.place_code === 'former:ha-tay');
  const haNoi = csv.find((r) => r.place_code === 'VN-HN');
  assert.equal(haTay?.place, 'Hà Tây (cũ, đến 2008)');
  assert.ok(haNoi && haNoi.value !== haTay.value, 'Hà Nội keeps its own value');
  await page.goto(`${app.url}/?view=map&indicator=pci-score&time=2007`);
  await page.waitForSelector('#view-panel > *');
  assert.match(await label(page), /, 2007; 63 trong 63 tỉnh, thành phố có số liệu\.$/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the table of PCI 2005–2008 has a row of its own for Hà Tây', async () => {
  const { page, errors, context } = await open('/?view=table&indicator=pci-score&time=2005..2008');
  const names = await page.locator('table.data-table tbody tr th, table.data-table tbody tr td:first-child').allTextContents();
  assert.ok(names.some((name) => name.includes('Hà Tây (cũ, đến 2008)')), `a Hà Tây row among ${names.length}`);
  assert.ok(names.some((name) => name.trim() === 'Hà Nội'), 'and Hà Nội');
  assert.deepEqual(errors, []);
  await context.close();
});
