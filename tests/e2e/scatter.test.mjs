// End-to-end checks of the scatter plot (issue 22): a link with two indicators and a
// year draws one dot per place with both values and names the others; play steps
// through the years the two share with the axes unchanged; a selected province is
// labelled; the keys reach the dots and the regions' legend; axe-core.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { ARTIFACTS, downloadText, openApp, pressKey, useServedBuild } from './browser.mjs';

const app = useServedBuild();
const open = (path, options = {}) => openApp(app.browser, app.url + path, { acceptDownloads: true, ...options });

/** The view's SVG: its texts and how many circles it draws. */
async function svg(page) {
  const text = await downloadText(page, 'svg');
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent.trim()),
      circles: doc.querySelectorAll('circle').length,
    };
  }, text);
}

test('a scatter link draws a dot per place with both values, names the others, and labels a selected province', async () => {
  const { page, errors, context } = await open('/?view=scatter&indicator=dti-score&x=pci-score&time=2020&provinces=');
  const label = await page.locator('canvas[role=img]').getAttribute('aria-label');
  const n = Number(label.match(/; (\d+) nơi có cả hai chỉ số/)[1]);
  assert.ok(n >= 10, label);
  const drawn = await svg(page);
  // One circle per dot, and one per region in the legend.
  assert.equal(drawn.circles, n + 6, drawn.texts.join(' | '));
  // The subtitle wraps over several lines of text.
  const all = drawn.texts.join(' ');
  assert.ok(all.includes('không có số liệu cả hai chỉ số năm 2020, không vẽ: An Giang'), all);
  assert.ok(all.includes('năm liền kề (±1 năm)'), all);
  // A selected province is labelled, with the year of the side taken from 2019.
  const chosen = await open('/?view=scatter&indicator=dti-score&x=pci-score&time=2020&provinces=hai-duong');
  const labelled = await svg(chosen.page);
  assert.ok(labelled.texts.includes('Hải Dương (x: 2019)'), labelled.texts.join(' | '));
  assert.deepEqual(chosen.errors, []);
  await chosen.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the scatter plays through the years its indicators share with the axes unchanged, and the keys reach the dots and the legend', async () => {
  const { page, errors, context } = await open('/?view=scatter&indicator=papi-egov&x=dti-score&time=2024&provinces=ha-noi');
  const years = (await page.locator('#year-slider').getAttribute('data-years')).split(' ');
  assert.ok(years.length >= 2 && years.every((y) => Number(y) >= 2020), years.join(' '));
  const ticks = (texts) => texts.filter((t) => /^[\d,.]+$/.test(t));
  const first = await svg(page);
  await page.locator('#year-slider').focus();
  await pressKey(page, 'ArrowLeft');
  await page.waitForFunction(() => !location.search.includes('time=2024'));
  const second = await svg(page);
  assert.notDeepEqual(first.texts.filter((t) => /^PAPI|^Chỉ số/.test(t)), [], 'titles drawn');
  assert.deepEqual(ticks(second.texts), ticks(first.texts));
  // The play button steps on to the last shared year.
  await page.locator('button.play').click();
  // (The slider moves the last year of the view's time; the first stays where it was.)
  await page.waitForFunction((last) => new RegExp(`time=(\\d{4}\\.\\.)?${last}(&|$)`).test(location.search) || !location.search.includes('time='), years.at(-1), { timeout: 10_000 });
  // The keys: the first dot, then past the dots into the legend.
  await page.locator('canvas[role=img]').focus();
  await pressKey(page, 'ArrowDown');
  assert.match(await page.locator('.tooltip').textContent(), /PAPI.*:.*Chỉ số chuyển đổi số \(DTI\) – điểm: /s);
  await pressKey(page, 'End');
  assert.match(await page.locator('.tooltip strong').textContent(), /Đồng bằng sông Cửu Long|Mekong/);
  const axe = await new AxeBuilder({ page }).include('.chart-panel').analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await page.screenshot({ path: `${ARTIFACTS}/scatter-1280.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a bare scatter link opens on PAPI e-governance against DTI, and the horizontal axis can be changed', async () => {
  const { page, errors, context } = await open('/?view=scatter');
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'),
    /^Biểu đồ tương quan: .*PAPI.* và Chỉ số chuyển đổi số \(DTI\) – điểm, \d{4}; \d+ nơi có cả hai chỉ số · tương quan hạng Spearman ρ = -?\d,\d\d \(n = \d+/);
  await page.locator('#scatter-x').selectOption('pci-score');
  await page.waitForFunction(() => location.search.includes('x=pci-score'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('the scorecard of two provinces shows the same rows for both, and a value opens its ranking', async () => {
  const { page, errors, context } = await open('/?view=profile&provinces=ha-noi~ba-ria-vung-tau');
  const card = page.locator('.scorecard');
  await card.waitFor();
  const rows = card.locator('tbody tr');
  const count = await rows.count();
  assert.ok(count >= 6, `${count} rows`);
  for (let i = 0; i < count; i += 1) {
    // A name and a cell per province on every row: a value or "chưa có số liệu".
    assert.equal(await rows.nth(i).locator('td').count(), 2);
  }
  assert.match(await rows.first().locator('td').first().textContent(), /\d,\d{4} · 2024 · hạng \d+\/63/);
  const axe = await new AxeBuilder({ page }).include('.scorecard').analyze();
  assert.deepEqual(axe.violations.map((v) => v.id), []);
  await rows.first().locator('td a').first().click();
  await page.waitForFunction(() => location.search.includes('view=ranking') && location.search.includes('indicator=dti-score'));
  assert.deepEqual(errors, []);
  await context.close();
});
