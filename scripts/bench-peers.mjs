// Peer benchmark: the release build against the same charts drawn with Apache ECharts
// 6.1.0, Chart.js 4.6.1 and uPlot 1.6.32 (bench/peers/), from the same data exported by
// the app's core (examples/peer_data.rs), in headless Chromium, served from one local
// server that sends every response brotli-compressed (quality 11).
//
// Each figure is timed the same way for everyone: from the moment the page is asked (the
// navigation's start, or the dispatch of the control's event) to the next painted frame
// after the page's "drawn" mark (the app's first paint `cds-first-paint`, else its
// `cds-chart-drawn`; a peer's `chart-drawn`),
// i.e. the mark, then requestAnimationFrame, then a MessageChannel task after it (a mark
// made inside a requestAnimationFrame callback is painted in that frame: only the task).
//   - bytes for the first chart: brotli bytes of every request the page made until then
//     (the page's resource timing says which, the server counts their bytes; no service
//     worker);
//   - navigation → first chart, at 1× and with the CPU throttled 4× (fresh context each);
//   - the longest main-thread task during load (long tasks up to the first chart), 1× and 4×;
//   - year change (`#year-from` change), add a province (the app: Enter in the province
//     search; a peer: its add button), ranking of 63 year change (`#year-slider` input);
//   - the app only: switching between its view tabs (to the next frame after the view's
//     chart is drawn, or after `cds-view-rendered` for the views without a chart);
//   - memory: JS heap (+ the app's wasm memory) after load and after 500 ranking year
//     changes, after a garbage collection each time.
// Rounds are interleaved (each round runs the app and the three peers, in an order that
// rotates); the table gives medians with min–max, and the app's ratio to each peer.
//   node scripts/bench-peers.mjs [dist] [--rounds N] [--json FILE] [--data FILE] [--lighthouse]
// --rounds 3 is a quick smoke run (default 15: about 6 minutes on two cores); --data
// reads the peers' data instead of running `cargo run --release --example peer_data`;
// --lighthouse also runs Lighthouse 12.2.3 (mobile preset), installed on demand into
// target/lighthouse. Not part of scripts/test.sh.
import { execFile, execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import os from 'node:os';
import { dirname, extname, join, normalize, relative } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants } from 'node:zlib';
import { CHROMIUM, launchChromium } from '../tests/e2e/browser.mjs';
import { TYPES } from '../tests/e2e/server.mjs';

const STAGE = 'target/bench-peers';
const SITE = `${STAGE}/site`;
const VIEWPORT = { width: 1280, height: 900 };
/** Timed changes of each kind per contestant and round. */
const SAMPLES = 4;
const MEMORY_CHANGES = 500;
const THROTTLE = 4;

const CONTESTANTS = [
  { id: 'ours', name: 'CĐS Explorer', mark: 'cds-chart-drawn', line: '/', ranking: '/?view=ranking&indicator=dti-rank&time=2022' },
  { id: 'echarts', name: 'ECharts 6.1.0', mark: 'chart-drawn', line: '/peers/echarts.html', ranking: '/peers/echarts.html?view=ranking' },
  { id: 'chartjs', name: 'Chart.js 4.6.1', mark: 'chart-drawn', line: '/peers/chartjs.html', ranking: '/peers/chartjs.html?view=ranking' },
  { id: 'uplot', name: 'uPlot 1.6.32', mark: 'chart-drawn', line: '/peers/uplot.html', ranking: '/peers/uplot.html?view=ranking' },
];
const PEERS = CONTESTANTS.slice(1);
/** The app's view tabs, in the order the benchmark clicks them (from the line chart). */
const TABS = ['ranking', 'map', 'table', 'profile', 'sources', 'coverage', 'line'];
const CHART_TABS = new Set(['line', 'ranking', 'map']);
/** The minified library files the peer pages load, from node_modules. */
const LIBRARIES = [
  'echarts/dist/echarts.min.js',
  'chart.js/dist/chart.umd.min.js',
  'uplot/dist/uPlot.iife.min.js',
  'uplot/dist/uPlot.min.css',
];

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const args = { dist: 'dist', rounds: 15, json: null, data: null, lighthouse: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--rounds') args.rounds = Number(argv[++i]);
    else if (arg === '--json') args.json = argv[++i];
    else if (arg === '--data') args.data = argv[++i];
    else if (arg === '--lighthouse') args.lighthouse = true;
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else args.dist = arg;
  }
  if (!Number.isInteger(args.rounds) || args.rounds < 1) throw new Error('--rounds takes a whole number ≥ 1');
  if (!existsSync(join(args.dist, 'index.html'))) throw new Error(`no ${args.dist}/index.html: build with trunk build --release`);
  return args;
}

