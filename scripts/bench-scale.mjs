// Scale benchmark: a person's own table of 63, 700 and 10,000 areas (made-up communes,
// tools/make-communes.mjs) imported into the release build in headless Chromium, then the
// views that list them changed. For each size it times the import (file chosen → the
// ranking of the new data painted) and, over repeated changes, each redraw from the input
// event to the next frame after the view's mark: the ranking's year, the ranking in change
// mode (2023 → 2024, switched on and off), the table's sort, year and sort by the change,
// the scatter plot of the areas' indicator (a dot per area), and the map of the 63 provinces (which draws no commune, so must not slow down).
// References measured in the same run: the browser's frame interval, the 63-area file,
// and the map with no set kept. Writes test-artifacts/scale.md, scale.json and the
// log-log plot scale-loglog.png.
//   node scripts/bench-scale.mjs [dist]
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';
import { communesCsv } from '../tools/make-communes.mjs';

const SIZES = [63, 700, 10_000];
const ROUNDS = 31;
const OUT = 'test-artifacts';
const CHART = 'cds-chart-drawn';
const VIEW = 'cds-view-rendered';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Times one change: its work (from dispatching its event to the view's mark) and what
 * the person sees (to the first animation frame after the mark, which begins once the
 * change is painted).
 */
function timeChange(page, { selector, event, value, mark }) {
  return page.evaluate(async ({ selector, event, value, mark }) => {
    performance.clearMarks(mark);
    const element = document.querySelector(selector);
    if (!element) return { work: NaN, frame: NaN };
    const start = performance.now();
    if (event === 'click') element.click();
    else { element.value = value; element.dispatchEvent(new Event(event, { bubbles: true })); }
    return new Promise((resolve) => {
      const give_up = setTimeout(() => resolve({ work: NaN, frame: NaN }), 10_000);
      const frame = () => {
        const marked = performance.getEntriesByName(mark)[0];
        if (marked) {
          clearTimeout(give_up);
          resolve({ work: marked.startTime - start, frame: performance.now() - start });
        } else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  }, { selector, event, value, mark });
}

/** The medians of `ROUNDS` changes' work and time to the next frame, alternating `values`
 * (from one that changes the view). */
async function redraw(page, change) {
  const now = await page.evaluate((selector) => document.querySelector(selector)?.value, change.selector);
  const values = change.values[0] === now ? [...change.values.slice(1), change.values[0]] : change.values;
  const times = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    times.push(await timeChange(page, { ...change, value: values[round % values.length] }));
  }
  const drawn = times.filter((t) => !Number.isNaN(t.frame));
  if (drawn.length < times.length) console.error(`${change.name}: ${times.length - drawn.length} changes did not redraw`);
  if (!drawn.length) return { work: NaN, frame: NaN };
  return { work: median(drawn.map((t) => t.work)), frame: median(drawn.map((t) => t.frame)) };
}

/** The browser's frame interval in this run. */
function frameInterval(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const times = [];
    const tick = (t) => {
      times.push(t);
      if (times.length < 40) requestAnimationFrame(tick);
      else resolve(times.slice(1).map((x, i) => x - times[i]).sort((a, b) => a - b)[19]);
    };
    requestAnimationFrame(tick);
  }));
}

async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector('#view-panel > *');
}

const ranking_of_yours = () => /khu vực của bạn/.test(document.querySelector('canvas[role=img]')?.getAttribute('aria-label') ?? '');

const server = await serve(process.argv[2] ?? 'dist');
const browser = await launchChromium();
const newPage = async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return { context, page };
};

const MAP = { name: 'map 63 (year)', selector: '#year-slider', event: 'input', values: ['1', '2'], mark: CHART };
const results = [];
// The reference for the map: no set kept at all.
const bare = await newPage();
await open(bare.page, `${server.url}/?view=map&indicator=dti-rank&time=2022`);
const frame = await frameInterval(bare.page);
const mapAlone = await redraw(bare.page, MAP);
await bare.context.close();

