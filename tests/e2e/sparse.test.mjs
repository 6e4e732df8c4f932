// End-to-end tests of honest views over sparse data (the release build in Chromium):
// ranks that mean what they say, single-year views that open on a year with data, a
// year control that agrees with the chart, missing provinces named, maps that name the
// selected provinces, and axe-core accessibility scans of every view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { ARTIFACTS, openApp, selectIndicator, pressKey, svgTexts, useServedBuild } from './browser.mjs';

const app = useServedBuild();
const open = (path, options = {}) => openApp(app.browser, app.url + path, { acceptDownloads: true, ...options });
const label = (page) => page.locator('canvas[role=img]').getAttribute('aria-label');

test('a score ranking shows published ranks, never a bare position', async () => {
  // DTI scores of 2020 are known for 14 provinces only (the complete tables start in 2022).
  const { page, errors, context } = await open('/?view=ranking&indicator=dti-score&time=2020&provinces=hai-duong~thanh-hoa');
  assert.match(await label(page), /2020, 14\/63 tỉnh, thành phố có số liệu; đứng đầu là Đà Nẵng, hạng 1\/63 \(công bố\)\./);
  const texts = await svgTexts(page);
  // Hải Dương is 11th of the 14 with a score, Đắk Nông 12th, Kon Tum 13th; their published
  // ranks are 14, 54 and 58.
  assert.ok(texts.includes('14. Hải Dương'), texts.join(' | '));
  assert.ok(texts.includes('54. Đắk Nông') && texts.includes('58. Kon Tum'), texts.join(' | '));
  assert.ok(!texts.some((t) => /^1[123]\. /.test(t)), `no position numbered as a rank: ${texts.join(' | ')}`);
  assert.ok(texts.some((t) => t.includes('14/63 tỉnh, thành phố có số liệu')), 'the subtitle counts the 63');
  // The keyboard tooltip of Hải Dương says its published rank.
  await page.locator('canvas[role=img]').focus();
  await pressKey(page, 'ArrowDown', 11);
  assert.match(await page.locator('.tooltip').textContent(), /Hải Dương · 2020.*hạng 14\/63/s);
  await page.screenshot({ path: `${ARTIFACTS}/after-issue-9-ranking-2023.png`, fullPage: true });
  copyFileSync('tests/e2e/reference/before-issue-9-ranking-2023.png', `${ARTIFACTS}/before-issue-9-ranking-2023.png`);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the map without a year opens on 2024, the latest year all 63 have DTI ranks, with a bare link', async () => {
  const { page, errors, context } = await open('/?view=map');
  assert.equal(await label(page), 'Bản đồ: Chỉ số chuyển đổi số (DTI) – thứ hạng, 2024; 63 trong 63 tỉnh, thành phố có số liệu.');
  assert.equal(await page.locator('#year-slider').getAttribute('aria-valuetext'), '2024');
  assert.equal(new URL(page.url()).search, '?view=map');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the year slider shows the year the map draws, and stops only on years with data', async () => {
  // The PAR Index rank was published for 2023 only: the slider and the map say 2023.
  const par = await open('/?view=map&indicator=par-index-rank');
  const parYear = await par.page.locator('#year-slider').getAttribute('aria-valuetext');
  assert.equal(parYear, '2023');
  assert.match(await label(par.page), /, 2023; /);
  assert.deepEqual(par.errors, []);
  await par.context.close();
  // PCI: the slider steps through the years with values only, and the map follows.
  const { page, errors, context } = await open('/?view=map&indicator=pci-score');
  const year = await page.locator('#year-slider').getAttribute('aria-valuetext');
  assert.match(await label(page), new RegExp(`, ${year}; `));
  const years = (await page.locator('#year-slider').getAttribute('data-years')).split(' ');
  assert.ok(years.includes(year) && years.length > 1, `${year} in ${years}`);
  assert.ok(!years.includes('2020'), 'no PCI was quoted for 2020: the slider skips it');
  // Each step of the slider draws a year the slider names.
  for (const [i, shown] of years.entries()) {
    await page.locator('#year-slider').fill(String(i));
    await page.waitForFunction((y) => document.querySelector('canvas[role=img]').getAttribute('aria-label').includes(`, ${y}; `), shown);
    assert.equal(await page.locator('#year-slider').getAttribute('aria-valuetext'), shown);
    assert.equal(await page.locator('.year-value').textContent(), shown);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('a selected province without a value that year is named, with a way to the nearest year', async () => {
  // Lào Cai has no published DTI rank before 2022 (2022–2024 are complete tables).
  const { page, errors, context } = await open('/?view=map&provinces=lao-cai&time=2021');
  const gaps = page.locator('.gaps');
  assert.match(await gaps.textContent(), /Lào Cai: chưa có số liệu năm 2021/);
  await gaps.getByRole('button', { name: 'Xem năm 2022' }).click();
  // The map draws the last year of the link's span: the span now ends in 2022.
  await page.waitForFunction(() => /time=(2021\.\.)?2022(&|$)/.test(location.search));
  assert.match(await label(page), /, 2022; 63 trong 63/);
  assert.equal(await page.locator('.gaps').count(), 0, 'nothing missing in 2022');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new indicator without a value in the year moves to its best year and says so politely', async () => {
  const { page, errors, context } = await open('/?view=map&time=2022');
  // The 2017 e-government ranking has values for 2017 only.
  await selectIndicator(page, 'Ứng dụng CNTT, Chính phủ điện tử 2017 – thứ hạng');
  await page.waitForFunction(() => location.search.includes('indicator=egov-ict-2017-rank'));
  const notice = page.locator('.year-moved');
  assert.equal(await notice.getAttribute('aria-live'), 'polite');
  assert.match(await notice.textContent(), /Năm 2022 chưa có số liệu của chỉ số này; đang hiển thị năm 2017/);
  assert.match(await label(page), /, 2017; /);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the map names the selected provinces, on screen and in its SVG', async () => {
  const { page, errors, context } = await open('/?view=map&provinces=hai-duong~thanh-hoa&time=2022');
  const texts = await svgTexts(page);
  assert.ok(texts.includes('Hải Dương') && texts.includes('Thanh Hóa'), texts.join(' | '));
  assert.ok(texts.some((t) => /đậm hơn = tốt hơn/.test(t)), 'the legend says which way is better');
  assert.deepEqual(errors, []);
  await context.close();
  const before = await open('/?view=map&provinces=hai-duong~thanh-hoa&time=2023');
  await before.page.screenshot({ path: `${ARTIFACTS}/after-issue-9-map-2023.png`, fullPage: true });
  copyFileSync('tests/e2e/reference/before-issue-9-map-2023.png', `${ARTIFACTS}/before-issue-9-map-2023.png`);
  assert.deepEqual(before.errors, []);
  await before.context.close();
});

test('axe-core finds no violation in any view, in both languages, at 1280 and 360 px, panels open and closed', async () => {
  const views = ['line', 'ranking', 'map', 'table', 'profile', 'sources', 'coverage'];
  let scans = 0;
  const found = [];
  for (const view of views) {
    for (const lang of ['vi', 'en']) {
      for (const width of [1280, 360]) {
        const path = `/?provinces=hai-duong~thanh-hoa&view=${view}${lang === 'en' ? '&lang=en' : ''}`;
        const { page, errors, context } = await open(path, { viewport: { width, height: 800 } });
        for (const panels of ['closed', 'open']) {
          if (panels === 'open') {
            if (width < 640) await page.locator('.drawer-toggle').click();
            for (const summary of await page.locator('.actions details > summary').all()) await summary.click();
            await page.locator('.share-panel .qr img').waitFor();
          }
          const result = await new AxeBuilder({ page }).analyze();
          scans += 1;
          for (const v of result.violations) {
            found.push(`${view} ${lang} ${width}px panels ${panels}: ${v.id} (${v.impact}) ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
          }
        }
        assert.deepEqual(errors, [], `${path} at ${width}px`);
        await context.close();
      }
    }
  }
  console.log(`axe-core: ${scans} scans, ${found.length} violations`);
  assert.deepEqual(found, []);
});