// ---------------------------------------------------------------- the peer site

/** The peers' data: read from `file`, or exported by the app's core. */
function peerData(file) {
  if (file) return JSON.parse(readFileSync(file, 'utf8'));
  console.error('exporting the peers\' data: cargo run --release --example peer_data');
  const json = execFileSync('cargo', ['run', '--release', '--quiet', '--example', 'peer_data'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 << 20 });
  mkdirSync(STAGE, { recursive: true });
  writeFileSync(`${STAGE}/data.json`, json);
  return JSON.parse(json);
}

/** Writes the peer pages, their libraries and data.js into SITE. */
function stageSite(data) {
  rmSync(SITE, { recursive: true, force: true });
  cpSync('bench/peers', SITE, { recursive: true, filter: (path) => !path.endsWith('.md') });
  mkdirSync(`${SITE}/lib`, { recursive: true });
  for (const file of LIBRARIES) copyFileSync(`node_modules/${file}`, `${SITE}/lib/${file.split('/').pop()}`);
  writeFileSync(`${SITE}/data.js`, `window.PEER_DATA = ${JSON.stringify(data)};\n`);
}

// ---------------------------------------------------------------- the server

function filesUnder(dir) {
  return readdirSync(dir, { recursive: true })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile() && !/\.(br|gz)$/.test(path));
}

/** A file's brotli (quality 11) bytes: the build's own .br copy when it is up to date. */
async function brotli(path) {
  const copy = `${path}.br`;
  if (existsSync(copy) && statSync(copy).mtimeMs >= statSync(path).mtimeMs) return readFileSync(copy);
  const bytes = readFileSync(path);
  return promisify(brotliCompress)(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  });
}

/** Every file of `dir` by its URL path under `prefix`, compressed. */
async function compressTree(dir, prefix) {
  const entries = await Promise.all(filesUnder(dir).map(async (path) => {
    const url = prefix + relative(dir, path).split('\\').join('/');
    return [url, { type: TYPES[extname(path)] ?? 'application/octet-stream', body: await brotli(path) }];
  }));
  return entries;
}

/**
 * Serves `dist` at / and the peer site at /peers/, every response brotli-encoded, and
 * logs each request (path, body bytes, time) under the run named by its x-bench-run
 * header, so that a measurement can sum what its page fetched.
 */
