// Trunk's post_build hook (Trunk.toml): finishes a build in $TRUNK_STAGING_DIR (or DIR).
// First the families' data files (scripts/data-files.mjs), the app's start deferred behind the first paint (scripts/priorities.mjs), then the Content Security Policy with the hashes of the page's inline scripts
// (scripts/csp.mjs), the link preview's addresses (scripts/preview.mjs), then the offline service worker, whose version hashes the final files
// (scripts/service-worker.mjs), and on release builds the .br and .gz copies of the files
// for static hosts (scripts/precompress.mjs; after the worker, which does not list them).
//   node scripts/post-build.mjs [DIR]
import { writeContentSecurityPolicy } from './csp.mjs';
import { copyDataFiles } from './data-files.mjs';
import { precompress } from './precompress.mjs';
import { deferApp } from './priorities.mjs';
import { writePreviewAddresses } from './preview.mjs';
import { writeServiceWorker } from './service-worker.mjs';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('usage: node scripts/post-build.mjs DIR (or run as a Trunk hook, with $TRUNK_STAGING_DIR)');
  process.exit(2);
}
const data = copyDataFiles(dir);
console.log(`data files: ${data.names.length} (${data.bytes} bytes) in data/`);
console.log(`the app starts after the first paint (scripts/priorities.mjs): ${deferApp(dir)} preloads removed`);
console.log(`content security policy: ${writeContentSecurityPolicy(dir)}`);
console.log(`link preview: ${writePreviewAddresses(dir, process.env.CDS_SITE_URL)}`);
const { version, files } = writeServiceWorker(dir);
console.log(`service worker: sw.js version ${version}, ${files.length} files cached for offline use`);
// Development builds (trunk serve) skip it: brotli at quality 11 on a debug build is slow.
if (process.env.TRUNK_PROFILE === 'release') {
  console.log(`precompressed ${precompress(dir)} files (.br and .gz beside each)`);
}
