// Redraw benchmark: how long the release build takes from a user's change to the
// finished chart (or rendered view), per view, in headless Chromium. It prints the
// median and 95th percentile of repeated changes, their ratio to the 16.7 ms frame
// budget, and to a reference measured in the same run: the browser's frame interval.
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
    const done = new Promise((resolve) => {
      const observer = new PerformanceObserver((list) => {
        const entry = list.getEntriesByName(mark)[0];
        if (entry) { observer.disconnect(); resolve(entry.startTime); }
      });
      observer.observe({ entryTypes: ['mark'] });
      setTimeout(() => resolve(NaN), 5000); // no redraw: reported, not waited for
    });
    const element = document.querySelector(selector);
    const start = performance.now();
    if (event === 'click') element.click();
    else { element.value = value; element.dispatchEvent(new Event(event, { bubbles: true })); }
    return (await done) - start;
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
  const missed = times.filter(Number.isNaN).length;
  if (missed) console.error(`${name}: ${missed} of ${times.length} changes did not redraw`);
  const drawn = times.filter((t) => !Number.isNaN(t));
  rows.push({ name, median: median(drawn), p95: p95(drawn) });
  if (process.env.BENCH_VERBOSE) console.error(name, times.map((t) => t.toFixed(1)).join(' '));
}
await browser.close();
server.close();

const budget = 1000 / 60;
console.log(`==> redraw after a change (release build, ${ROUNDS} changes per view, headless Chromium)`);
console.log(`reference: the browser's frame interval in this run = ${reference.toFixed(1)} ms; budget = ${budget.toFixed(1)} ms`);
console.log(`${'view (change)'.padEnd(22)} ${'median'.padStart(9)} ${'p95'.padStart(9)} ${'÷ budget'.padStart(9)} ${'÷ frame'.padStart(9)}`);
for (const r of rows) {
  console.log(`${r.name.padEnd(22)} ${(r.median.toFixed(1) + ' ms').padStart(9)} ${(r.p95.toFixed(1) + ' ms').padStart(9)} ${(r.median / budget).toFixed(2).padStart(9)} ${(r.median / reference).toFixed(2).padStart(9)}`);
}
const over = rows.filter((r) => r.median > budget).map((r) => r.name);
console.log(over.length ? `over one frame: ${over.join(', ')}` : 'every view redraws within one frame (median)');