async function serveBrotli(dist) {
  const files = new Map([...await compressTree(dist, '/'), ...await compressTree(SITE, '/peers/')]);
  const runs = new Map();
  const notFound = await promisify(brotliCompress)(Buffer.from('not found'));
  const server = createServer((request, response) => {
    let path = new URL(request.url, 'http://x').pathname;
    try { path = normalize(decodeURIComponent(path)); } catch { /* served as 404 */ }
    const file = files.get(path.endsWith('/') ? `${path}index.html` : path);
    const body = file?.body ?? notFound;
    response.writeHead(file ? 200 : 404, {
      'content-type': file?.type ?? 'text/plain', 'content-encoding': 'br',
      'content-length': body.length, 'cache-control': 'no-cache',
    });
    response.end(body);
    const run = request.headers['x-bench-run'];
    if (run) {
      if (!runs.has(run)) runs.set(run, []);
      runs.get(run).push({ path, bytes: body.length, at: Date.now() });
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests: (run) => runs.get(run) ?? [],
    close: () => { server.close(); server.closeAllConnections(); },
  };
}

// ---------------------------------------------------------------- in the page

/**
 * Runs in every page before its own scripts: wraps performance.mark so that a "drawn"
 * mark schedules, at once, the wait for the next painted frame (requestAnimationFrame,
 * then a MessageChannel task after it), records the first chart's frame, collects long
 * tasks, and keeps the app's wasm exports (for its memory).
 */
function instrument() {
  const bench = { first: null, longTasks: [], waiters: new Map(), wasm: null };
  window.__bench = bench;
  // A chart drawn inside a requestAnimationFrame callback (the app draws its first chart
  // at the start of a frame) is painted in that frame: its next painted frame is the
  // current one, so the wait skips the requestAnimationFrame there.
  const frame = window.requestAnimationFrame.bind(window);
  let inFrame = false;
  window.requestAnimationFrame = (callback) => frame((time) => {
    inFrame = true;
    try { callback(time); } finally { inFrame = false; }
  });
  const afterPaint = (resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve(performance.now());
    channel.port2.postMessage(null);
  };
  const nextFrame = () => new Promise((resolve) => (inFrame ? afterPaint(resolve) : frame(() => afterPaint(resolve))));
  let firstChart;
  bench.firstChart = new Promise((resolve) => { firstChart = resolve; });
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    // The app's first chart is the first paint's (src/paint/), or its own without one.
    if ((name === 'cds-first-paint' || name === 'cds-chart-drawn' || name === 'chart-drawn') && bench.first === null) {
      bench.first = entry.startTime;
      nextFrame().then((frame) => firstChart({ mark: entry.startTime, frame, origin: performance.timeOrigin }));
    }
    const waiting = bench.waiters.get(name) ?? [];
    bench.waiters.delete(name);
    for (const drawn of waiting) drawn();
    return entry;
  };
  /** The next painted frame after the next mark `name`, or NaN after `timeout` ms. */
  bench.afterMark = (name, timeout) => new Promise((resolve) => {
    const timer = setTimeout(() => {
      bench.waiters.set(name, (bench.waiters.get(name) ?? []).filter((w) => w !== drawn));
      resolve(NaN);
    }, timeout);
    const drawn = () => { clearTimeout(timer); nextFrame().then(resolve); };
    if (!bench.waiters.has(name)) bench.waiters.set(name, []);
    bench.waiters.get(name).push(drawn);
  });
  bench.settle = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50))));
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) bench.longTasks.push({ start: task.startTime, duration: task.duration });
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('TrunkApplicationStarted', (event) => { bench.wasm = event.detail?.wasm ?? null; });
}

/** Dispatches one change in the page and times it to the next frame after `mark`. */
function timeChangeInPage({ selector, event, value, mark }) {
  const bench = window.__bench;
  const element = document.querySelector(selector);
  if (!element) return Promise.resolve(NaN);
  const done = bench.afterMark(mark, 10000);
  const start = performance.now();
  if (event === 'click') element.click();
  else if (event === 'enter') element.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  else {
    element.value = value;
    element.dispatchEvent(new Event(event, { bubbles: true }));
  }
  return done.then((end) => end - start);
}

// ---------------------------------------------------------------- measurements

let runCounter = 0;

