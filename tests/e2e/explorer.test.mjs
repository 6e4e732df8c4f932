// End-to-end tests against the release build in Debian's Chromium: what a person
// opening a shared link sees, and what they share after changing the view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, openApp, selectIndicator, pressKey, useServedBuild } from './browser.mjs';

const app = useServedBuild();

/** Opens `path` of the served build in a fresh context and waits for the app. */
const open = (path, options = {}) => openApp(app.browser, app.url + path, options);

/** Everything a person sees of the view: chips, pickers, chart description, pixels. */
async function viewOf(page) {
  return {
    chips: await page.locator('.chip span:not(.swatch)').allTextContents(),
    indicator: await page.locator('#indicator option:checked').textContent(),
    from: await page.locator('#year-from').inputValue(),
    to: await page.locator('#year-to').inputValue(),
    label: await page.locator('canvas[role=img]').getAttribute('aria-label'),
    pixels: await page.locator('canvas[role=img]').evaluate((canvas) => canvas.toDataURL()),
  };
}

test('a share link shows its provinces and the same view opens from the changed link', async () => {
  const { page, errors, context } = await open('/?provinces=hai-duong~thanh-hoa&indicator=dti-rank&time=2020..2024');
  const first = await viewOf(page);
  assert.deepEqual(first.chips, ['Hải Dương', 'Thanh Hóa']);
  assert.match(first.label, /Hải Dương và Thanh Hóa/);
  // Both have a rank every year to 2024 (2023's and 2024's derived from the complete
  // score tables): the whole span is drawn and no line is said to stop early.
  assert.equal(first.label, 'Biểu đồ đường: Chỉ số chuyển đổi số (DTI) – thứ hạng, 2020–2024, của Hải Dương và Thanh Hóa.');
  // The tab's title (and a pasted link's preview) says what the view shows.
  assert.equal(await page.title(), 'Chỉ số chuyển đổi số (DTI) – thứ hạng · Hải Dương và Thanh Hóa · 2020–2024 – CĐS Explorer');
  await page.screenshot({ path: `${ARTIFACTS}/share-link.png`, fullPage: true });

  // Change the selection by typing without diacritics, then the indicator and years.
  await page.locator('#province-search').fill('quang ninh');
  await pressKey(page, 'Enter');
  await selectIndicator(page, 'Chỉ số chuyển đổi số (DTI) – điểm');
  await page.locator('#year-from').selectOption('2021');
  await page.waitForFunction(() => location.search.includes('time=2021..2024'));
  const link = page.url();
  assert.equal(new URL(link).search, '?provinces=hai-duong~thanh-hoa~quang-ninh&indicator=dti-score&time=2021..2024');
  const changed = await viewOf(page);
  assert.deepEqual(changed.chips, ['Hải Dương', 'Thanh Hóa', 'Quảng Ninh']);

  const again = await open(new URL(link).pathname + new URL(link).search);
  assert.deepEqual(await viewOf(again.page), changed, 'the link reproduces the view exactly');
  await again.page.screenshot({ path: `${ARTIFACTS}/changed-view.png`, fullPage: true });
  assert.deepEqual([...errors, ...again.errors], []);
  await context.close();
  await again.context.close();
});

test('a hostile link shows the default view with a notice and runs nothing', async () => {
  const { page, errors, context } = await open('/?provinces=<script>alert(1)</script>&time=abc');
  const notice = page.locator('.notice[role=status]');
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /<script>alert\(1\)<\/script>/, 'the value is shown as text');
  assert.match(text, /abc/);
  assert.deepEqual((await viewOf(page)).chips, ['Hải Dương', 'Thanh Hóa', 'Đà Nẵng']);
  assert.equal(await page.locator('.notice script').count(), 0);
  await page.screenshot({ path: `${ARTIFACTS}/hostile-link.png`, fullPage: true });
  await page.getByRole('button', { name: 'Đóng' }).click();
  assert.equal(await notice.count(), 0, 'the notice can be dismissed');
  assert.deepEqual(errors, []);
  await context.close();
});

