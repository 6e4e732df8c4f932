// End-to-end tests of hosting under a sub-path and offline use, against the release build
// made with `trunk build --release --public-url /cds-explorer/ --dist dist-subpath` and
// served under /cds-explorer/: the service worker caches the build's files on the first
// visit, the app then opens offline from any link, a new release replaces the old cache,
// and registering the worker stays silent where service workers cannot work.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DATA, ON_DEMAND, writeServiceWorker } from '../../scripts/service-worker.mjs';
import { ARTIFACTS, collectErrors, launchChromium } from './browser.mjs';
import { serve } from './server.mjs';

const DIST = 'dist-subpath';
const BASE = '/cds-explorer/';
const LINK = `${BASE}?provinces=hai-duong~thanh-hoa&view=line`;
const CACHE_PREFIX = `cds-explorer:${BASE}:`;
let server;
let browser;
const scratch = [];

before(async () => {
  assert.ok(existsSync(join(DIST, 'sw.js')),
    `${DIST}/sw.js is missing: build with trunk build --release --public-url ${BASE} --dist ${DIST}`);
  server = await serve(DIST, { base: BASE });
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  server?.close();
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
});

/** The version written into a build's sw.js. */
function versionOf(dir) {
  const match = readFileSync(join(dir, 'sw.js'), 'utf8').match(/^const BUILD = \{"version":"([0-9a-f]+)"/);
  assert.ok(match, `${dir}/sw.js starts with its build's version`);
  return match[1];
}

/** A copy of the sub-path build that a test may change (a "new release"). */
function copyOfBuild() {
  const dir = mkdtempSync(join(tmpdir(), 'cds-explorer-release-'));
  scratch.push(dir);
  cpSync(DIST, dir, { recursive: true });
  return dir;
}

/** Opens `url` in a fresh context, waits for the app and for the service worker to control it. */
async function openControlled(url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  await page.goto(url);
  await page.waitForSelector('#view-panel > *');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  return { context, page, errors };
}

/** The page's caches: names, and the URLs held by each. */
function cachesOf(page) {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const urls = {};
    for (const name of names) urls[name] = (await (await caches.open(name)).keys()).map((r) => r.url).sort();
    return { names, urls };
  });
}

/** Every file under `dir` (not hidden), as sorted '/'-separated paths relative to it. */
function filesOf(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => (entry.isDirectory() ? filesOf(dir, `${prefix}${entry.name}/`) : [`${prefix}${entry.name}`]))
    .sort();
}

/**
 * Waits until the service worker's caches hold every data file of the build (the PCI, PAPI
 * and GSO values, which it fetches in the background once it is active).
 */
function dataFilesCached(page, wanted) {
  return page.waitForFunction(async (files) => {
    for (const name of await caches.keys()) {
      const urls = (await (await caches.open(name)).keys()).map((r) => r.url);
      if (files.every((file) => urls.some((url) => url.endsWith(`/${file}`)))) return true;
    }
    return false;
  }, wanted, { timeout: 30_000, polling: 200 });
}

const label = (page) => page.locator('canvas[role=img]').getAttribute('aria-label');
const pixels = (page) => page.locator('canvas[role=img]').evaluate((canvas) => canvas.toDataURL());