/** A fresh context and page, instrumented, its requests tagged with a new run id. */
async function openContext(browser, throttle = 1) {
  const run = `run-${(runCounter += 1)}`;
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block', extraHTTPHeaders: { 'x-bench-run': run } });
  await context.addInitScript(instrument);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error (${page.url()}): ${error.message}`));
  const cdp = await context.newCDPSession(page);
  if (throttle !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  return { run, context, page, cdp };
}

/** Opens `path` and waits for the first chart's frame; returns the load's figures. */
async function load(server, session, path) {
  const { page, run } = session;
  await page.goto(server.url + path, { waitUntil: 'commit' });
  const first = await page.evaluate(async () => {
    const result = await window.__bench.firstChart;
    // What the page had asked for by then (the document, and every resource started
    // before the frame), by path: the server's log says how many bytes each took.
    const asked = performance.getEntriesByType('resource').filter((e) => e.startTime < result.frame)
      .map((e) => new URL(e.name).pathname).concat(location.pathname);
    await new Promise((resolve) => setTimeout(resolve, 300)); // long-task entries arrive late
    const tasks = window.__bench.longTasks.filter((t) => t.start < result.frame);
    return { ...result, asked, longest: Math.max(0, ...tasks.map((t) => t.duration)) };
  });
  // The changes are timed on the app: let it take over from the first paint's cover.
  await page.waitForFunction(() => !document.getElementById('first-paint'), null, { timeout: 30000 }).catch(() => {});
  const asked = new Set(first.asked);
  const requests = server.requests(run).filter((r) => asked.has(r.path) && !r.path.endsWith('/sw.js'));
  return { firstChart: first.frame, longest: first.longest, bytes: requests.reduce((sum, r) => sum + r.bytes, 0), requests };
}

/** Times `count` changes of one control, settling before each. */
async function timeChanges(page, change, count, before = null, after = null) {
  const times = [];
  for (let i = 0; i < count; i += 1) {
    if (before) await before(page);
    await page.evaluate(() => window.__bench.settle());
    times.push(await page.evaluate(timeChangeInPage, { ...change, value: change.values?.[i % change.values.length] }));
    if (after) await after(page);
  }
  return times;
}

/** Clicks `selector` and waits for the next mark `mark` (an untimed step). */
async function untimed(page, mark, selector) {
  await page.evaluate(async ({ mark, selector }) => {
    const done = window.__bench.afterMark(mark, 10000);
    document.querySelector(selector)?.click();
    await done;
  }, { mark, selector });
}

/** The add-a-province change and how to undo it, for the app and for a peer. */
function provinceSteps(contestant) {
  if (contestant.id !== 'ours') {
    return {
      change: { selector: '#add-province', event: 'click', mark: contestant.mark },
      after: (page) => untimed(page, contestant.mark, '#remove-province'),
    };
  }
  return {
    // Type the name into the province search (its list opens on the match), then Enter.
    before: (page) => page.evaluate(async () => {
      const input = document.querySelector('#province-search');
      input.focus();
      input.value = 'Hà Nội';
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: 'Hà Nội' }));
      await window.__bench.settle();
    }),
    change: { selector: '#province-search', event: 'enter', mark: contestant.mark },
    after: (page) => untimed(page, contestant.mark, '.chips li:last-child .chip-remove'),
  };
}

/** The three interactions of one contestant on a freshly loaded 1× page. */
async function interactions(server, session, contestant) {
  const { page } = session;
  const mark = contestant.mark;
  const year = await timeChanges(page, { selector: '#year-from', event: 'change', values: ['2021', '2020'], mark }, SAMPLES);
  const steps = provinceSteps(contestant);
  const province = await timeChanges(page, steps.change, SAMPLES, steps.before, steps.after);
  await page.goto(server.url + contestant.ranking, { waitUntil: 'commit' });
  await page.evaluate(() => window.__bench.firstChart);
  const ranking = await timeChanges(page, { selector: '#year-slider', event: 'input', values: ['1', '2'], mark }, SAMPLES);
  return { year, province, ranking };
}

/** The app's tab switches, from the line chart through every tab and back. */
async function tabSwitches(page) {
  const times = {};
  for (const tab of TABS) {
    const mark = CHART_TABS.has(tab) ? 'cds-chart-drawn' : 'cds-view-rendered';
    [times[tab]] = await timeChanges(page, { selector: `#tab-${tab}`, event: 'click', mark }, 1);
  }
  return times;
}

/** One round: for each contestant (in `order`), a 1× load with its interactions and a 4× load. */
async function round(browser, server, order, results) {
  for (const contestant of order) {
    const r = results[contestant.id];
    const fast = await openContext(browser);
    const loaded = await load(server, fast, contestant.line);
    r.bytes.push(loaded.bytes);
    r.nav1.push(loaded.firstChart);
    r.task1.push(loaded.longest);
    r.requests.push(loaded.requests);
    const { year, province, ranking } = await interactions(server, fast, contestant);
    r.year.push(...year);
    r.province.push(...province);
    r.ranking.push(...ranking);
    if (contestant.id === 'ours') {
      await load(server, fast, contestant.line);
      pushTabs(r.tabs1, await tabSwitches(fast.page));
    }
    await fast.context.close();

    const slow = await openContext(browser, THROTTLE);
    const throttled = await load(server, slow, contestant.line);
    r.nav4.push(throttled.firstChart);
    r.task4.push(throttled.longest);
    if (contestant.id === 'ours') pushTabs(r.tabs4, await tabSwitches(slow.page));
    await slow.context.close();
  }
}

function pushTabs(into, times) {
  for (const [tab, time] of Object.entries(times)) (into[tab] ??= []).push(time);
}

/** JS heap (and wasm memory) after load and after MEMORY_CHANGES ranking year changes. */
async function memory(browser, server, contestant) {
  const session = await openContext(browser);
  await load(server, session, contestant.ranking);
  const measure = async () => {
    await session.cdp.send('HeapProfiler.collectGarbage');
    const heap = await session.cdp.send('Runtime.getHeapUsage');
    const wasm = await session.page.evaluate(() => window.__bench.wasm?.memory?.buffer.byteLength ?? 0);
    return { heap: heap.usedSize, wasm, total: heap.usedSize + wasm };
  };
  const before = await measure();
  const missed = await session.page.evaluate(async ({ mark, count }) => {
    const slider = document.querySelector('#year-slider');
    let missed = 0;
    for (let i = 0; i < count; i += 1) {
      performance.clearMarks(); // the timeline would keep every mark: not the page's memory
      const done = window.__bench.afterMark(mark, 10000);
      slider.value = i % 2 ? '2' : '1';
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      if (Number.isNaN(await done)) missed += 1;
    }
    return missed;
  }, { mark: contestant.mark, count: MEMORY_CHANGES });
  const after = await measure();
  await session.context.close();
  return { before, after, ratio: after.total / before.total, missed };
}

