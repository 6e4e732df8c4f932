// End-to-end tests of hostile input and broken starts (the release build in Chromium): a
// table of hostile links runs nothing and breaks nothing; a 2 MB link draws about as
// fast as the default view; the built page carries a strict Content Security Policy; and
// a page whose app cannot start says so instead of "Đang tải…" forever.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ARTIFACTS, collectErrors, openApp, REPORT_CSP_VIOLATIONS, useServedBuild } from './browser.mjs';
import { serve } from './server.mjs';

const app = useServedBuild();
const TRAP = 'window.__pwned=1';

/** Hostile links: each must open the explorer, run nothing and, where marked, say what it ignored. */
const HOSTILE = [
  ['script in provinces', `provinces=<script>${TRAP}</script>`, true],
  ['img onerror in indicator', `indicator=<img src=x onerror="${TRAP}">`, true],
  ['svg onload in time', `time=<svg onload="${TRAP}">`, true],
  ['javascript: in view', `view=javascript:${TRAP}`, true],
  ['javascript: in region', `region=javascript:${TRAP}&view=ranking`, true],
  ['html in sort', `sort=<b onmouseover="${TRAP}">x</b>&view=table`, true],
  ['html in units', `units=<iframe src="javascript:${TRAP}">&view=map`, true],
  ['html in lang', `lang=<script>${TRAP}</script>`, true],
  ['html in embed', `embed=<script>${TRAP}</script>`, true],
  ['html in v', `v=<script>${TRAP}</script>`, true],
  ['bad percent escapes', 'provinces=%E0%A4%A&time=%&view=%zz', true],
  ['NUL', 'provinces=hai%00duong', false], // read as "hai duong": Hải Dương
  ['right-to-left override', 'provinces=%E2%80%AEgnoud-iah', true],
  ['homoglyph of a slug', 'provinces=h%D0%B0i-duong', true],
  ['1e309', 'time=1e309', true],
  ['NaN', 'time=NaN', true],
  ['-0', 'time=-0', true],
  ['negative year', 'time=-2022', true],
  ['huge years', 'time=99999..999999', true],
  ['year far ahead', 'time=9999', true],
  ['years far apart', 'time=1000..9999', false],
  ['a million tildes', `provinces=${'~'.repeat(200_000)}`, false],
  ['a long list of unknown names', `provinces=${'x~'.repeat(50_000)}`, true],
  ['a repeated parameter', 'view=map&view=<script>x</script>', true],
];

test('hostile links run nothing, break nothing and say what they ignored', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(REPORT_CSP_VIOLATIONS);
  const page = await context.newPage();
  const errors = collectErrors(page);
  const failures = [];
  for (const [name, query, notice] of HOSTILE) {
    await page.goto(`${app.url}/?${query}`);
    await page.waitForSelector('#view-panel > *');
    const pwned = await page.evaluate(() => window.__pwned);
    const notices = await page.locator('.notice[role=status] li').count();
    const injected = await page.locator('#app script, #app iframe, #app img[src=x], #app svg[onload]').count();
    if (pwned !== undefined) failures.push(`${name}: the trap ran`);
    if (injected) failures.push(`${name}: ${injected} injected elements`);
    if (notice && notices === 0) failures.push(`${name}: no notice`);
    if (notices > 11) failures.push(`${name}: ${notices} notices shown`);
  }
  await page.screenshot({ path: `${ARTIFACTS}/hostile-last.png` });
  console.log(`hostile links: ${HOSTILE.length} cases, ${failures.length} failures`);
  assert.deepEqual(failures, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a 2 MB link opens the view it names, cut to 16 KB with one notice', async () => {
  const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors = collectErrors(page);
  /** Navigation → first chart, and the part of it before any of the page's scripts ran. */
  const timeTo = async (path) => {
    const start = Date.now();
    await page.goto(app.url + path);
    await page.waitForSelector('canvas[role=img]');
    const total = Date.now() - start;
    const browser = await page.evaluate(() => Math.round(performance.getEntriesByType('navigation')[0].domInteractive));
    return { total, browser };
  };
  const long = `/?view=ranking&provinces=${'x~'.repeat(1_000_000)}`; // 2,000,025 bytes
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const plain = [];
  const hostile = [];
  for (let round = 0; round < 3; round += 1) {
    plain.push(await timeTo('/?view=ranking'));
    hostile.push(await timeTo(long));
  }
  const [p, h] = [median(plain.map((t) => t.total)), median(hostile.map((t) => t.total))];
  const before = median(hostile.map((t) => t.browser));
  console.log(`first chart: default ${p} ms; 2 MB link ${h} ms (× ${(h / p).toFixed(1)}), of which ${before} ms before the page's first script ran`);
  // The view of the link's first 16 KB: the ranking, with one notice saying it was cut.
  assert.match(await page.locator('canvas[role=img]').getAttribute('aria-label'), /^Biểu đồ xếp hạng/);
  const notices = await page.locator('.notice[role=status] li').allTextContents();
  assert.ok(notices.some((n) => /quá giới hạn 16 KB/.test(n)), notices.join(' | '));
  assert.ok(notices.length <= 11, `${notices.length} notices`);
  assert.ok(page.url().length < 20_000, 'the address bar holds the canonical link, not 2 MB');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the built page carries a strict Content Security Policy with hashed inline scripts', async () => {
  const html = readFileSync('dist/index.html', 'utf8');
  const csp = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/)?.[1];
  assert.ok(csp, 'a policy in the page');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives['default-src'], ["'self'"]);
  assert.deepEqual(directives['style-src'], ["'self'"]);
  assert.deepEqual(directives['object-src'], ["'none'"]);
  assert.deepEqual(directives['base-uri'], ["'self'"]);
  assert.deepEqual(directives['form-action'], ["'none'"]);
  assert.deepEqual(directives['img-src'], ["'self'", 'data:', 'blob:']);
  const scripts = directives['script-src'];
  assert.ok(!scripts.includes("'unsafe-inline'") && !scripts.includes("'unsafe-eval'"));
  assert.ok(scripts.includes("'wasm-unsafe-eval'"));
  const inline = [...html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)].filter((m) => !/\ssrc=/.test(m[1] ?? ''));
  assert.equal(scripts.filter((s) => s.startsWith("'sha256-")).length, inline.length, 'one hash per inline script');
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<script'), 'the policy comes before every script');
  assert.match(html, /<link crossorigin="anonymous"[^>]*rel="stylesheet"[^>]*integrity=/, 'the stylesheet loads cross-origin');
});

