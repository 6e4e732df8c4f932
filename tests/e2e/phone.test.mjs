// A phone is a first-class layout: at 360 × 740 CSS px, DPR 2, with touch, every view
// fits the screen (anything wider is inside a labelled scroll region), every tab can be
// reached, the line chart's plot stays tall, and a tooltip opened by a tap is wholly on
// screen. Screenshots of each view land in test-artifacts/phone-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTIFACTS, openApp, useServedBuild } from './browser.mjs';

const app = useServedBuild('dist');
const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, hasTouch: true, isMobile: true };
const VIEWS = ['line', 'ranking', 'map', 'table', 'profile', 'sources', 'coverage',
  'ranking&time=2022..2023&change=1', 'map&time=2022..2023&change=1', 'slope', 'scatter'];

/** Elements that stick out of the viewport sideways, outside a labelled scroll region. */
function overflowing() {
  const width = document.documentElement.clientWidth;
  const scrolls = (e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX);
  const labelled = (e) => e.getAttribute('role') === 'region'
    && (e.hasAttribute('aria-label') || e.hasAttribute('aria-labelledby'));
  const out = [];
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) continue;
    if (box.right <= width + 1 && box.left >= -1) continue;
    let parent = element.parentElement;
    let inside = false;
    while (parent && parent !== document.body) {
      if (scrolls(parent)) { inside = labelled(parent); break; }
      // Clipped by a box that is itself on screen (a cut-off "…"): not out of the screen.
      const clip = ['hidden', 'clip'].includes(getComputedStyle(parent).overflowX);
      const outer = parent.getBoundingClientRect();
      if (clip && outer.right <= width + 1 && outer.left >= -1) { inside = true; break; }
      parent = parent.parentElement;
    }
    if (!inside) out.push(`${element.tagName.toLowerCase()}.${element.className} (${Math.round(box.left)}–${Math.round(box.right)})`);
  }
  return { width, scrollWidth: document.documentElement.scrollWidth, out: out.slice(0, 8) };
}

test('at 360 px every view fits the screen and every tab can be reached', async () => {
  for (const view of VIEWS) {
    const { page, errors, context } = await openApp(app.browser, `${app.url}/?view=${view}&provinces=hai-duong~thanh-hoa`, PHONE);
    await page.waitForTimeout(200);
    const fit = await page.evaluate(overflowing);
    assert.ok(fit.scrollWidth <= fit.width, `${view}: the page scrolls sideways (${fit.scrollWidth} > ${fit.width})`);
    assert.deepEqual(fit.out, [], `${view}: sticks out of the screen`);
    // Every tab is on screen (they wrap), and a tap on it opens its view.
    for (const tab of await page.locator('[role="tab"]').all()) {
      const box = await tab.boundingBox();
      assert.ok(box && box.x >= 0 && box.x + box.width <= 360, `${view}: a tab is off screen`);
      assert.ok(box.height >= 24, `${view}: a tab is shorter than 24 px`);
    }
    if (view === 'sources') {
      // Each quoted value is a card whose quote has the screen's width to be read in.
      const quote = await page.locator('table.values td:nth-child(5)').first().boundingBox();
      assert.ok(quote.width >= 280, `the quote is ${quote.width} px wide`);
    }
    const name = view.replace(/&.*change=1/, '-change');
    await page.screenshot({ path: `${ARTIFACTS}/phone-${name}.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** Taps along a row of the canvas until a tooltip shows; returns its box. */
async function tapForTooltip(page, ys) {
  const canvas = await page.locator('canvas').boundingBox();
  for (const y of ys) {
    for (let x = canvas.x + 40; x < canvas.x + canvas.width - 10; x += 12) {
      await page.touchscreen.tap(x, canvas.y + y);
      const tip = page.locator('.tooltip');
      if (await tip.count()) return tip.boundingBox();
    }
  }
  return null;
}

test('at 360 px the line plot stays tall and a tooltip opened by a tap is wholly on screen', async () => {
  const { page, errors, context } = await openApp(app.browser, `${app.url}/?provinces=hai-duong~thanh-hoa~da-nang`, PHONE);
  const canvas = await page.locator('canvas').boundingBox();
  assert.ok(canvas.height >= 300, `the line chart is ${canvas.height} px tall`);
  await page.locator('canvas').scrollIntoViewIfNeeded();
  const box = await tapForTooltip(page, [80, 120, 160, 200]);
  assert.ok(box, 'a tap on the line chart opened a tooltip');
  const visible = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  assert.ok(box.x >= 0 && box.x + box.width <= visible.width, `the tooltip sticks out sideways: ${JSON.stringify(box)}`);
  assert.ok(box.y >= 0 && box.y + box.height <= visible.height, `the tooltip sticks out of the screen: ${JSON.stringify(box)}`);
  await page.screenshot({ path: `${ARTIFACTS}/phone-tooltip.png` });
  assert.deepEqual(errors, []);
  await context.close();
});