// ---------------------------------------------------------------- Lighthouse

const LIGHTHOUSE_DIR = 'target/lighthouse';
const LIGHTHOUSE_CLI = `${LIGHTHOUSE_DIR}/node_modules/lighthouse/cli/index.js`;

/** Installs Lighthouse 12.2.3 into target/lighthouse (not package.json), once. */
function installLighthouse() {
  const manifest = `${LIGHTHOUSE_DIR}/node_modules/lighthouse/package.json`;
  if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === '12.2.3') return;
  console.error('installing lighthouse@12.2.3 into target/lighthouse');
  mkdirSync(LIGHTHOUSE_DIR, { recursive: true });
  execFileSync('npm', ['install', '--prefix', LIGHTHOUSE_DIR, '--no-save', '--no-audit', '--no-fund', 'lighthouse@12.2.3'], { stdio: ['ignore', 2, 2] });
}

/**
 * Lighthouse's performance figures for `url` (mobile preset, its default). Run as a
 * child process without blocking: the server answering it lives in this process.
 */
async function lighthouse(url, name) {
  const out = `${STAGE}/lighthouse-${name}.json`;
  rmSync(out, { force: true });
  const args = [LIGHTHOUSE_CLI, url, '--output=json', `--output-path=${out}`, '--quiet',
    '--only-categories=performance', '--chrome-flags=--headless=new --no-sandbox --disable-gpu'];
  const failed = await new Promise((resolve) => {
    execFile(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 180000, maxBuffer: 64 << 20 },
      (error, _stdout, stderr) => resolve(error ? (stderr || error.message).trim().split('\n').slice(-2).join(' ') : null));
  });
  if (failed || !existsSync(out)) return { error: failed ?? 'no report' };
  const report = JSON.parse(readFileSync(out, 'utf8'));
  const ms = (id) => report.audits[id]?.numericValue;
  return {
    score: Math.round((report.categories.performance.score ?? 0) * 100),
    tbt: ms('total-blocking-time'), lcp: ms('largest-contentful-paint'), fcp: ms('first-contentful-paint'),
    cls: ms('cumulative-layout-shift'),
  };
}

// ---------------------------------------------------------------- statistics and report

const sorted = (xs) => xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
function summary(xs) {
  const s = sorted(xs);
  if (!s.length) return { median: NaN, min: NaN, max: NaN, n: 0, missed: xs.length };
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1], n: s.length, missed: xs.length - s.length };
}

const FIGURES = [
  { key: 'bytes', label: 'bytes for the first chart (brotli)', unit: 'KiB', scale: 1 / 1024 },
  { key: 'nav1', label: 'navigation → first chart, 1×', unit: 'ms' },
  { key: 'nav4', label: `navigation → first chart, ${THROTTLE}× CPU`, unit: 'ms' },
  { key: 'task1', label: 'longest task during load, 1×', unit: 'ms' },
  { key: 'task4', label: `longest task during load, ${THROTTLE}× CPU`, unit: 'ms' },
  { key: 'year', label: 'year change → next frame', unit: 'ms' },
  { key: 'province', label: 'add a province → next frame', unit: 'ms' },
  { key: 'ranking', label: 'ranking of 63: year → next frame', unit: 'ms' },
];

const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const cell = (s, scale = 1) => `${fmt(s.median * scale)} [${fmt(s.min * scale, 0)}–${fmt(s.max * scale, 0)}]`;

/** The figures' summaries and ratios, as printed and as written by --json. */
function tabulate(results) {
  return FIGURES.map((figure) => {
    const by = Object.fromEntries(CONTESTANTS.map((c) => [c.id, summary(results[c.id][figure.key])]));
    const best = Math.min(...PEERS.map((p) => by[p.id].median).filter(Number.isFinite));
    const ratios = { best: by.ours.median / best };
    for (const p of PEERS) ratios[p.id] = by.ours.median / by[p.id].median;
    return { ...figure, scale: figure.scale ?? 1, results: by, ratios };
  });
}