test('copy link puts the address of the view on the clipboard', async () => {
  const { page, errors, context } = await open('/?provinces=quang-ninh&lang=en');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
  await page.getByText('Share', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.getByText('Link copied').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, page.url());
  assert.equal(new URL(copied).search, '?provinces=quang-ninh&lang=en');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the page is usable at 360 px wide: the controls fold into a drawer', async () => {
  const { page, errors, context } = await open('/?provinces=hai-duong~thanh-hoa', { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scrolling (page is ${width}px wide)`);
  const box = await page.locator('canvas[role=img]').boundingBox();
  assert.ok(box.width > 300 && box.width <= 360, `chart fits: ${box.width}`);
  assert.ok(box.y < 780, `the chart starts on the first screen (at ${box.y}px)`);
  assert.equal(await page.locator('#controls').isVisible(), false, 'the controls are folded');
  const toggle = page.locator('.drawer-toggle');
  assert.match(await toggle.textContent(), /2 địa phương · 2020–2024/);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.deepEqual(await page.locator('.chip span:not(.swatch)').allTextContents(), ['Hải Dương', 'Thanh Hóa']);
  // The canvas is drawn at the device pixel ratio.
  const ratio = await page.locator('canvas[role=img]').evaluate((c) => c.width / c.clientWidth);
  assert.equal(ratio, 2);
  await page.screenshot({ path: `${ARTIFACTS}/mobile-360.png`, fullPage: true });
  assert.deepEqual(errors, []);
  // The ranking's year control is beside the chart, not in the folded drawer.
  const ranking = await open('/?view=ranking', { viewport: { width: 360, height: 780 }, deviceScaleFactor: 2 });
  assert.equal(await ranking.page.locator('#controls').isVisible(), false);
  assert.equal(await ranking.page.locator('#year-slider').isVisible(), true, 'the year slider shows without the drawer');
  assert.deepEqual(ranking.errors, []);
  await ranking.context.close();
  await context.close();
});

test('sources and coverage views open from a click and from a link', async () => {
  const { page, errors, context } = await open('/?provinces=hai-duong~viet-nam&indicator=dti-score&time=2020..2024');
  assert.deepEqual((await viewOf(page)).chips, ['Hải Dương', 'Cả nước']);
  // The tabs work from the keyboard: → to the next view, End to the last, ← back one.
  await page.getByRole('tab', { name: 'Biểu đồ' }).focus();
  await pressKey(page, 'ArrowRight');
  await page.waitForFunction(() => location.search.includes('view=ranking'));
  await pressKey(page, 'End');
  await page.waitForFunction(() => location.search.includes('view=coverage'));
  await pressKey(page, 'ArrowLeft');
  await page.waitForFunction(() => location.search.includes('view=sources'));
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-sources');
  const quotes = await page.locator('table.values q').allTextContents();
  assert.ok(quotes.some((q) => q.includes('0,3504')), `Hải Dương's 2020 score is quoted: ${quotes}`);
  assert.ok(quotes.some((q) => q.includes('0,3026')), 'the national average is quoted');
  assert.ok(await page.locator('.source-list a[href^="http"]').count() > 0, 'sources link to their pages');
  await page.screenshot({ path: `${ARTIFACTS}/sources-view.png`, fullPage: true });

  const coverage = await open('/?indicator=dti-rank&view=coverage');
  const rows = coverage.page.locator('table.coverage tbody tr');
  assert.ok(await rows.count() >= 63, 'every province has a row, with or without data');
  const header = await coverage.page.locator('table.coverage thead th').allTextContents();
  const column = header.indexOf('2022');
  const filled = await coverage.page.locator(`table.coverage tbody tr td:nth-child(${column + 1}).value`).count();
  assert.ok(filled >= 63, `DTI 2022 rank is there for all 63 provinces (${filled})`);
  await coverage.page.screenshot({ path: `${ARTIFACTS}/coverage-view.png` });
  assert.deepEqual([...errors, ...coverage.errors], []);
  await context.close();
  await coverage.context.close();
});

test('hovering or arrowing to a point shows its value, rank and source', async () => {
  const { page, errors, context } = await open('/?provinces=thanh-hoa&indicator=dti-score&time=2021');
  const canvas = page.locator('canvas[role=img]');
  await canvas.focus();
  await pressKey(page, 'ArrowRight');
  const tooltip = page.locator('.tooltip');
  await tooltip.waitFor();
  const text = await tooltip.textContent();
  assert.match(text, /Thanh Hóa · 2021/);
  assert.match(text, /0,4880/);
  assert.match(text, /hạng 12\/63/);
  assert.match(text, /Nguồn: /);
  await pressKey(page, 'Escape');
  assert.equal(await tooltip.count(), 0);

  // The pointer: sweep the chart until the point is under it.
  const box = await canvas.boundingBox();
  let found = false;
  for (let row = 1; row < 24 && !found; row += 1) {
    for (let column = 1; column < 32 && !found; column += 1) {
      await page.mouse.move(box.x + (box.width * column) / 32, box.y + (box.height * row) / 24);
      found = (await tooltip.count()) > 0;
    }
  }
  assert.ok(found, 'a tooltip appears under the pointer');
  assert.match(await tooltip.textContent(), /Thanh Hóa · 2021/);
  await page.screenshot({ path: `${ARTIFACTS}/tooltip.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the ranking opens by click and by link, filters by region, and fits 360 px and 1920 px', async () => {
  const { page, errors, context } = await open('/?provinces=hai-duong~thanh-hoa&time=2022');
  await page.getByRole('tab', { name: 'Xếp hạng' }).click();
  await page.waitForFunction(() => location.search.includes('view=ranking'));
  const label = await page.locator('canvas[role=img]').getAttribute('aria-label');
  assert.match(label, /Biểu đồ xếp hạng: .*2022, 63\/63 tỉnh, thành phố có số liệu; đứng đầu là Đà Nẵng, hạng 1\/63 \(công bố\)\./);
  await page.locator('#region').selectOption('red-river-delta');
  await page.waitForFunction(() => location.search.includes('region=red-river-delta'));
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'), /, 11\/11 tỉnh, thành phố có số liệu;/);
  const canvas = page.locator('canvas[role=img]');
  await canvas.focus();
  await pressKey(page, 'ArrowDown');
  assert.match(await page.locator('.tooltip').textContent(), /Hà Nội|Hải Phòng|Quảng Ninh|Bắc Ninh/);
  await page.screenshot({ path: `${ARTIFACTS}/ranking-1280.png`, fullPage: true });

  for (const width of [360, 1920]) {
    const view = await open('/?view=ranking&indicator=dti-rank&time=2022&lang=en', { viewport: { width, height: 900 } });
    assert.match(await view.page.locator('canvas[role=img]').getAttribute('aria-label'), /^Ranking chart: .*2022, 63 of 63 provinces with data; first is Da Nang, published rank 1 of 63\.$/);
    // The keys reach rows far below the window, and the window follows them.
    await view.page.locator('canvas[role=img]').focus();
    await view.page.keyboard.press('End');
    const tip = await view.page.locator('.tooltip').boundingBox();
    assert.ok(tip.y >= 0 && tip.y + tip.height <= 900, `the last row's tooltip is in view (${tip.y})`);
    const pageWidth = await view.page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= width, `no sideways scrolling at ${width}px (${pageWidth})`);
    await view.page.screenshot({ path: `${ARTIFACTS}/ranking-${width}.png`, fullPage: true });
    assert.deepEqual(view.errors, []);
    await view.context.close();
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('the table sorts by header into the link, filters by name and links values to sources', async () => {
  const { page, errors, context } = await open('/?view=table&indicator=dti-rank&time=2022');
  const firstRow = () => page.locator('table.data-table tbody tr').first().locator('th').textContent();
  assert.equal(await firstRow(), 'Đà Nẵng');
  assert.equal(await page.locator('table.data-table thead th').nth(1).getAttribute('aria-sort'), 'ascending');
  await page.getByRole('button', { name: /^2022/ }).click();
  await page.waitForFunction(() => location.search.includes('sort=-2022'));
  assert.equal(await page.locator('table.data-table thead th').nth(1).getAttribute('aria-sort'), 'descending');
  assert.match(await page.locator('table.data-table tbody tr').first().locator('td').first().textContent(), /^63↗?$/);
  await page.getByRole('searchbox', { name: 'Lọc theo tên…' }).fill('hai');
  const names = await page.locator('table.data-table tbody th').allTextContents();
  assert.deepEqual(names.sort(), ['Hải Dương', 'Hải Phòng']);
  // A number is never a link: its source is the small control beside it, 24 px or more.
  const source = page.locator('table.data-table tbody td a').first();
  assert.equal(await source.textContent(), '↗');
  assert.match(await source.getAttribute('aria-label'), /^Nguồn: /);
  const size = await source.boundingBox();
  assert.ok(size.width >= 24 && size.height >= 24, `the source control is ${size.width}×${size.height}`);
  const href = await source.getAttribute('href');
  assert.match(href, /^https?:\/\//);
  await page.screenshot({ path: `${ARTIFACTS}/table.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a target is drawn after the last value and its tooltip says so', async () => {
  const { page, errors, context } = await open('/?provinces=hai-duong&indicator=digital-economy-grdp-share&time=2020..2025');
  const canvas = page.locator('canvas[role=img]');
  await canvas.focus();
  await pressKey(page, 'ArrowRight');
  const tooltip = page.locator('.tooltip');
  assert.match(await tooltip.textContent(), /Hải Dương · 2023.*17,5\s%.*ước tính/s);
  await pressKey(page, 'ArrowRight');
  assert.match(await tooltip.textContent(), /Hải Dương · 2025.*20\s%.*mục tiêu/s);
  await page.screenshot({ path: `${ARTIFACTS}/target.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the map paints every province from a link and a click toggles one', async () => {
  for (const width of [360, 1920]) {
    const { page, errors, context } = await open('/?view=map&indicator=dti-rank&time=2022', { viewport: { width, height: 1000 } });
    const canvas = page.locator('canvas[role=img]');
    assert.equal(await canvas.getAttribute('aria-label'),
      'Bản đồ: Chỉ số chuyển đổi số (DTI) – thứ hạng, 2022; 63 trong 63 tỉnh, thành phố có số liệu.');
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(pageWidth <= width, `no sideways scrolling at ${width}px (${pageWidth})`);
    await page.screenshot({ path: `${ARTIFACTS}/map-${width}.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
  const { page, errors, context } = await open('/?view=map&indicator=dti-rank&time=2022&provinces=');
  const canvas = page.locator('canvas[role=img]');
  // Keyboard: the first province by name, Enter adds it.
  await canvas.focus();
  await pressKey(page, 'ArrowDown');
  assert.match(await page.locator('.tooltip').textContent(), /^An Giang · 2022/);
  await pressKey(page, 'Enter');
  await page.waitForFunction(() => location.search.includes('provinces=an-giang'));
  // Pointer: sweep until a province is under it, then click to add it too.
  const box = await canvas.boundingBox();
  let heading = null;
  for (let step = 0; step < 40 && !heading; step += 1) {
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * (0.15 + step * 0.015));
    if (await page.locator('.tooltip').count()) heading = await page.locator('.tooltip strong').textContent();
  }
  assert.ok(heading, 'a province is under the pointer');
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForFunction(() => location.search.split('~').length === 2);
  // A finger: tapping the same spot on a touch screen removes it again.
  const selected = await page.evaluate(() => location.search);
  const touch = await open('/' + selected, { viewport: { width: 1280, height: 900 }, hasTouch: true });
  const touchBox = await touch.page.locator('canvas[role=img]').boundingBox();
  // The same sweep down the touch page's own canvas (the first page may have scrolled).
  const step = touchBox.height * 0.015;
  let y = touchBox.y + touchBox.height * 0.15;
  for (let i = 0; i < 40; i += 1) {
    await touch.page.mouse.move(touchBox.x + touchBox.width * 0.3, y);
    if (await touch.page.locator('.tooltip').count()) break;
    y += step;
  }
  await touch.page.touchscreen.tap(touchBox.x + touchBox.width * 0.3, y);
  await touch.page.waitForFunction(() => !location.search.includes('~'));
  assert.deepEqual(touch.errors, []);
  await touch.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the year slider and the play button move the ranking through the years', async () => {
  const { page, errors, context } = await open('/?view=ranking&time=2022');
  const slider = page.locator('#year-slider');
  assert.equal(await slider.getAttribute('aria-valuetext'), '2022');
  await slider.focus();
  await pressKey(page, 'ArrowLeft');
  await page.waitForFunction(() => location.search.includes('time=2021'));
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'), /, 2021,/);
  const play = page.getByRole('button', { name: 'Chạy qua các năm' });
  await play.click();
  // Play moves the shown year on (the span's start stays, for the line chart).
  await page.waitForFunction(() => document.querySelector('canvas[role=img]').getAttribute('aria-label').includes(', 2022,'), null, { timeout: 5000 });
  assert.ok((await page.evaluate(() => location.search)).includes('time=2021..2022'));
  assert.equal(await play.getAttribute('aria-pressed'), 'true');
  await play.click();
  assert.equal(await play.getAttribute('aria-pressed'), 'false');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the map shows the 34 post-2025 units from a link and from the units choice', async () => {
  const { page, errors, context } = await open('/?view=map&indicator=dti-rank&time=2024');
  await page.locator('#units').selectOption('34');
  await page.waitForFunction(() => location.search.includes('units=34'));
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'), /^Bản đồ: .*, 2024; \d+ trong 34 tỉnh, thành phố có số liệu\.$/);
  await page.screenshot({ path: `${ARTIFACTS}/map-34-units.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the indicator filter narrows 130 indicators by words without diacritics', async () => {
  const { page, errors, context } = await open('/?provinces=hai-duong~thanh-hoa');
  const options = () => page.locator('#indicator option').count();
  const all = await options();
  assert.ok(all >= 130, `${all} indicators`);
  const filter = page.getByRole('searchbox', { name: /Lọc chỉ số/ });
  await filter.fill('cai cach hanh chinh thu hang');
  await page.locator('#indicator-matches').filter({ hasText: /^1 \/ \d+ chỉ số khớp/ }).waitFor();
  // The chosen indicator stays listed beside the match.
  assert.equal(await options(), 2);
  await filter.press('Enter');
  await page.waitForURL(/indicator=par-index-rank/);
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'), /PAR Index\) – thứ hạng/);
  await filter.fill('zzz');
  assert.equal(await page.locator('#indicator-matches').textContent(), 'Không có chỉ số nào khớp.');
  await filter.press('Escape');
  assert.equal(await filter.inputValue(), '');
  assert.equal(await options(), all);
  assert.deepEqual(errors, []);
  await context.close();
});

test('Tab moves from the first control to the last without ever landing on the page itself', async () => {
  for (const width of [1280, 360]) {
    for (const path of ['/?provinces=hai-duong~thanh-hoa', '/?view=ranking&provinces=hai-duong', '/?view=table']) {
      const { page, errors, context } = await open(path, { viewport: { width, height: 800 } });
      if (width < 640) await page.locator('.drawer-toggle').click();
      const stops = await page.evaluate(() => [...document.querySelectorAll(
        'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])')]
        .filter((e) => !e.disabled && e.tabIndex >= 0 && e.checkVisibility({ checkVisibilityCSS: true, contentVisibilityAuto: true })).length);
      await page.locator('.lang-switch').focus();
      const lost = [];
      for (let i = 0; i < stops - 1; i += 1) {
        await pressKey(page, 'Tab');
        const where = await page.evaluate(() => document.activeElement === document.body ? 'body'
          : `${document.activeElement.tagName.toLowerCase()}#${document.activeElement.id}.${document.activeElement.className}`);
        if (where === 'body') lost.push(`after ${i + 1} Tabs`);
      }
      assert.deepEqual(lost, [], `${path} at ${width}px`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  }
});
