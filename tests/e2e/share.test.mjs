// End-to-end tests of what leaves the page: the downloaded PNG, SVG and CSV, the Share
// panel's link and QR code, the back button through views, and the chart embedded in
// an iframe of another origin.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import { ARTIFACTS, collectErrors, openApp, selectIndicator, pressKey, useServedBuild } from './browser.mjs';

const VIEW = '/?provinces=hai-duong~thanh-hoa&indicator=dti-rank&time=2020..2024';
const BASE_NAME = 'cds-explorer_dti-rank_2020-2024_hai-duong_thanh-hoa';
const app = useServedBuild();

/** Opens `path` of the served build, with downloads allowed, and waits for the app. */
const open = (path, options = {}) => openApp(app.browser, app.url + path, { acceptDownloads: true, ...options });

/** Clicks a Download button and returns the file's suggested name and bytes. */
async function download(page, kind) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(`.download-${kind}`).click()]);
  const path = `${ARTIFACTS}/download.${kind}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** Decodes a PNG's header and image data: width, height, and whether the pixel data inflates to its size. */
function decodePng(bytes) {
  assert.deepEqual([...bytes.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10], 'PNG signature');
  let offset = 8;
  let header;
  const data = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') header = { width: body.readUInt32BE(0), height: body.readUInt32BE(4), depth: body[8], colour: body[9] };
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  const channels = { 2: 3, 6: 4 }[header.colour];
  const raw = inflateSync(Buffer.concat(data));
  // Every row: one filter byte, then its pixels.
  assert.equal(raw.length, header.height * (1 + header.width * channels * (header.depth / 8)));
  return header;
}

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

test('the Download panel saves the chart as PNG and SVG and its data as CSV', async () => {
  const { page, errors, context } = await open(VIEW);
  // The option reads "name (what it covers)"; the chart's title is the name.
  const title = (await page.locator('#indicator option:checked').textContent()).trim().replace(/ \([^()]*\)$/, '');
  await page.locator('.download-panel summary').click();

  const png = await download(page, 'png');
  assert.equal(png.name, `${BASE_NAME}.png`);
  const header = decodePng(png.bytes);
  assert.equal(header.width, 2000, 'the chart at 1000 CSS px, twice the pixels');
  assert.ok(header.height >= 2 * 380 && header.height <= 2 * 700, `height ${header.height}`);
  // The browser decodes it too, and it is a chart, not a blank page (decoded from the
  // bytes in the page, without a fetch, which the app's CSP would refuse).
  const inked = await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] < 128 && data[i + 1] < 128) dark++;
    return dark / (data.length / 4);
  }, png.bytes.toString('base64'));
  assert.ok(inked > 0.002 && inked < 0.5, `share of dark pixels ${inked}`);

  const svg = await download(page, 'svg');
  assert.equal(svg.name, `${BASE_NAME}.svg`);
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: doc.documentElement.nodeName,
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent.trim()),
    };
  }, svg.bytes.toString('utf8'));
  assert.equal(parsed.error, null);
  assert.equal(parsed.root, 'svg');
  assert.ok(parsed.texts.includes(title), `the title "${title}" in ${parsed.texts.join(' | ')}`);
  // The legend; both lines run to 2024 (2023's and 2024's ranks derived from the complete
  // score tables), so neither says it stops early.
  assert.ok(parsed.texts.includes('Hải Dương') && parsed.texts.includes('Thanh Hóa'), `the legend: ${parsed.texts.join(' | ')}`);
  assert.ok(!parsed.texts.some((t) => t.startsWith('số liệu đến')), `no line stops early: ${parsed.texts.join(' | ')}`);
  assert.ok(parsed.texts.some((t) => t.startsWith('Nguồn:')), 'the source line');
  assert.ok(parsed.texts.some((t) => t.includes('provinces=hai-duong~thanh-hoa')), 'the link in the footer');

  const csv = await download(page, 'csv');
  assert.equal(csv.name, `${BASE_NAME}.csv`);
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'a UTF-8 byte-order mark');
  const lines = csv.bytes.toString('utf8').slice(1);
  // The header row comes first, so that any reader takes it as the header.
  assert.match(lines, /^place,place_code,indicator_id,/);
  const [columns, ...rows] = parseCsv(lines);
  assert.deepEqual(columns.slice(0, 8), ['place', 'place_code', 'indicator_id', 'indicator', 'year', 'period', 'kind', 'value']);
  const records = rows.map((r) => Object.fromEntries(columns.map((c, i) => [c, r[i]])));
  assert.ok(records.every((r) => r.indicator_id === 'dti-rank'));
  assert.deepEqual([...new Set(records.map((r) => r.place))].sort(), ['Hải Dương', 'Thanh Hóa']);
  assert.ok(records.every((r) => r.source_title), 'every row has its source');
  // A printed value comes with the words it was read from; a rank derived from a complete
  // score table says so and points at the copy of the table and at its row.
  assert.deepEqual(columns.slice(columns.indexOf('quote'), columns.indexOf('quote') + 4), ['quote', 'citation', 'table_copy', 'rank_basis']);
  for (const r of records) {
    if (r.rank_basis === 'derived') {
      assert.equal(r.citation, 'derived rank', JSON.stringify(r));
      assert.match(r.table_copy, /^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//, JSON.stringify(r));
      assert.ok(r.quote.includes(r.place), `the table's row names the place: ${JSON.stringify(r)}`);
    } else {
      assert.equal(r.rank_basis, 'printed', JSON.stringify(r));
      assert.equal(r.citation, 'quote', JSON.stringify(r));
      assert.ok(r.quote.includes(r.printed), `the words contain the printed value: ${JSON.stringify(r)}`);
    }
  }
  // Hải Dương's 2022 rank is printed; its 2023 and 2024 ranks are the official tables' order.
  assert.deepEqual(records.filter((r) => r.place_code === 'VN-61').map((r) => [r.year, r.value, r.rank_basis]),
    [['2020', '14', 'printed'], ['2021', '14', 'printed'], ['2022', '13', 'printed'], ['2023', '26', 'derived'], ['2024', '19', 'derived']]);
  assert.ok(records.every((r) => /^CĐS Explorer – “.*” – http:\/\/127\.0\.0\.1:\d+\/\?provinces=hai-duong~thanh-hoa – truy cập ngày \d{4}-\d{2}-\d{2}\./.test(r.cite_as)), 'every row cites the view');
  // Python's csv module reads it with its first line as the header, Vietnamese intact.
  const python = execFileSync('python3', ['-c', `
import csv, sys
with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:
    rows = list(csv.DictReader(f))
print(len(rows), rows[0]['place'], rows[0]['indicator_id'], sorted(rows[0])[0])
`, `${ARTIFACTS}/download.csv`], { encoding: 'utf8' }).trim();
  assert.match(python, /^\d+ (Hải Dương|Thanh Hóa) dti-rank citation$/);
  const official = records.find((r) => r.place_code === 'VN-61' && r.year === '2022');
  assert.equal(official.value, '13');
  assert.match(official.source_url, /^https?:\/\//);
  // As many rows as points on the chart (Hải Dương and Thanh Hóa, 2020–2024 each).
  assert.equal(records.filter((r) => r.kind === 'actual').length, 10);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the Share panel shows the link of the view, a QR code and the embed snippet', async () => {
  const { page, errors, context } = await open('/?provinces=hai-duong&view=ranking&time=2024&lang=en');
  await page.locator('.share-panel summary').click();
  const link = await page.locator('.share-link').inputValue();
  // 2024 is the ranking's own year for DTI rank (the latest year all 63 have one): the
  // link leaves it out.
  assert.equal(link, `${app.url}/?provinces=hai-duong&view=ranking&lang=en`);
  const qr = page.locator('.qr img');
  await qr.waitFor();
  assert.equal(await qr.getAttribute('alt'), 'QR code of the link');
  assert.ok(await qr.evaluate((img) => img.complete && img.naturalWidth >= 200), 'the QR image loads');
  const snippet = await page.locator('.embed-code').inputValue();
  assert.match(snippet, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?provinces=hai-duong&amp;view=ranking&amp;lang=en&amp;embed=1" title="CĐS Explorer – /);
  // The snippet is copied on a click.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  await page.getByText('Embed code copied').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), snippet);
  await page.screenshot({ path: `${ARTIFACTS}/share-panel.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('back and forward step through views; a slider drag is one step', async () => {
  const { page, errors, context } = await open(VIEW);
  const label = () => page.locator('canvas[role=img]').getAttribute('aria-label');
  await page.locator('#tab-ranking').click();
  await page.waitForURL(/view=ranking/);
  // Drag the year slider from one end to the other, through every year.
  const slider = page.locator('#year-slider');
  const box = await slider.boundingBox();
  await page.mouse.move(box.x + box.width - 4, box.y + box.height / 2);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(box.x + box.width - 4 - (step * (box.width - 8)) / 10, box.y + box.height / 2);
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
  await page.waitForURL(/time=20..\.\.2020|time=2020/);
  const dragged = page.url();
  await selectIndicator(page, 'Chỉ số chuyển đổi số (DTI) – điểm');
  await page.waitForURL(/indicator=dti-score/);

  await page.goBack();
  await page.waitForURL(dragged);
  await page.goBack(); // the whole drag was one entry: back to the ranking of 2024
  await page.waitForURL(/view=ranking$/);
  assert.match(await label(), /, 2024, /);
  await page.goBack();
  await page.waitForURL(`${app.url}${VIEW.replace('&indicator=dti-rank&time=2020..2024', '')}`);
  assert.match(await label(), /^Biểu đồ đường/);
  await page.goForward();
  await page.waitForURL(/view=ranking$/);
  assert.match(await label(), /, 2024, /);
  assert.equal(await page.locator('#tab-ranking').getAttribute('aria-selected'), 'true');
  // A run of play is one entry too, and going back stops it where it went back to.
  await page.locator('#year-slider').focus();
  for (let step = 0; step < 4; step++) await pressKey(page, 'ArrowLeft'); // 2024 → 2020
  await page.waitForURL(/time=2020&/);
  const beforePlay = page.url();
  await page.locator('button.play').click();
  await page.waitForURL(/time=2020\.\.2021/, { timeout: 3000 });
  await page.goBack();
  await page.waitForURL(beforePlay);
  // The address changes before the app hears of it: wait for play to stop.
  await page.locator('button.play[aria-pressed="false"]').waitFor({ timeout: 900 });
  await page.waitForTimeout(1300);
  assert.equal(page.url(), beforePlay, 'play did not go on');
  assert.deepEqual(errors, []);
  await context.close();
});

test('embed=1 in an iframe of another site shows the chart and a way out, and leaves its history alone', async () => {
  const embedded = `${app.url}/?provinces=hai-duong~thanh-hoa&view=line&embed=1`;
  const table = `${app.url}/?view=table&time=2021..2022&embed=1`;
  const frame = (src, id) => `<iframe id="${id}" src="${src.replace(/&/g, '&amp;')}" title="DTI" width="800" height="600" style="border:0"></iframe>`;
  const host = createServer((request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>A newsroom</title><h1>Our story</h1>${frame(embedded, 'chart')}${frame(table, 'table')}`);
  });
  await new Promise((resolve) => host.listen(0, '127.0.0.1', resolve));
  // localhost is another site than 127.0.0.1, not just another port.
  const hostUrl = `http://localhost:${host.address().port}/`;
  assert.notEqual(new URL(hostUrl).hostname, new URL(app.url).hostname);
  const context = await app.browser.newContext({ viewport: { width: 1000, height: 800 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  try {
    await page.goto(hostUrl);
    const chart = page.frameLocator('#chart');
    const canvas = chart.locator('canvas[role=img]');
    await canvas.waitFor();
    assert.equal(await canvas.getAttribute('aria-label'),
      'Biểu đồ đường: Chỉ số chuyển đổi số (DTI) – thứ hạng, 2020–2024, của Hải Dương và Thanh Hóa.');
    assert.equal(await chart.locator('#controls, .masthead, .share-panel').count(), 0, 'only the chart');
    const out = chart.getByRole('link', { name: /Mở trong CĐS Explorer/ });
    assert.equal(await out.getAttribute('href'), `${app.url}/?provinces=hai-duong~thanh-hoa`);
    assert.equal(await out.getAttribute('target'), '_blank');
    // The hover works inside the frame.
    await canvas.focus();
    await pressKey(page, 'ArrowRight');
    await chart.locator('.tooltip').waitFor();
    await page.screenshot({ path: `${ARTIFACTS}/embed-iframe.png` });
    // Sorting the embedded table changes the frame's link, not the host's history.
    const before = await page.evaluate(() => history.length);
    await page.frameLocator('#table').getByRole('button', { name: /^2022/ }).click();
    await page.frameLocator('#table').locator('table.data-table').waitFor();
    const frameUrl = () => page.frames().find((f) => f.url().includes('view=table')).url();
    for (let i = 0; i < 20 && !frameUrl().includes('sort='); i++) await page.waitForTimeout(50);
    assert.match(frameUrl(), /sort=-?2022/);
    assert.equal(await page.evaluate(() => history.length), before);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    host.close();
  }
});

test('the table view also downloads as a table of places by years', async () => {
  const { page, errors, context } = await open('/?view=table&time=2020..2022');
  await page.locator('.download-panel summary').click();
  const wide = await download(page, 'wide-csv');
  assert.match(wide.name, /_table_wide\.csv$|_wide\.csv$/);
  const [header, ...rows] = parseCsv(wide.bytes.toString('utf8').slice(1));
  assert.deepEqual(header, ['place', 'place_code', '2020', '2021', '2022', 'change', 'cite_as']);
  const haiDuong = rows.find((r) => r[1] === 'VN-61');
  assert.equal(haiDuong[0], 'Hải Dương');
  assert.equal(haiDuong[4], '13');
  assert.deepEqual(errors, []);
  await context.close();
});
