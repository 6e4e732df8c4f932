// Writes a brotli (.br, quality 11) and a gzip (.gz, level 9) copy beside each text and
// wasm file of a built folder, so that a static host can send them as they are (nginx
// `brotli_static on; gzip_static on;`, or the host's equivalent) without compressing on
// each request. Run by scripts/post-build.mjs on release builds; also on its own:
//   node scripts/precompress.mjs DIR
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KINDS = new Set(['.wasm', '.js', '.css', '.html', '.svg', '.bin']);

/** Compresses every file of `dir` (and of its `data/` folder) of the kinds above; returns how many. */
export function precompress(dir) {
  let count = 0;
  const names = readdirSync(dir).map((name) => join(dir, name));
  try {
    names.push(...readdirSync(join(dir, 'data')).map((name) => join(dir, 'data', name)));
  } catch {
    // A build without data files.
  }
  for (const path of names) {
    if (!KINDS.has(extname(path)) || !statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    writeFileSync(`${path}.br`, brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }));
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    count += 1;
  }
  return count;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node scripts/precompress.mjs DIR');
    process.exit(2);
  }
  console.log(`precompressed ${precompress(dir)} files (.br and .gz beside each)`);
}
