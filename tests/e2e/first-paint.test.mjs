// End-to-end checks of the first paint (issue 23): with the app's bundle held back, a
// link to each chart view paints its chart from the small first-paint bundle; when the
// app's bundle is let through, the app draws beneath and removes the cover, and the
// chart's pixels and place do not change — no console error, no CSP violation, no layout
// shift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, REPORT_CSP_VIOLATIONS, collectErrors, useServedBuild } from './browser.mjs';

const app = useServedBuild();

/** Sums the layout shifts of the page (buffered), as CLS would, without the 5 s windows. */
const LAYOUT_SHIFT = () => {
  window.__shift = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * Opens `path` with the app's bundle held until `release()` is called; returns the page
 * once the first paint has drawn.
 */
async function openHeld(path, viewport) {
  const context = await app.browser.newContext({ viewport, serviceWorkers: 'block' });
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  await context.addInitScript(LAYOUT_SHIFT);
  let release;
  const released = new Promise((done) => { release = done; });
  // The app's files (cds-explorer-<hash>.js and its .wasm), not the first paint's.
  await context.route(/\/cds-explorer-[0-9a-f]+(_bg\.wasm|\.js)$/, async (route) => {
    await released;
    await route.continue();
  });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(app.url + path, { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('cds-first-paint').length > 0, null, { timeout: 20_000 });
  return { page, errors, context, release };
}

/** The chart's canvas box and a screenshot of it. */
async function chartShot(page, selector) {
  const box = await page.locator(selector).boundingBox();
  const shot = await page.screenshot({ clip: box });
  return { box, shot };
}

const LINKS = [
  '/?provinces=hai-duong~thanh-hoa&indicator=dti-score&time=2020..2024',
  '/?view=ranking&indicator=dti-score&time=2023&provinces=ha-noi',
  '/?view=map&indicator=dti-rank&time=2023',
  '/?view=slope&provinces=ha-noi~quang-ninh&time=2022..2023',
  '/?view=scatter&time=2024&provinces=ha-noi',
  '/?view=ranking&indicator=dti-rank&time=2022..2023&change=1&lang=en',
  // A family shipped apart: the first paint fetches PAPI's data file.
  '/?view=ranking&indicator=papi-egov&time=2023',
];

for (const viewport of [{ width: 1280, height: 900 }, { width: 360, height: 780 }]) {
  test(`a link to each chart view is painted before the app, which takes over on the same pixels (${viewport.width} px)`, async () => {
    for (const path of LINKS) {
      const { page, errors, context, release } = await openHeld(path, viewport);
      // The app has not started: its page is not there, the cover is.
      assert.equal(await page.locator('#app .explorer').count(), 0, path);
      const before = await chartShot(page, '#first-paint canvas');
      assert.ok(before.box.width > 200 && before.box.height > 200, `${path}: ${JSON.stringify(before.box)}`);
      release();
      await page.waitForSelector('#first-paint', { state: 'detached', timeout: 20_000 });
      await page.waitForFunction(() => performance.getEntriesByName('cds-chart-drawn').length > 0);
      const after = await chartShot(page, '#view-panel canvas[role=img]');
      assert.deepEqual(after.box, before.box, `${path}: the chart did not move`);
      const same = Buffer.compare(before.shot, after.shot) === 0;
      if (!same) {
        const name = path.replace(/[^a-z0-9]+/gi, '-');
        const { writeFileSync } = await import('node:fs');
        writeFileSync(`${ARTIFACTS}/first-paint-${viewport.width}${name}-before.png`, before.shot);
        writeFileSync(`${ARTIFACTS}/first-paint-${viewport.width}${name}-after.png`, after.shot);
      }
      assert.ok(same, `${path}: the app's chart has the first paint's pixels`);
      const shift = await page.evaluate(() => window.__shift);
      assert.ok(shift <= 0.01, `${path}: layout shift ${shift}`);
      assert.deepEqual(errors, [], path);
      await context.close();
    }
  });
}

test('views without a chart on top, imported data and embeds are left to the app, which starts as before', async () => {
  for (const path of ['/?view=table', '/?view=profile&provinces=ha-noi', '/?view=ranking&embed=1']) {
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(REPORT_CSP_VIOLATIONS);
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(app.url + path);
    await page.waitForSelector('#view-panel > *, .embed-main > *');
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
    assert.equal(await page.locator('#first-paint').count(), 0, `${path}: no cover left`);
    assert.equal(await page.evaluate(() => performance.getEntriesByName('cds-first-paint').length), 0, path);
    assert.deepEqual(errors, [], path);
    await context.close();
  }
});

test('a failure of either bundle never leaves the page stuck: without the first paint the app starts; without the app the page says so', async () => {
  // The first paint's wasm is missing: the app starts as it would without it.
  {
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    await context.addInitScript(REPORT_CSP_VIOLATIONS);
    await context.route(/\/first-paint_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    const errors = collectErrors(page);
    await page.goto(`${app.url}/?view=ranking&indicator=dti-score&time=2023`);
    await page.waitForFunction(() => performance.getEntriesByName('cds-chart-drawn').length > 0, null, { timeout: 20_000 });
    assert.equal(await page.evaluate(() => performance.getEntriesByName('cds-first-paint').length), 0);
    assert.equal(await page.locator('.start-failed').count(), 0, 'no failure is said');
    assert.equal(await page.locator('#first-paint').count(), 0);
    // Only the refused file itself is reported by the browser.
    assert.deepEqual(errors.filter((e) => !/404/.test(e)), []);
    await context.close();
  }
  // The app's wasm is missing: the first paint shows the chart, then the start watch
  // says the app could not start, and no cover hides it.
  {
    const context = await app.browser.newContext({ serviceWorkers: 'block' });
    await context.route(/\/cds-explorer-[0-9a-f]+_bg\.wasm$/, (route) => route.fulfill({ status: 404, body: '' }));
    const page = await context.newPage();
    await page.goto(`${app.url}/?view=ranking&indicator=dti-score&time=2023`);
    await page.waitForFunction(() => performance.getEntriesByName('cds-first-paint').length > 0, null, { timeout: 20_000 });
    await page.locator('.start-failed').waitFor({ timeout: 20_000 });
    assert.equal(await page.locator('#first-paint').count(), 0, 'the cover is gone');
    assert.ok(await page.locator('.start-failed').isVisible());
    await context.close();
  }
});