function printTable(rows, lines) {
  const w = [42, 22, 22, 22, 22];
  const head = ['figure (median [min–max])', ...CONTESTANTS.map((c) => c.name)];
  lines.push(head.map((h, i) => h.padEnd(w[i])).join('') + ['÷best', '÷ECh', '÷CJS', '÷uPl'].map((h) => h.padStart(7)).join(''));
  for (const row of rows) {
    const cells = CONTESTANTS.map((c, i) => cell(row.results[c.id], row.scale).padEnd(w[i + 1]));
    const ratios = ['best', ...PEERS.map((p) => p.id)].map((k) => fmt(row.ratios[k], 2).padStart(7));
    lines.push(`${`${row.label} (${row.unit})`.padEnd(w[0])}${cells.join('')}${ratios.join('')}`);
  }
}

/** The goal checks: [text, pass]. */
function goals(rows, tabs, mem) {
  const at = (key) => rows.find((r) => r.key === key).results;
  const check = (text, ours, goal, unit = 'ms') => [`${text}: ${fmt(ours)} ${unit} vs ${fmt(goal)} ${unit}`, ours <= goal];
  const kib = at('bytes').ours.median / 1024;
  return [
    check('year change ≤ uPlot', at('year').ours.median, at('year').uplot.median),
    check('add a province ≤ uPlot', at('province').ours.median, at('province').uplot.median),
    check('ranking year change ≤ uPlot', at('ranking').ours.median, at('ranking').uplot.median),
    check('navigation → first chart (1×) ≤ Chart.js', at('nav1').ours.median, at('nav1').chartjs.median),
    check('  stretch: ≤ uPlot', at('nav1').ours.median, at('nav1').uplot.median),
    check(`navigation → first chart (${THROTTLE}×) ≤ Chart.js`, at('nav4').ours.median, at('nav4').chartjs.median),
    check('bytes for the first chart ≤ 200 KiB', kib, 200, 'KiB'),
    check('  stretch: ≤ 150 KiB', kib, 150, 'KiB'),
    check(`longest task during load (${THROTTLE}×) ≤ 200 ms`, at('task4').ours.median, 200),
    check('tab switch (1×) ≤ 50 ms', tabs.all1.median, 50),
    check(`tab switch (${THROTTLE}×) ≤ 200 ms`, tabs.all4.median, 200),
    [`memory after ${MEMORY_CHANGES} changes ≤ 1.1× after load: ${fmt(mem.ours.ratio, 3)}×`, mem.ours.ratio <= 1.1],
  ];
}

function tabSummary(r) {
  const all = (by) => Object.values(by).flat();
  return {
    all1: summary(all(r.tabs1)), all4: summary(all(r.tabs4)),
    by1: Object.fromEntries(TABS.map((t) => [t, summary(r.tabs1[t] ?? [])])),
    by4: Object.fromEntries(TABS.map((t) => [t, summary(r.tabs4[t] ?? [])])),
  };
}

function machine(browser) {
  const cpus = os.cpus();
  return {
    cpu: `${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    memory: `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    load: os.loadavg().map((x) => x.toFixed(2)).join(' '),
    browser: `Chromium ${browser.version()} (headless, ${CHROMIUM})`,
  };
}

