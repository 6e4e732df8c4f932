// End-to-end checks of change the way the press writes it (issue 21, first part), against
// the release build in Chromium: the ranking's summary in sentences, a rank's move in its
// tooltip, and the table's change between the view's two ends with the change in rank.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { ARTIFACTS, downloadText, openApp, pressKey, svgTexts, useServedBuild } from './browser.mjs';

const app = useServedBuild();
const open = (path, options = {}) => openApp(app.browser, app.url + path, { acceptDownloads: true, ...options });

test('the summary of DTI 2023 says Hà Nội entered the top ten, with sources, and copies', async () => {
  const { page, errors, context } = await open('/?view=ranking&indicator=dti-rank&time=2023');
  const facts = page.locator('.summary-panel .facts-list > li');
  await facts.first().waitFor();
  const texts = await facts.allTextContents();
  assert.ok(texts[0].startsWith('Top 10 Chỉ số chuyển đổi số (DTI) – thứ hạng năm 2023: 1. Đà Nẵng'), texts[0]);
  assert.ok(texts.some((t) => t.includes('Vào Top 10 năm 2023 so với 2022: Hà Nội (thứ 6, từ thứ 24)')), texts.join('\n'));
  assert.ok(texts.some((t) => t.includes('Đà Nẵng năm thứ 4 liên tiếp dẫn đầu')), texts.join('\n'));
  assert.ok(texts.some((t) => /Đông Nam Bộ 0,\d{4} \(6 tỉnh\)/.test(t)), texts.join('\n'));
  // Every fact but a sentence saying why nothing is compared lists its sources.
  assert.ok(await page.locator('.summary-panel .fact-sources').count() >= texts.length - 1);
  const axe = await new AxeBuilder({ page }).include('.summary-panel').analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a ranking tooltip says the rank and its move since the previous year', async () => {
  const { page, errors, context } = await open('/?view=ranking&indicator=dti-rank&time=2023&provinces=ha-noi');
  await page.locator('canvas[role=img]').focus();
  // Hà Nội is sixth: five steps down from the first row.
  await pressKey(page, 'ArrowDown', 6);
  const tip = await page.locator('.tooltip').textContent();
  assert.match(tip, /Hà Nội · 2023/);
  assert.match(tip, /hạng 6\/63/);
  assert.match(tip, /tăng 18 bậc so với 2022/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the table compares the same two years on every row, with the change in rank', async () => {
  const { page, errors, context } = await open('/?view=table&indicator=dti-score&time=2022..2023&sort=rank-change');
  await page.locator('table.data-table').waitFor();
  const heads = await page.locator('table.data-table thead th').allTextContents();
  assert.ok(heads.some((h) => h.startsWith('Thay đổi 2022–2023')), heads.join(' | '));
  assert.ok(heads.some((h) => h.startsWith('Thay đổi hạng 2022–2023')), heads.join(' | '));
  const haNoi = page.locator('table.data-table tbody tr', { hasText: 'Hà Nội' }).first();
  assert.match(await haNoi.textContent(), /▲18/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a screen reader hears the rank and its move, and the ranking is described by its summary', async () => {
  const { page, errors, context } = await open('/?view=ranking&indicator=dti-score&time=2023');
  const canvas = page.locator('canvas[role=img]');
  assert.equal(await canvas.getAttribute('aria-describedby'), 'chart-keys ranking-summary');
  assert.match(await page.locator('#ranking-summary').textContent(), /Vào Top 10 năm 2023/);
  await canvas.focus();
  await pressKey(page, 'ArrowDown');
  const spoken = await page.locator('figure.chart p[role=status]').textContent();
  // Đà Nẵng, first: its score, its rank, and its move since 2022.
  assert.match(spoken, /^Đà Nẵng · 2023: 0,\d{4}, hạng 1\/63( \(công bố\))?, giữ nguyên so với 2022$/);
  // A ranking without ranks has no summary, and the description stays valid.
  const other = await open('/?view=ranking&indicator=online-dossier-rate');
  assert.equal(await other.page.locator('#ranking-summary').count(), 1);
  assert.deepEqual(other.errors, []);
  await other.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('change mode: DTI rank 2022 → 2023 reads Hà Nội ▲18 (24 → 6) and Quảng Ninh ▼9 (3 → 12), from a click and into the link', async () => {
  const { page, errors, context } = await open('/?view=ranking&indicator=dti-rank&time=2023');
  await page.locator('#change-mode').check();
  await page.waitForFunction(() => location.search.includes('change=1') && location.search.includes('time=2022..2023'));
  assert.equal(await page.locator('#change-from').inputValue(), '2022');
  const label = await page.locator('canvas[role=img]').getAttribute('aria-label');
  assert.match(label, /^Biểu đồ thay đổi: .*thay đổi 2022–2023; \d+ tăng, \d+ giảm, \d+ giữ nguyên; tăng nhiều nhất là /);
  const texts = await svgTexts(page);
  const after = (name) => texts[texts.indexOf(name) + 1];
  assert.equal(after('Hà Nội'), '▲18 (24 → 6)', texts.join(' | '));
  assert.equal(after('Quảng Ninh'), '▼9 (3 → 12)', texts.join(' | '));
  assert.ok(texts.some((t) => /^2022 → 2023 · .*: \d+ tăng, \d+ giảm, \d+ giữ nguyên/.test(t)), texts.join(' | '));
  // The tooltip says the span's move.
  await page.locator('canvas[role=img]').focus();
  await pressKey(page, 'ArrowDown');
  assert.match(await page.locator('.tooltip').textContent(), /tăng \d+ bậc so với 2022 \(\d+=? → \d+=?\)/);
  const axe = await new AxeBuilder({ page }).include('.chart-panel').analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.screenshot({ path: `${ARTIFACTS}/change-ranking-1280.png`, fullPage: true });
  // The summary's sentences, with their sources, as a CSV of their own.
  const summary = await downloadText(page, 'summary-csv');
  assert.ok(summary.startsWith('\uFEFFfact,sources,source_urls,cite_as'), summary.slice(0, 80));
  assert.match(summary, /Vào Top 10 năm 2023 so với 2022: Hà Nội \(thứ 6, từ thứ 24\)/);
  // Unticked, the ranking of 2023 is back and the link forgets the mode.
  await page.locator('#change-mode').uncheck();
  await page.waitForFunction(() => !location.search.includes('change=1'));
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'), /^Biểu đồ xếp hạng: /);
  assert.deepEqual(errors, []);
  await context.close();
});

test('change mode: the map has a legend centred on no change, and a method break is said, not crossed', async () => {
  const { page, errors, context } = await open('/?view=map&indicator=dti-rank&time=2022..2023&change=1');
  const texts = await svgTexts(page);
  const legend = texts.filter((t) => /^(▲|▼)\d+(–\d+)?$|^=$/.test(t));
  assert.equal(legend.length, 5, texts.join(' | '));
  assert.equal(legend[2], '=');
  assert.equal(legend[0].slice(1), legend[4].slice(1));
  assert.equal(legend[1].slice(1), legend[3].slice(1));
  assert.ok(texts.includes('xanh = tốt lên, cam = kém đi, xám = giữ nguyên'), texts.join(' | '));
  const axe = await new AxeBuilder({ page }).include('.chart-panel').analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.screenshot({ path: `${ARTIFACTS}/change-map-1280.png`, fullPage: true });
  const pci = await open('/?view=map&indicator=pci-score&time=2016..2017&change=1');
  assert.match(await pci.page.locator('.chart-empty').textContent(), /đổi phương pháp/);
  assert.deepEqual(pci.errors, []);
  await pci.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});