test('served under a sub-path, the app caches its build and then works offline from any link', { timeout: 120_000 }, async () => {
  const { context, page, errors } = await openControlled(server.url + LINK);
  assert.match(await label(page), /Hải Dương và Thanh Hóa/);
  const firstPaint = () => page.evaluate(() => performance.getEntriesByName('cds-first-paint').length);
  assert.equal(await firstPaint(), 1, 'the first paint drew the chart under the sub-path');
  const failed = server.requests.filter((r) => r.status !== 200);
  assert.deepEqual(failed, [], 'every file of the page is found under the sub-path');
  assert.ok(server.requests.every((r) => r.path.startsWith(BASE)), 'nothing is asked for outside the sub-path');

  // The worker's scope is the sub-path, and its one cache holds exactly the build's files.
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(scope, server.url + BASE);
  const cached = await cachesOf(page);
  const name = CACHE_PREFIX + versionOf(DIST);
  assert.deepEqual(cached.names, [name]);
  // Every file of the build but the worker, the link preview and the import worker's
  // bundle (cached when the import is first opened, never ahead), and not the .br and .gz
  // copies for hosts; the data files (PCI, PAPI, GSO values) too, which the worker fetches
  // in the background once it is active.
  const built = filesOf(DIST).filter((file) => file !== 'sw.js' && file !== 'og-image.png' && !ON_DEMAND.test(file) && !/\.(br|gz)$/.test(file))
    .map((file) => server.url + BASE + (file === 'index.html' ? '' : file)).sort();
  assert.ok(built.some((url) => url.endsWith('.wasm')), 'the build has a .wasm file');
  const data = filesOf(DIST).filter((file) => DATA.test(file));
  assert.ok(data.some((file) => file.startsWith('data/papi-')), `the build has the PAPI data file: ${data}`);
  await dataFilesCached(page, data);
  assert.deepEqual((await cachesOf(page)).urls[name], built);

  // Offline: the same link reloads, a tab still draws, and a link never opened before opens.
  const online = server.requests.length;
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#view-panel > *');
  assert.match(await label(page), /Hải Dương và Thanh Hóa/);
  assert.equal(await firstPaint(), 1, 'offline too, the first paint drew from the cache');
  const line = await pixels(page);
  await page.locator('#tab-ranking').click();
  await page.waitForFunction(() => location.search.includes('view=ranking'));
  assert.match(await label(page), /^Biểu đồ xếp hạng: /);
  assert.notEqual(await pixels(page), line, 'the ranking is drawn');
  await page.screenshot({ path: `${ARTIFACTS}/offline-ranking.png` });
  await page.goto(`${server.url}${BASE}?view=map&indicator=dti-rank&time=2022`);
  await page.waitForSelector('#view-panel > *');
  assert.match(await label(page), /^Bản đồ: .*2022; 63 trong 63 tỉnh, thành phố có số liệu\.$/);
  assert.deepEqual(server.requests.slice(online), [], 'nothing reached the server while offline');
  assert.deepEqual(errors, []);
  await context.close();
});

test('after one visit to a DTI view, a PAPI indicator opens offline', { timeout: 120_000 }, async () => {
  // The visit never asks for the PAPI values; the worker fetches them in the background.
  const { context, page, errors } = await openControlled(`${server.url}${BASE}?view=map&indicator=dti-rank&time=2022`);
  // Every data file in the cache (the worker fetches them one after another), so that
  // the worker has finished writing the PAPI file before the network goes.
  const data = filesOf(DIST).filter((file) => DATA.test(file));
  assert.ok(data.some((file) => file.startsWith('data/papi-')), `the build has the PAPI data file: ${data}`);
  await dataFilesCached(page, data);
  await page.waitForTimeout(300);
  const asked = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((url) => url.includes('/data/')));
  assert.deepEqual(asked, [], 'the DTI view itself fetched no data file');
  const online = server.requests.length;
  await context.setOffline(true);
  await page.goto(`${server.url}${BASE}?view=map&indicator=papi-egov&time=2022`);
  await page.waitForSelector('#view-panel > *');
  await page.waitForSelector('canvas[role=img]');
  assert.match(await label(page), /^Bản đồ: PAPI – Quản trị điện tử, 2022; \d+ trong 63 tỉnh, thành phố có số liệu/);
  assert.deepEqual(server.requests.slice(online), [], 'nothing reached the server while offline');
  await page.screenshot({ path: `${ARTIFACTS}/offline-papi-egov-2022.png` });
  assert.deepEqual(errors, []);
  await context.close();
});

