// Copies the families' data files (PCI, PAPI, GSO values; written by build.rs into
// $CARGO_TARGET_DIR or target/, folder cds-data/, listed in its files.txt) into the
// site's data/ folder. A step of the Trunk post_build hook (scripts/post-build.mjs): the
// page fetches them when a view first needs one, the service worker keeps them offline.
//   node scripts/data-files.mjs DIR
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The folder build.rs writes the data files into. */
export function dataFolder() {
  return join(process.env.CARGO_TARGET_DIR ?? join(ROOT, 'target'), 'cds-data');
}

/** Copies the listed data files into `dir/data/`; returns their names and total bytes. */
export function copyDataFiles(dir) {
  const folder = dataFolder();
  const list = join(folder, 'files.txt');
  if (!existsSync(list)) {
    throw new Error(`${list} is missing: build.rs writes it (touch assets/data and build again)`);
  }
  const names = readFileSync(list, 'utf8').split('\n').filter(Boolean);
  mkdirSync(join(dir, 'data'), { recursive: true });
  let bytes = 0;
  for (const name of names) {
    if (!/^[a-z0-9-]+\.bin$/.test(name)) throw new Error(`unexpected data file name ${name}`);
    copyFileSync(join(folder, name), join(dir, 'data', name));
    bytes += readFileSync(join(folder, name)).length;
  }
  return { names, bytes };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
  const { names, bytes } = copyDataFiles(dir);
  console.log(`data files: ${names.length} (${bytes} bytes) into ${join(dir, 'data')}`);
}
