// Makes the link preview that chat apps and social sites show beside a shared link
// (`og:image` and `twitter:image` in index.html): a 1200 × 630 PNG of a real chart drawn
// from the app's own data — the map of the DTI ranks of 2022, as the app's SVG download
// draws it (`cargo run --example preview_svg`) — beside the app's name and what it does,
// rendered by headless Chromium. The PNG is committed (assets/og-image.png); run this
// again when the data or the drawing changes.
//   node scripts/og-image.mjs [OUTPUT]
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { launchChromium } from '../tests/e2e/browser.mjs';

export const WIDTH = 1200;
export const HEIGHT = 630;
const output = process.argv[2] ?? 'assets/og-image.png';

const svg = execFileSync('cargo', ['run', '--quiet', '--example', 'preview_svg'], { encoding: 'utf8', maxBuffer: 1 << 26 });
const page = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><style>
  html, body { margin: 0; width: ${WIDTH}px; height: ${HEIGHT}px; overflow: hidden; background: #fff; }
  body { display: flex; align-items: center; font-family: sans-serif; color: #1f2937; }
  .words { flex: 0 0 430px; padding: 0 24px 0 56px; box-sizing: border-box; }
  h1 { font-size: 54px; margin: 0 0 20px; letter-spacing: -1px; }
  p { font-size: 25px; line-height: 1.35; margin: 0 0 16px; }
  .en { color: #5b6573; font-size: 21px; }
  .chart { flex: 1; height: ${HEIGHT}px; display: flex; align-items: center; justify-content: center; border-left: 1px solid #e5e7eb; }
  .chart svg { width: 100%; height: auto; max-height: ${HEIGHT - 16}px; }
</style></head><body>
  <div class="words">
    <h1>CĐS Explorer</h1>
    <p>Chỉ số chuyển đổi số (DTI) của các tỉnh, thành phố Việt Nam: bản đồ, xếp hạng, nguồn của từng số liệu.</p>
    <p class="en" lang="en">Vietnam's provincial digital-transformation (chuyển đổi số) indicators, with a source for every value.</p>
  </div>
  <div class="chart">${svg.replace(/<svg width="(\d+)" height="(\d+)"/, '<svg preserveAspectRatio="xMidYMid meet"')}</div>
</body></html>`;

const browser = await launchChromium();
const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT }, deviceScaleFactor: 1 });
const tab = await context.newPage();
await tab.setContent(page);
const png = await tab.screenshot({ type: 'png', clip: { x: 0, y: 0, width: WIDTH, height: HEIGHT } });
await browser.close();
writeFileSync(output, png);
console.log(`${output}: ${WIDTH} × ${HEIGHT} px, ${(png.length / 1024).toFixed(1)} KiB`);
