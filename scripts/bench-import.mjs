// Import benchmark: how the import of a person's own file grows with its size, in the
// release build in headless Chromium. For synthetic tidy CSV files (63 provinces × years
// × indicators of their own) of growing size — up to 1,000,000 rows and a 50 MB file —
// it times the steps a person waits for (file chosen → columns shown; "Check" → report;
// "Add" → the view redrawn with the data) and records the longest task on the page's
// main thread meanwhile (the reading and checking run in the import worker). Ratios are
// against the smallest file, measured in the same run.
//   node scripts/bench-import.mjs [dist] [--json FILE]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchChromium } from '../tests/e2e/browser.mjs';
import { serve } from '../tests/e2e/server.mjs';

const args = process.argv.slice(2);
const jsonAt = args.indexOf('--json');
const jsonFile = jsonAt >= 0 ? args[jsonAt + 1] : null;
const dist = args.find((a, i) => !a.startsWith('--') && i !== jsonAt + 1) ?? 'dist';

const slugs = readFileSync('assets/data/provinces.csv', 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[1]);

/** A tidy CSV of `rows` rows, padded with a note column to about `bytes` if given. */
function syntheticCsv(rows, pad = 0) {
  const lines = ['indicator,province,year,value,quote'];
  const filler = 'x'.repeat(pad);
  for (let n = 0; n < rows; n += 1) {
    const indicator = Math.floor(n / (slugs.length * 21));
    const year = 2015 + (Math.floor(n / slugs.length) % 21);
    const value = n % 1000;
    lines.push(`own-${indicator},${slugs[n % slugs.length]},${year},${value},${filler}${value}`);
  }
  return `${lines.join('\n')}\n`;
}

const dir = mkdtempSync(join(tmpdir(), 'cds-import-'));
const cases = [
  ['63 rows', 63, 0],
  ['10,000 rows', 10_000, 0],
  ['100,000 rows', 100_000, 0],
  ['1,000,000 rows', 1_000_000, 0],
  ['50 MB (1,000,000 rows)', 1_000_000, 24],
].map(([name, rows, pad]) => {
  const file = join(dir, `${rows}-${pad}.csv`);
  const text = syntheticCsv(rows, pad);
  writeFileSync(file, text);
  return { name, rows, file, mb: Buffer.byteLength(text) / 1e6 };
});

const server = await serve(dist);
const browser = await launchChromium();
const results = [];
for (const c of cases) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${server.url}/?view=table&time=2015..2035`);
  await page.waitForSelector('#view-panel > *');
  await page.evaluate(() => {
    window.__longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  await page.locator('.import-panel summary').click();
  const t0 = Date.now();
  await page.locator('.import-panel input[type=file]').setInputFiles(c.file);
  await page.waitForSelector('.mapping-table', { timeout: 600_000 });
  const read = Date.now() - t0;
  const t1 = Date.now();
  await page.getByRole('button', { name: 'Kiểm tra' }).click();
  await page.waitForSelector('.import-report', { timeout: 600_000 });
  const checked = Date.now() - t1;
  const accepted = await page.locator('.import-summary').textContent();
  const t2 = Date.now();
  await page.getByRole('button', { name: 'Thêm vào trang' }).click();
  await page.waitForSelector('.kept-sets li', { state: 'attached', timeout: 600_000 });
  // The view redrawn with the data: the next painted frame.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const added = Date.now() - t2;
  const longest = await page.evaluate(() => window.__longest);
  results.push({ name: c.name, rows: c.rows, mb: c.mb, read, checked, added, longest, accepted });
  await context.close();
}
await browser.close();
server.close();
rmSync(dir, { recursive: true, force: true });

const base = results[0];
const ms = (n) => `${n.toLocaleString('en')} ms`;
console.log('==> import of synthetic tidy CSV files (release build, headless Chromium)');
console.log('file                       size      columns shown    report       added      total   × 63 rows  rows/s      longest main-thread task');
for (const r of results) {
  const total = r.read + r.checked + r.added;
  const ratio = total / (base.read + base.checked + base.added);
  console.log(`${r.name.padEnd(26)} ${`${r.mb.toFixed(1)} MB`.padStart(8)} ${ms(r.read).padStart(12)} ${ms(r.checked).padStart(11)} ${ms(r.added).padStart(11)} ${ms(total).padStart(10)} ${`${ratio.toFixed(1)}×`.padStart(10)} ${Math.round(r.rows / (total / 1000)).toLocaleString('en').padStart(9)}   ${r.longest.toFixed(0)} ms`);
}
const worst = Math.max(...results.map((r) => r.longest));
console.log(`longest main-thread task over every import: ${worst.toFixed(0)} ms (goal: none over 200 ms)`);
if (jsonFile) writeFileSync(jsonFile, JSON.stringify(results, null, 2));
