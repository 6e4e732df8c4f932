// The link preview's addresses in a built page. index.html names its preview image
// relatively (`og-image.png`), which works wherever the build is hosted but which some
// sites (X/Twitter, some chat apps) do not resolve. Built with CDS_SITE_URL set to the
// address the page will be served at (e.g. https://example.org/cds-explorer/), the
// page gets absolute `og:image`/`twitter:image` addresses and an `og:url`.
//   CDS_SITE_URL=https://example.org/cds-explorer/ trunk build --release
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Rewrites `DIR/index.html` for `siteUrl` (if given); says what it did. */
export function writePreviewAddresses(dir, siteUrl) {
  if (!siteUrl) return 'relative image address (set CDS_SITE_URL for absolute ones)';
  let base;
  try {
    base = new URL(siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`);
  } catch {
    throw new Error(`CDS_SITE_URL is not an address: ${siteUrl}`);
  }
  if (!/^https?:$/.test(base.protocol)) throw new Error(`CDS_SITE_URL must be http(s): ${siteUrl}`);
  const file = join(dir, 'index.html');
  const escaped = base.href.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  const html = readFileSync(file, 'utf8')
    .replace(/(<meta (?:property="og:image"|name="twitter:image") content=")og-image\.png"/g, `$1${escaped}og-image.png"`)
    .replace('<meta property="og:type"', `<meta property="og:url" content="${escaped}" />\n    <meta property="og:type"`);
  writeFileSync(file, html);
  return `absolute addresses under ${base.href}`;
}
