// A link pasted in a chat shows a preview: the page carries Open Graph and Twitter tags
// with a title, a description and a 1200 × 630 PNG of a real chart (made by
// scripts/og-image.mjs from the app's own data), served beside the page; a build for a
// known address gets absolute image addresses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, useServedBuild } from './browser.mjs';
import { writePreviewAddresses } from '../../scripts/preview.mjs';

const app = useServedBuild('dist');

/** The width and height in a PNG's header (IHDR). */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG', 'a PNG file');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test('a shared link previews with a title, a description and a 1200 × 630 chart image', async () => {
  const { page, errors, context } = await openApp(app.browser, `${app.url}/?view=ranking&time=2022`);
  const tags = await page.evaluate(() => Object.fromEntries(
    [...document.querySelectorAll('meta[property^="og:"], meta[name^="twitter:"]')]
      .map((meta) => [meta.getAttribute('property') ?? meta.getAttribute('name'), meta.content])));
  assert.match(tags['og:title'], /^CĐS Explorer – Chỉ số chuyển đổi số/);
  assert.ok(tags['og:description'].length > 60, 'a description of what the page holds');
  assert.equal(tags['twitter:card'], 'summary_large_image');
  assert.equal(tags['og:image:width'], '1200');
  assert.equal(tags['og:image:height'], '630');
  assert.ok(tags['og:image:alt'], 'the image is described');
  // The image is served beside the page, as the size the tags say.
  const image = await page.evaluate(async (src) => {
    const response = await fetch(new URL(src, document.baseURI));
    return { status: response.status, type: response.headers.get('content-type'),
      bytes: Array.from(new Uint8Array(await response.arrayBuffer())) };
  }, tags['og:image']);
  assert.equal(image.status, 200);
  assert.equal(image.type, 'image/png');
  const bytes = Buffer.from(image.bytes);
  assert.deepEqual(pngSize(bytes), { width: 1200, height: 630 });
  assert.ok(bytes.length < 300 * 1024, `small enough for chat apps (${bytes.length} bytes)`);
  assert.equal(tags['twitter:image'], tags['og:image']);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a build for a known address names the preview image absolutely', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cds-preview-'));
  cpSync(join('dist', 'index.html'), join(dir, 'index.html'));
  writePreviewAddresses(dir, 'https://example.org/cds-explorer');
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  assert.match(html, /<meta property="og:image" content="https:\/\/example\.org\/cds-explorer\/og-image\.png"/);
  assert.match(html, /<meta name="twitter:image" content="https:\/\/example\.org\/cds-explorer\/og-image\.png"/);
  assert.match(html, /<meta property="og:url" content="https:\/\/example\.org\/cds-explorer\/"/);
  assert.throws(() => writePreviewAddresses(dir, 'javascript:alert(1)'));
});