function report({ rounds, rows, tabs, mem, host, light, requests }) {
  const lines = [];
  lines.push(`==> CĐS Explorer (release build) against peer chart libraries: ${rounds} interleaved rounds, ${SAMPLES} changes of each kind per round`);
  lines.push(`machine: ${host.cpu}, ${host.memory}, ${host.os}; ${host.browser}; node ${host.node}`);
  lines.push(`load average (1, 5, 15 min) at the start: ${host.load}; at the end: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
  lines.push('times: from navigation start or the event\'s dispatch to the next painted frame after the chart is drawn; window 1280 × 900');
  lines.push('');
  printTable(rows, lines);
  lines.push('(a longest task of 0 ms: no task over 50 ms, the long-task threshold; ÷ is the app\'s median over the peer\'s)');
  lines.push('');
  lines.push('requests until the first chart (last round; KiB, brotli):');
  for (const c of CONTESTANTS) {
    lines.push(`  ${c.name.padEnd(16)} ${requests[c.id].map((r) => `${r.path.split('/').pop() || '/'} ${fmt(r.bytes / 1024)}`).join(', ')}`);
  }
  lines.push('');
  lines.push(`tab switches of the app → next frame (median [min–max], ms): all at 1×: ${cell(tabs.all1)}; at ${THROTTLE}×: ${cell(tabs.all4)}`);
  for (const tab of TABS) lines.push(`  ${`#tab-${tab}`.padEnd(16)} 1×: ${cell(tabs.by1[tab]).padEnd(20)} ${THROTTLE}×: ${cell(tabs.by4[tab])}`);
  lines.push('');
  lines.push(`memory (after a GC; ${MEMORY_CHANGES} ranking year changes; JS heap used + wasm linear memory):`);
  for (const c of CONTESTANTS) {
    const m = mem[c.id];
    const mib = (x) => fmt(x / 2 ** 20, 2);
    lines.push(`  ${c.name.padEnd(16)} after load ${mib(m.before.heap)} + ${mib(m.before.wasm)} MiB, after ${mib(m.after.heap)} + ${mib(m.after.wasm)} MiB: ${fmt(m.ratio, 3)}×${m.missed ? ` (${m.missed} changes did not draw)` : ''}`);
  }
  if (light) {
    lines.push('');
    lines.push('Lighthouse 12.2.3 (mobile preset, simulated throttling; served with brotli):');
    for (const c of CONTESTANTS) {
      const l = light[c.id];
      lines.push(`  ${c.name.padEnd(16)} ${l.error ? `failed: ${l.error}` : `performance ${l.score}, TBT ${fmt(l.tbt, 0)} ms, LCP ${fmt(l.lcp, 0)} ms, FCP ${fmt(l.fcp, 0)} ms, CLS ${fmt(l.cls, 3)}`}`);
    }
  }
  lines.push('');
  lines.push('goals:');
  for (const [text, pass] of goals(rows, tabs, mem)) lines.push(`  ${pass ? 'PASS' : 'FAIL'}  ${text}`);
  const missed = rows.flatMap((r) => CONTESTANTS.filter((c) => r.results[c.id].missed).map((c) => `${r.label} (${c.name}): ${r.results[c.id].missed}`));
  if (missed.length) lines.push(`did not draw within 10 s (left out): ${missed.join('; ')}`);
  return lines.join('\n');
}

// ---------------------------------------------------------------- main

function emptyResults() {
  return Object.fromEntries(CONTESTANTS.map((c) => [c.id, {
    bytes: [], nav1: [], nav4: [], task1: [], task4: [], year: [], province: [], ranking: [], tabs1: {}, tabs4: {}, requests: [],
  }]));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  stageSite(peerData(args.data));
  const server = await serveBrotli(args.dist);
  const browser = await launchChromium();
  const started = Date.now();
  const host = machine(browser);
  try {
    const results = emptyResults();
    await round(browser, server, CONTESTANTS, emptyResults()); // warm-up, not counted
    for (let r = 0; r < args.rounds; r += 1) {
      const order = CONTESTANTS.map((_, i) => CONTESTANTS[(i + r) % CONTESTANTS.length]);
      await round(browser, server, order, results);
      console.error(`round ${r + 1}/${args.rounds} done (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    const mem = {};
    for (const c of CONTESTANTS) mem[c.id] = await memory(browser, server, c);
    let light = null;
    if (args.lighthouse) {
      installLighthouse();
      light = {};
      for (const c of CONTESTANTS) light[c.id] = await lighthouse(server.url + c.line, c.id);
    }
    const rows = tabulate(results);
    const tabs = tabSummary(results.ours);
    const requests = Object.fromEntries(CONTESTANTS.map((c) => [c.id, results[c.id].requests.at(-1)]));
    console.log(report({ rounds: args.rounds, rows, tabs, mem, host, light, requests }));
    console.error(`took ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (args.json) {
      mkdirSync(dirname(args.json), { recursive: true });
      const samples = Object.fromEntries(CONTESTANTS.map((c) => [c.id, results[c.id]]));
      writeFileSync(args.json, `${JSON.stringify({
        rounds: args.rounds, samplesPerRound: SAMPLES, throttle: THROTTLE, machine: host,
        figures: rows, goals: goals(rows, tabs, mem).map(([text, pass]) => ({ text: text.trim(), pass })),
        tabs, memory: mem, lighthouse: light, samples,
      }, null, 2)}\n`);
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
