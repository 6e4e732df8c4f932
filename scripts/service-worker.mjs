// Writes the service worker `sw.js` into a built site, listing the files of that very
// build. Trunk runs it after each build (`[[hooks]] stage = "post_build"` in Trunk.toml),
// with the finished files in $TRUNK_STAGING_DIR; it can also be run on a built folder:
//   node scripts/service-worker.mjs [dir]      (default: $TRUNK_STAGING_DIR)
// sw.js = a first line `const BUILD = { version, files }` + the template assets/sw.js.
// `files` are paths relative to sw.js (index.html becomes "./", the page's own address), so
// the same worker works under any --public-url. `version` is a hash of every file's name and
// content and of the template, so a new release (or a new worker) gets a new cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const TEMPLATE = join(dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'sw.js');
const OUTPUT = 'sw.js';
/** The link preview image (index.html's og:image): for chat apps, never used by the page. */
export const PREVIEW = 'og-image.png';

/** Every file under `dir` (no hidden ones), as sorted '/'-separated relative paths. */
function listFiles(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(path, root);
      return entry.isFile() ? [relative(root, path).split(sep).join('/')] : [];
    })
    .sort();
}

/** Files of the import worker, loaded on demand (src/app/import_worker.rs). */
export const ON_DEMAND = /^import[-_]worker/;

/** The families' data files, which the page fetches when a view needs one. */
export const DATA = /^data\/[a-z0-9-]+\.bin$/;

/** Writes `dir/sw.js` for the build in `dir`; returns its version and file list. */
export function writeServiceWorker(dir) {
  const template = readFileSync(TEMPLATE, 'utf8');
  // Not the worker itself, nor the .br and .gz copies a host serves in the files' place.
  // Not the .br and .gz copies for hosts, nor the link preview (for chat apps, not the page).
  const names = listFiles(dir).filter((name) => name !== OUTPUT && name !== PREVIEW && !/\.(br|gz)$/.test(name));
  if (!names.includes('index.html')) throw new Error(`no index.html in ${dir}`);
  const hash = createHash('sha256').update(template);
  for (const name of names) {
    hash.update(`\0${name}\0`).update(createHash('sha256').update(readFileSync(join(dir, name))).digest());
  }
  const version = hash.digest('hex').slice(0, 16);
  // The import worker's bundle is fetched only by someone who opens the import: it is
  // cached when first fetched, never ahead (ON_DEMAND).
  const lazy = names.filter((name) => ON_DEMAND.test(name));
  // The families' data files (PCI, PAPI, GSO): fetched by the worker in the background
  // once it is active, so that after the first visit every indicator opens offline.
  const data = names.filter((name) => DATA.test(name));
  const files = names
    .filter((name) => !ON_DEMAND.test(name) && !DATA.test(name))
    .map((name) => (name === 'index.html' ? './' : name));
  const build = JSON.stringify({ version, files, lazy, data });
  writeFileSync(join(dir, OUTPUT), `const BUILD = ${build}; // written by scripts/service-worker.mjs\n${template}`);
  return { version, files };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  if (!dir) {
    console.error('usage: node scripts/service-worker.mjs DIR (or run as a Trunk hook, with $TRUNK_STAGING_DIR)');
    process.exit(2);
  }
  const { version, files } = writeServiceWorker(dir);
  console.log(`service worker: ${OUTPUT} version ${version}, ${files.length} files cached for offline use`);
}
