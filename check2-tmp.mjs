import { chromium } from 'playwright-core';
import { serve } from './tests/e2e/server.mjs';
const server = await serve('/tmp/dist-check');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const link of process.argv.slice(2)) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const t0 = Date.now();
  await page.goto(server.url + link);
  await page.waitForSelector(link.includes('profile') ? '.profile-table' : link.includes('coverage') ? 'table' : '.sources-view', { timeout: 60000 });
  console.log(link, Date.now() - t0, 'ms');
  // switch to the line tab and back to time a redraw
  await page.close();
}
await browser.close(); process.exit(0);
