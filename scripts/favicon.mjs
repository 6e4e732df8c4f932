// Renders assets/favicon.svg into assets/favicon.png (32 × 32) with the tests' headless
// Chromium, and writes it inline into index.html's icon link. Chromium requests the
// page's icon again on each history write (each change of the view): an inline icon is no
// request (issue 23).
//   node scripts/favicon.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/browser.mjs';

const file = (path) => new URL(`../${path}`, import.meta.url).pathname;
const svg = readFileSync(file('assets/favicon.svg'), 'utf8');
const browser = await launchChromium();
const page = await browser.newPage({ viewport: { width: 32, height: 32 }, deviceScaleFactor: 1 });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="32" height="32" ')}</body></html>`);
const png = await page.screenshot({ omitBackground: true });
await browser.close();
writeFileSync(file('assets/favicon.png'), png);
const html = readFileSync(file('index.html'), 'utf8');
const link = /<link rel="icon" type="image\/png" href="data:image\/png;base64,[^"]*" \/>/;
if (!link.test(html)) throw new Error('index.html has no inline PNG icon link to update');
writeFileSync(file('index.html'), html.replace(link, `<link rel="icon" type="image/png" href="data:image/png;base64,${png.toString('base64')}" />`));
console.log(`assets/favicon.png and index.html's icon written (${png.length} bytes)`);
