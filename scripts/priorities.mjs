// Gives the first paint the network first (issue 23): Trunk's start of the app — a module
// script that imports the app's glue and fetches its wasm at once — is rewritten to wait
// for `window.cdsFirstPaint` (assets/first-paint-loader.js: the linked chart painted, or
// at most 3 s), and the app's preloads are removed, so that on a slow connection the
// bytes that arrive first are those that draw the chart.
//   node scripts/priorities.mjs DIR        (or imported by scripts/post-build.mjs)
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Defers the app's start in `dir/index.html`; returns how many preloads it removed. */
export function deferApp(dir) {
  const file = join(dir, 'index.html');
  let html = readFileSync(file, 'utf8');
  const start = /import init, \* as bindings from '([^']+)';/;
  const found = html.match(start);
  if (!found) throw new Error(`${file}: Trunk's start of the app was not found; update scripts/priorities.mjs`);
  html = html.replace(start, `const bindings = await (window.cdsFirstPaint ?? Promise.resolve()).then(() => import('${found[1]}'));\nconst init = bindings.default;`);
  let removed = 0;
  html = html.replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*\bhref="[^"]*\/cds-explorer-[0-9a-f]+(?:_bg\.wasm|\.js)"[^>]*>\s*/g, () => {
    removed += 1;
    return '';
  });
  writeFileSync(file, html);
  return removed;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/priorities.mjs DIR');
    process.exit(2);
  }
  console.log(`the app starts after the first paint; ${deferApp(dir)} preloads removed`);
}
