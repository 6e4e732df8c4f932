// Prints the size of the built page's files, raw and brotli-compressed (what a
// server with compression sends), for the closing notes of size goals.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

const dir = process.argv[2] ?? 'dist';
const kinds = new Set(['.wasm', '.js', '.css', '.html']);
const rows = readdirSync(dir)
  .filter((name) => kinds.has(extname(name)) && statSync(join(dir, name)).isFile())
  .map((name) => {
    const bytes = readFileSync(join(dir, name));
    const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    return { name, raw: bytes.length, brotli: brotli.length };
  })
  .sort((a, b) => b.raw - a.raw);
const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log('==> release sizes (raw / brotli)');
for (const row of rows) {
  console.log(`${row.name.padEnd(40)} ${kib(row.raw).padStart(11)} / ${kib(row.brotli).padStart(10)}`);
}
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, brotli: t.brotli + r.brotli }), { raw: 0, brotli: 0 });
console.log(`${'total'.padEnd(40)} ${kib(total.raw).padStart(11)} / ${kib(total.brotli).padStart(10)}`);

// What the first chart needs: the page, its stylesheet and the first paint's bundle
// (src/paint/), which draws the linked chart while the app's bundle loads. The goal of
// issue 23 is 150 KiB brotli (stretch: 100).
const GOAL_KIB = 150;
// The import worker's bundle is fetched only when someone opens the import.
const onDemand = (name) => /^import[-_]worker/.test(name);
const firstPaint = (name) => /^first-paint/.test(name) || /\.(html|css)$/.test(name);
const first = rows.filter((r) => firstPaint(r.name)).reduce((t, r) => t + r.brotli, 0);
const page = rows.filter((r) => r.name !== 'sw.js' && !onDemand(r.name)).reduce((t, r) => t + r.brotli, 0);
const importBytes = rows.filter((r) => onDemand(r.name)).reduce((t, r) => t + r.brotli, 0);
console.log(`the import worker (fetched only when the import is opened) needs ${kib(importBytes)} brotli`);
console.log(`the whole page (the first paint and the app) needs ${kib(page)} brotli`);
const over = first / 1024 - GOAL_KIB;
console.log(`first chart (the page and the first paint's bundle) needs ${kib(first)} brotli; goal ≤ ${GOAL_KIB} KiB: ${over > 0 ? `${over.toFixed(1)} KiB over` : 'met'}`);

// The families' data files (PCI, PAPI, GSO values) in data/: each fetched only when a view
// first needs it, never for the first chart of a DTI view.
let dataRows = [];
try {
  dataRows = readdirSync(join(dir, 'data'))
    .filter((name) => name.endsWith('.bin'))
    .map((name) => {
      const bytes = readFileSync(join(dir, 'data', name));
      const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
      return { name, raw: bytes.length, brotli: brotli.length };
    });
} catch {
  // A build without data files.
}
for (const row of dataRows) {
  console.log(`data/${row.name.padEnd(35)} ${kib(row.raw).padStart(11)} / ${kib(row.brotli).padStart(10)} (on demand)`);
}
const dataBrotli = dataRows.reduce((t, r) => t + r.brotli, 0);
console.log(`the data files (fetched when a view needs one) need ${kib(dataBrotli)} brotli in all`);
