// Writes the Content Security Policy into a built page: a <meta http-equiv> first in
// <head>, allowing scripts only from the page's own origin and the inline scripts of that
// very build, each by the SHA-256 of its text (computed here, after Trunk has written
// them; never 'unsafe-inline'). Also gives every stylesheet that carries `integrity` a
// `crossorigin` attribute, so that it loads where the page's origin differs from the
// files' (a sandboxed embed has an opaque origin).
//   node scripts/csp.mjs DIR        (or imported by scripts/post-build.mjs)
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** The policy, given the hashes of the inline scripts. */
export function policy(scriptHashes) {
  const scripts = scriptHashes.map((hash) => `'sha256-${hash}'`).join(' ');
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${scripts}`.trim(),
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** The SHA-256 (base64) of the text of each inline script of `html`, in order. */
export function inlineScriptHashes(html) {
  const hashes = [];
  for (const match of html.matchAll(/<script(\s[^>]*)?>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/.test(attributes)) continue;
    hashes.push(createHash('sha256').update(match[2], 'utf8').digest('base64'));
  }
  return hashes;
}

/** Adds the policy and the stylesheets' crossorigin to `dir/index.html`; returns the policy. */
export function writeContentSecurityPolicy(dir) {
  const file = join(dir, 'index.html');
  let html = readFileSync(file, 'utf8');
  if (html.includes('http-equiv="Content-Security-Policy"')) throw new Error(`${file} already has a policy`);
  html = html.replace(/<link\b(?=[^>]*\brel="stylesheet")(?![^>]*\bcrossorigin)([^>]*\bintegrity="[^"]*")/g,
    '<link crossorigin="anonymous"$1');
  const csp = policy(inlineScriptHashes(html));
  const meta = `<meta http-equiv="Content-Security-Policy" content="${csp}" />`;
  const charset = html.match(/<meta charset="[^"]*"\s*\/?>/);
  if (!charset) throw new Error(`${file} has no <meta charset>: the policy must come right after it`);
  html = html.replace(charset[0], `${charset[0]}\n    ${meta}`);
  writeFileSync(file, html);
  return csp;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/csp.mjs DIR');
    process.exit(2);
  }
  console.log(`content security policy: ${writeContentSecurityPolicy(dir)}`);
}