for (const units of SIZES) {
  const { context, page } = await newPage();
  await open(page, `${server.url}/?view=ranking`);
  await page.locator('.import-panel summary').click();
  const csv = communesCsv(units);
  const t0 = Date.now();
  await page.locator('.import-panel input[type=file]').setInputFiles({
    name: `ty-le-ho-so-truc-tuyen-xa-${units}.csv`, mimeType: 'text/csv', buffer: Buffer.from(csv),
  });
  await page.waitForSelector('.mapping-table', { timeout: 120_000 });
  const geography = await page.getByLabel('Địa danh trong tệp').inputValue();
  if (geography !== 'own') throw new Error(`the communes were read as “${geography}”, not as areas of your own`);
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await page.waitForSelector('.import-report', { timeout: 120_000 });
  await page.getByRole('button', { name: 'Thêm vào trang' }).click();
  await page.waitForFunction(ranking_of_yours, null, { timeout: 120_000, polling: 'raf' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  const imported = Date.now() - t0;
  const label = await page.locator('canvas[role=img]').getAttribute('aria-label');
  const rankingUrl = page.url();

  const row = { units, imported, label };
  row.ranking = await redraw(page, { name: 'ranking (year)', selector: '#year-slider', event: 'input', values: ['0', '1'], mark: CHART });
  // Change mode over 2023 → 2024, switched on and off: every other redraw builds each
  // area's change, sorts them and draws the bars either side of no change.
  await open(page, `${rankingUrl.replace(/&time=[^&]*/, '')}&time=2023..2024&change=1`);
  row.rankingChange = await redraw(page, { name: 'ranking (change mode)', selector: '#change-mode', event: 'click', values: [''], mark: CHART });
  await open(page, rankingUrl.replace('view=ranking', 'view=table'));
  await page.waitForSelector('.data-table tbody tr');
  row.tableRows = await page.locator('.data-table tbody tr').count();
  row.tableSort = await redraw(page, { name: 'table (sort)', selector: '.data-table thead button.sort', event: 'click', values: [''], mark: VIEW });
  row.tableYear = await redraw(page, { name: 'table (year)', selector: '#year-from', event: 'change', values: ['2024', '2023'], mark: VIEW });
  // The table over 2023–2024, sorted by the change between the two years and back.
  await open(page, `${rankingUrl.replace('view=ranking', 'view=table').replace(/&time=[^&]*/, '')}&time=2023..2024`);
  await page.waitForSelector('.data-table tbody tr');
  row.tableChange = await redraw(page, { name: 'table (sort by change)', selector: '.data-table thead th:last-child button.sort', event: 'click', values: [''], mark: VIEW });
  // The scatter plot of the areas' indicator against itself (the file has one): a dot per
  // area, redrawn as the year changes.
  const own = new URL(rankingUrl).searchParams.get('indicator');
  await open(page, `${rankingUrl.replace('view=ranking', 'view=scatter').replace(/&time=[^&]*/, '')}&x=${own}&time=2024`);
  row.scatter = await redraw(page, { name: 'scatter (year)', selector: '#year-slider', event: 'input', values: ['0', '1'], mark: CHART });
  await open(page, `${server.url}/?view=map&indicator=dti-rank&time=2022`);
  row.map = await redraw(page, MAP);
  results.push(row);
  await context.close();
}
await browser.close();
server.close();

// The report.
const base = results[0];
const last = results.at(-1);
const ms = (n) => `${n.toFixed(1)} ms`;
const both = (t) => `${ms(t.work)} · ${ms(t.frame)}`;
const VIEWS = [['ranking', 'ranking, year'], ['rankingChange', 'ranking, change mode'], ['tableSort', 'table, sort'], ['tableYear', 'table, year'], ['tableChange', 'table, sort by change'], ['scatter', 'scatter, year']];
const worstWork = Math.max(...results.flatMap((r) => VIEWS.map(([key]) => r[key].work)));
const worstSeen = Math.max(...results.flatMap((r) => VIEWS.map(([key]) => r[key].frame)));
const lines = [
  `Scale: a table of made-up communes imported as areas of your own (release build, headless Chromium, medians of ${ROUNDS} changes each).`,
  'Each change: its work (input event → the view\'s "drawn" mark) · what the person sees (→ the first frame after the mark).',
  `References measured in this run: the frame interval ${ms(frame)}; the map of the 63 with no set kept ${both(mapAlone)}; × is against the 63-area file.`,
  '',
  `| areas | import (file → ranking painted) | × | ${VIEWS.map(([, name]) => `${name} | ×`).join(' | ')} | map of the 63, year | ÷ no set | table rows on the page |`,
  `| ---: | ---: | ---: | ${VIEWS.map(() => '---: | ---:').join(' | ')} | ---: | ---: | ---: |`,
  ...results.map((r) => `| ${r.units.toLocaleString('en')} | ${r.imported.toLocaleString('en')} ms | ${(r.imported / base.imported).toFixed(1)} | ${VIEWS.map(([key]) => `${both(r[key])} | ${(r[key].work / base[key].work).toFixed(1)}`).join(' | ')} | ${both(r.map)} | ${(r.map.frame / mapAlone.frame).toFixed(2)} | ${r.tableRows} |`),
  '',
  `What the person sees, the slowest ranking or table change of any size (median): ${ms(worstSeen)} to the next frame, against a frame interval of ${ms(frame)} — ${worstSeen <= frame ? 'every change is painted in the next frame' : 'some changes take more than one frame'} (its work: at most ${ms(worstWork)}).`,
  `From 63 to 10,000 areas (×${(10_000 / 63).toFixed(0)} the areas): import ×${(last.imported / base.imported).toFixed(1)}; to the next frame: the ranking ×${(last.ranking.frame / base.ranking.frame).toFixed(1)} (in change mode ×${(last.rankingChange.frame / base.rankingChange.frame).toFixed(1)}), the table's sort ×${(last.tableSort.frame / base.tableSort.frame).toFixed(1)} and year ×${(last.tableYear.frame / base.tableYear.frame).toFixed(1)}, the map of the 63 ×${(last.map.frame / base.map.frame).toFixed(2)} (it draws no commune).`,
];
console.log('==> scale: areas of your own (63 → 700 → 10,000)');
console.log(lines.join('\n'));
mkdirSync(OUT, { recursive: true });
writeFileSync(`${OUT}/scale.md`, `${lines.join('\n')}\n`);
writeFileSync(`${OUT}/scale.json`, JSON.stringify({ frame, mapAlone, results }, null, 2));

// The log-log plot, drawn as SVG and photographed by the same browser.
const series = [
  ['import (file → ranking painted)', (r) => r.imported, '#1d4ed8'],
  ['ranking, year changed → next frame', (r) => r.ranking.frame, '#b45309'],
  ['table, sort changed → next frame', (r) => r.tableSort.frame, '#047857'],
  ['table, year changed → next frame', (r) => r.tableYear.frame, '#7c3aed'],
  ['ranking, change mode → next frame', (r) => r.rankingChange.frame, '#db2777'],
  ['table, sort by change → next frame', (r) => r.tableChange.frame, '#0891b2'],
  ['scatter, year → next frame', (r) => r.scatter.frame, '#65a30d'],
  ['map of the 63, year → next frame', (r) => r.map.frame, '#6b7280'],
];
const [W, H, L, R, T, B] = [760, 460, 70, 250, 40, 50];
const xs = (u) => L + ((Math.log10(u) - Math.log10(40)) / (Math.log10(20_000) - Math.log10(40))) * (W - L - R);
const all = results.flatMap((r) => series.map(([, value]) => value(r))).filter(Number.isFinite);
const [lo, hi] = [Math.pow(10, Math.floor(Math.log10(Math.min(...all, frame)))), Math.pow(10, Math.ceil(Math.log10(Math.max(...all))))];
const ys = (v) => H - B - ((Math.log10(v) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))) * (H - T - B);
const decades = [];
for (let d = lo; d <= hi; d *= 10) decades.push(d);
const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">
<rect width="${W}" height="${H}" fill="#fff"/>
<text x="${L}" y="22" font-size="15" font-weight="bold">Import time and the time from a change to the next frame, against the areas (log–log)</text>
${decades.map((d) => `<line x1="${L}" x2="${W - R}" y1="${ys(d)}" y2="${ys(d)}" stroke="#e5e7eb"/><text x="${L - 6}" y="${ys(d) + 4}" text-anchor="end">${d >= 1000 ? `${d / 1000} s` : `${d} ms`}</text>`).join('\n')}
${SIZES.map((u) => `<line x1="${xs(u)}" x2="${xs(u)}" y1="${T}" y2="${H - B}" stroke="#e5e7eb"/><text x="${xs(u)}" y="${H - B + 18}" text-anchor="middle">${u.toLocaleString('en')}</text>`).join('\n')}
<text x="${(L + W - R) / 2}" y="${H - 12}" text-anchor="middle">areas in the file (communes)</text>
<line x1="${L}" x2="${W - R}" y1="${ys(frame)}" y2="${ys(frame)}" stroke="#dc2626" stroke-dasharray="5 4"/>
<line x1="${xs(63)}" y1="${ys(base.imported / 100)}" x2="${xs(10_000)}" y2="${ys(base.imported / 100 * 10_000 / 63)}" stroke="#9ca3af" stroke-dasharray="2 3"/>
<text x="${xs(700) + 8}" y="${ys(base.imported / 100 * 700 / 63) + 14}" fill="#6b7280">growth in proportion to the areas</text>
<text x="${W - R + 6}" y="${ys(frame) + 4}" fill="#dc2626">one frame (${frame.toFixed(1)} ms)</text>
${series.map(([name, value, colour], i) => {
  const points = results.filter((r) => Number.isFinite(value(r))).map((r) => `${xs(r.units).toFixed(1)},${ys(value(r)).toFixed(1)}`);
  return `<polyline points="${points.join(' ')}" fill="none" stroke="${colour}" stroke-width="2"/>
${points.map((p) => `<circle cx="${p.split(',')[0]}" cy="${p.split(',')[1]}" r="3.5" fill="${colour}"/>`).join('')}
<rect x="${W - R + 6}" y="${T + 10 + i * 22}" width="12" height="12" fill="${colour}"/><text x="${W - R + 24}" y="${T + 20 + i * 22}">${name}</text>`;
}).join('\n')}
</svg>`;
writeFileSync(`${OUT}/scale-loglog.svg`, svg);
const shooter = await launchChromium();
const shot = await shooter.newPage({ viewport: { width: W, height: H } });
await shot.setContent(`<!doctype html><body style="margin:0">${svg}</body>`);
await shot.locator('svg').screenshot({ path: `${OUT}/scale-loglog.png` });
await shooter.close();
console.log(`table: ${OUT}/scale.md · plot: ${OUT}/scale-loglog.png`);
