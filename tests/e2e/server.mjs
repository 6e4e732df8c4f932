// A static file server for the end-to-end tests: serves a built folder on a free
// loopback port, optionally under a sub-path, with the right content types.
//   serve('dist')                                  → http://127.0.0.1:PORT/
//   serve('dist-subpath', { base: '/cds-explorer/' }) → http://127.0.0.1:PORT/cds-explorer/
// Outside the sub-path every address is a 404 (as on a host that serves other things
// there), and `/cds-explorer` redirects to `/cds-explorer/`. `requests` records each
// request's path and status, so a test can tell what reached the server (and that nothing
// did while the browser was offline).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

/** Content types by file extension (also used by scripts/bench-peers.mjs). */
export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

export async function serve(root, { base = '/' } = {}) {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);
  const requests = [];
  // Links may be long (the app cuts them at 16 KB itself): accept request lines up to 4 MB,
  // as a host must for such links to reach the page at all.
  const server = createServer({ maxHeaderSize: 4 * 1024 * 1024 }, async (request, response) => {
    const reply = (status, headers, body) => {
      requests.push({ path: request.url, status });
      response.writeHead(status, headers);
      response.end(body);
    };
    let path;
    try {
      path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    } catch {
      return reply(400, { 'content-type': 'text/plain' }, 'bad request');
    }
    if (path === base.slice(0, -1)) return reply(301, { location: base }, '');
    if (!path.startsWith(base)) return reply(404, { 'content-type': 'text/plain' }, 'not found');
    const safe = normalize(`/${path.slice(base.length)}`).replace(/^(\.\.[/\\])+/, '');
    const file = safe.endsWith('/') ? join(root, safe, 'index.html') : join(root, safe);
    try {
      const body = await readFile(file);
      reply(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }, body);
    } catch {
      reply(404, { 'content-type': 'text/plain' }, 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () => { server.close(); server.closeAllConnections(); },
  };
}