test('a new release replaces the old cache', { timeout: 120_000 }, async () => {
  const dir = copyOfBuild();
  const release = await serve(dir, { base: BASE });
  try {
    const { context, page, errors } = await openControlled(release.url + LINK);
    const first = versionOf(dir);
    assert.deepEqual((await cachesOf(page)).names, [CACHE_PREFIX + first]);

    // Release 2: index.html changes, and the post-build step writes a new sw.js.
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    writeFileSync(join(dir, 'index.html'), index.replace('</head>', '<meta name="release" content="2"></head>'));
    const second = writeServiceWorker(dir).version;
    assert.notEqual(second, first, 'the version follows the build\'s content');
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration.update();
      const worker = registration.installing ?? registration.waiting;
      if (!worker) return 'no new worker';
      return new Promise((resolve) => {
        const check = () => { if (worker.state === 'activated' || worker.state === 'redundant') resolve(worker.state); };
        worker.addEventListener('statechange', check);
        check();
        setTimeout(() => resolve(`still ${worker.state}`), 20_000);
      });
    });
    assert.equal(state, 'activated');
    const after = await cachesOf(page);
    assert.deepEqual(after.names, [CACHE_PREFIX + second], 'only the new release\'s cache is left');

    // The new cache is complete: the new release opens offline.
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('#view-panel > *');
    assert.equal(await page.locator('meta[name=release]').getAttribute('content'), '2', 'release 2 is shown');
    assert.match(await label(page), /Hải Dương và Thanh Hóa/);
    assert.deepEqual(errors, []);
    await context.close();
  } finally {
    release.close();
  }
});

test('registering the service worker is silent in embeds, sandboxes and files', { timeout: 60_000 }, async () => {
  const built = readFileSync(join(DIST, 'index.html'), 'utf8');
  const register = built.match(/<script id="register-service-worker">[\s\S]*?<\/script>/)?.[0];
  assert.ok(register, 'the built page registers the service worker');
  // Another site (localhost: a secure context, and a different site from 127.0.0.1) embeds
  // the app, where the browser refuses third-party service workers, and a page holding only
  // the registration script in a sandboxed frame, whose opaque origin may not even read
  // navigator.serviceWorker (it throws). The same script alone in a file:// page returns early.
  const dir = mkdtempSync(join(tmpdir(), 'cds-explorer-embedder-'));
  scratch.push(dir);
  const icon = '<link rel="icon" href="data:,">';
  writeFileSync(join(dir, 'embedder.html'), `<!doctype html><title>embedder</title>${icon}
    <iframe id="app" width="800" height="600" src="${server.url}${BASE}?embed=1&amp;provinces=hai-duong"></iframe>
    <iframe id="sandboxed" sandbox="allow-scripts" src="sandboxed.html"></iframe>`);
  writeFileSync(join(dir, 'sandboxed.html'), `<!doctype html><title>sandboxed</title>${icon}${register}
    <script>addEventListener('load', () => setTimeout(() => { document.body.dataset.loaded = 'yes'; }, 500));</script>`);
  writeFileSync(join(dir, 'file.html'), `<!doctype html><title>file</title>${icon}${register}`);
  const embedder = await serve(dir);
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = collectErrors(page);
  try {
    await page.goto(`${embedder.url.replace('127.0.0.1', 'localhost')}/embedder.html`);
    const chart = page.frameLocator('#app').locator('canvas[role=img]');
    await chart.waitFor();
    assert.match(await chart.getAttribute('aria-label'), /Hải Dương/);
    await page.frameLocator('#sandboxed').locator('body[data-loaded=yes]').waitFor({ state: 'attached' });
    await page.waitForTimeout(500); // registration starts on load: let a rejection surface
    await page.goto(pathToFileURL(join(dir, 'file.html')).href);
    await page.waitForTimeout(500);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    embedder.close();
  }
});