/** A copy of the build with `change` applied, served; closed by the caller. */
async function brokenCopy(change) {
  const dir = mkdtempSync(join(tmpdir(), 'cds-explorer-broken-'));
  cpSync('dist', dir, { recursive: true });
  rmSync(join(dir, 'sw.js'));
  change(dir);
  const server = await serve(dir);
  return { server, close: () => { server.close(); rmSync(dir, { recursive: true, force: true }); } };
}

test('a page whose app cannot start says so in both languages, with a reload link', async () => {
  const missing = await brokenCopy((dir) => {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.wasm'))) rmSync(join(dir, name));
  });
  const context = await app.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${missing.server.url}/?provinces=hai-duong`);
    const alert = page.locator('.start-failed[role=alert]');
    await alert.waitFor({ timeout: 5000 });
    assert.match(await alert.textContent(), /Không khởi động được CĐS Explorer\..*CĐS Explorer could not start\./s);
    assert.equal(await alert.getByRole('link', { name: 'Tải lại / Reload' }).getAttribute('href'), `${missing.server.url}/?provinces=hai-duong`);
    await page.screenshot({ path: `${ARTIFACTS}/start-failed.png` });
  } finally {
    await context.close();
    missing.close();
  }
});

test('in a sandboxed frame without allow-same-origin, the frame says what it needs', async () => {
  const host = mkdtempSync(join(tmpdir(), 'cds-explorer-sandbox-'));
  writeFileSync(join(host, 'index.html'), `<!doctype html><title>host</title><link rel="icon" href="data:,">
    <iframe id="strict" sandbox="allow-scripts" width="800" height="500" src="${app.url}/?embed=1"></iframe>
    <iframe id="usual" sandbox="allow-scripts allow-same-origin allow-popups" width="800" height="500" src="${app.url}/?embed=1"></iframe>`);
  const server = await serve(host);
  const context = await app.browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(`${server.url.replace('127.0.0.1', 'localhost')}/`);
    // With the usual flags the chart runs; with scripts alone the frame explains itself.
    await page.frameLocator('#usual').locator('canvas[role=img]').waitFor();
    const alert = page.frameLocator('#strict').locator('.start-failed[role=alert]');
    await alert.waitFor({ timeout: 15_000 });
    assert.match(await alert.textContent(), /allow-same-origin/);
    await page.screenshot({ path: `${ARTIFACTS}/sandboxed-embed.png` });
  } finally {
    await context.close();
    server.close();
    rmSync(host, { recursive: true, force: true });
  }
});
