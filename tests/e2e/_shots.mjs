import { serve } from './server.mjs';
import { launchChromium } from './browser.mjs';
const server = await serve('dist');
const browser = await launchChromium();
const shots = process.argv.slice(2);
for (const spec of shots) {
  const [name, path, width] = spec.split('|');
  const context = await browser.newContext({ viewport: { width: Number(width || 1280), height: 900 } });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', m.text()); });
  await page.goto(server.url + path);
  await page.waitForSelector('#view-panel > *');
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/${name}.png`, fullPage: true });
  await context.close();
}
await browser.close();
server.close();
