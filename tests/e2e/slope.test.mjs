// End-to-end checks of the slope chart (issue 21): two years side by side from a tab and
// from a link, both ends labelled with the values and the change, the keys and the
// tooltip, its SVG and CSV, an embed, and axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { ARTIFACTS, collectErrors, downloadText, openApp, pressKey, svgTexts, useServedBuild } from './browser.mjs';

const app = useServedBuild();
const open = (path, options = {}) => openApp(app.browser, app.url + path, { acceptDownloads: true, ...options });

test('a slope chart of two provinces has both labels and both changes in its SVG, and its CSV has both years', async () => {
  const { page, errors, context } = await open('/?view=ranking&indicator=dti-rank&time=2023&provinces=ha-noi~quang-ninh');
  await page.getByRole('tab', { name: 'Hai năm' }).click();
  await page.waitForFunction(() => location.search.includes('view=slope'));
  // From the ranking of 2023, the slope compares 2023 with the year before.
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'),
    /^Biểu đồ dốc: .*: 2022 và 2023; Hà Nội 24 → 6 \(▲18\); Quảng Ninh 3 → 12 \(▼9\)\.$/);
  const texts = await svgTexts(page);
  for (const text of ['2022', '2023', '24', '6 Hà Nội ▲18', '3', '12 Quảng Ninh ▼9']) {
    assert.ok(texts.includes(text), `${text} in ${texts.join(' | ')}`);
  }
  const csv = await downloadText(page, 'csv');
  const lines = csv.trim().split('\n');
  assert.equal(lines.length, 5, csv);
  assert.ok(lines.some((l) => l.includes('Hà Nội') && l.includes(',2022,') && l.includes('tăng 18 bậc so với 2022')) || lines.some((l) => l.includes('Hà Nội') && l.includes(',2023,') && l.includes('tăng 18 bậc so với 2022')), csv);
  // The keys go through the lines; the tooltip says the change between the two years.
  await page.locator('canvas[role=img]').focus();
  await pressKey(page, 'ArrowDown', 2);
  assert.match(await page.locator('.tooltip').textContent(), /Quảng Ninh · 2023.*giảm 9 bậc so với 2022 \(3 → 12\)/s);
  const axe = await new AxeBuilder({ page }).include('.chart-panel').analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.screenshot({ path: `${ARTIFACTS}/slope-1280.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a slope chart embeds, names a place with one year only, and says why a method break is not crossed', async () => {
  // An embed has no view panel: wait for its chart.
  const context = await app.browser.newContext({ viewport: { width: 800, height: 600 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(`${app.url}/?view=slope&indicator=dti-rank&time=2022..2023&provinces=ha-noi&embed=1`);
  await page.locator('.embed-main canvas[role=img]').waitFor();
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'), /^Biểu đồ dốc: .*Hà Nội 24 → 6 \(▲18\)/);
  assert.equal(await page.locator('#controls').count(), 0);
  assert.deepEqual(errors, []);
  await context.close();
  const one = await open('/?view=slope&indicator=dti-score&time=2020..2022&provinces=hai-duong~ha-noi');
  assert.match(await one.page.locator('canvas[role=img]').getAttribute('aria-label'), /chỉ có số liệu một năm, không vẽ: Hà Nội \(2022\)/);
  assert.deepEqual(one.errors, []);
  await one.context.close();
  const pci = await open('/?view=slope&indicator=pci-score&time=2016..2017&provinces=ha-noi');
  assert.match(await pci.page.locator('.chart-empty').textContent(), /đổi phương pháp/);
  assert.deepEqual(pci.errors, []);
  await pci.context.close();
});
