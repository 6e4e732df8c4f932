// Redraw benchmark: how long the release build takes from a user's change to the
// finished chart (or rendered view), per view, in headless Chromium: its work (to the
// view's mark) and what the person sees (to the first animation frame after the mark).
// It prints medians and the 95th percentile of repeated changes, and their ratio to a
// reference measured in the same run: the browser's frame interval.
//   node scripts/bench.mjs [dist]
import { launchChromium } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';

const ROUNDS = 21;
const server = await serve(process.argv[2] ?? 'dist');
const browser = await launchChromium();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

/** Times one change: from dispatching it to the app's mark that it is on screen. */
async function timeChange(page, { selector, event, values, mark }, round) {
  return page.evaluate(async ({ selector, event, value, mark }) => {
    performance.clearMarks(mark);
    const element = document.querySelector(selector);
    const start = performance.now();
    if (event === 'click') element.click();
    else { element.value = value; element.dispatchEvent(new Event(event, { bubbles: true })); }
    // The work ends at the mark; the person sees it at the first frame that begins after
    // it (each frame checks for the mark, as a painted frame would show the change).
    return new Promise((resolve) => {
      const giveUp = setTimeout(() => resolve({ work: NaN, frame: NaN }), 5000); // reported, not waited for
      const frame = () => {
        const marked = performance.getEntriesByName(mark)[0];
        if (marked) {
          clearTimeout(giveUp);
          resolve({ work: marked.startTime - start, frame: performance.now() - start });
        } else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  }, { selector, event, value: values[round % values.length], mark });
}

/** The browser's frame interval in this run (the reference). */
async function frameInterval(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const times = [];
    const tick = (t) => { times.push(t); if (times.length < 40) requestAnimationFrame(tick); else {
      const gaps = times.slice(1).map((t, i) => t - times[i]).sort((a, b) => a - b);
      resolve(gaps[Math.floor(gaps.length / 2)]);
    } };
    requestAnimationFrame(tick);
  }));
}

const chart = 'cds-chart-drawn';
const view = 'cds-view-rendered';
const cases = [
  ['line (year)', '/?provinces=hai-duong~thanh-hoa~da-nang~ha-noi~ho-chi-minh', { selector: '#year-from', event: 'change', values: ['2021', '2020'], mark: chart }],
  ['line (indicator)', '/?provinces=hai-duong~thanh-hoa~da-nang', { selector: '#indicator', event: 'change', values: ['0', '1'], mark: chart }],
  ['ranking (year)', '/?view=ranking&time=2022', { selector: '#year-slider', event: 'input', values: ['1', '2'], mark: chart }],
  ['map (year)', '/?view=map&time=2022', { selector: '#year-slider', event: 'input', values: ['1', '2'], mark: chart }],
  ['map (province)', '/?view=map&time=2022', { selector: '.chip-remove', event: 'click', values: [''], mark: chart }],
  // Change mode and the slope chart (issue 21): the last year moves, the first stays.
  ['ranking change (year)', '/?view=ranking&indicator=dti-rank&time=2022..2023&change=1', { selector: '#year-slider', event: 'input', values: ['4', '3'], mark: chart }],
  ['map change (year)', '/?view=map&indicator=dti-rank&time=2022..2023&change=1', { selector: '#year-slider', event: 'input', values: ['4', '3'], mark: chart }],
  ['slope (year)', '/?view=slope&indicator=dti-rank&time=2022..2023&provinces=hai-duong~thanh-hoa~da-nang~ha-noi~quang-ninh', { selector: '#year-to', event: 'change', values: ['2024', '2023'], mark: chart }],
  ['scatter (year)', '/?view=scatter&indicator=papi-egov&x=dti-score&time=2023&provinces=ha-noi~da-nang', { selector: '#year-slider', event: 'input', values: ['0', '1'], mark: chart }],
  ['table (year)', '/?view=table&time=2020..2022', { selector: '#year-from', event: 'change', values: ['2021', '2020'], mark: view }],
  ['profile (language)', '/?view=profile&provinces=hai-duong~thanh-hoa', { selector: '.lang-switch', event: 'click', values: [''], mark: view }],
  ['sources (year)', '/?view=sources', { selector: '#year-from', event: 'change', values: ['2021', '2020'], mark: view }],
  ['coverage (indicator)', '/?view=coverage', { selector: '#indicator', event: 'change', values: ['0', '1'], mark: view }],
];

// No service worker: its background caching would land in the first measurements.
const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
page.on('crash', () => console.error('the page crashed'));
page.on('pageerror', (e) => console.error('page error:', e.message));
const rows = [];
let reference = 0;
for (const [name, path, change] of cases) {
  await page.goto(server.url + path);
  await page.waitForSelector('#view-panel > *');
  reference = Math.max(reference, await frameInterval(page));
  const times = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    if (change.selector === '.chip-remove' && !(await page.$('.chip-remove'))) {
      await page.goto(server.url + path);
      await page.waitForSelector('#view-panel > *');
    }
    times.push(await timeChange(page, change, round));
  }
  const drawn = times.filter((t) => !Number.isNaN(t.frame));
  const missed = times.length - drawn.length;
  if (missed) console.error(`${name}: ${missed} of ${times.length} changes did not redraw`);
  const seen = drawn.map((t) => t.frame);
  rows.push({ name, work: median(drawn.map((t) => t.work)), median: median(seen), p95: p95(seen) });
  if (process.env.BENCH_VERBOSE) console.error(name, seen.map((t) => t.toFixed(1)).join(' '));
}
await browser.close();
server.close();

const budget = 1000 / 60;
console.log(`==> redraw after a change (release build, ${ROUNDS} changes per view, headless Chromium)`);
console.log(`reference: the browser's frame interval in this run = ${reference.toFixed(1)} ms; budget = ${budget.toFixed(1)} ms`);
console.log('work: the input event → the view\'s "drawn" mark; seen: → the first frame after the mark (median, p95)');
console.log(`${'view (change)'.padEnd(22)} ${'work'.padStart(9)} ${'seen'.padStart(9)} ${'p95'.padStart(9)} ${'÷ frame'.padStart(9)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(22)} ${(r.work.toFixed(1) + ' ms').padStart(9)} ${(r.median.toFixed(1) + ' ms').padStart(9)} ${(r.p95.toFixed(1) + ' ms').padStart(9)} ${(r.median / reference).toFixed(2).padStart(9)}`);
}
// The work fits in a frame when it ends before the frame's budget; it is seen in the
// next frame when the first frame after the mark comes within one frame interval.
const over = rows.filter((r) => r.work > budget).map((r) => r.name);
const late = rows.filter((r) => r.median > reference).map((r) => r.name);
console.log(over.length ? `work over one frame: ${over.join(', ')}` : 'every view\'s work fits within one frame (median)');
console.log(late.length
  ? `seen later than one frame interval after the input (median): ${late.join(', ')}`
  : 'every change is on screen within one frame interval of its input (median)');
