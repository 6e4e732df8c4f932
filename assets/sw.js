// CĐS Explorer's service worker: after the first visit the app works offline.
//
// This file is a template. The Trunk post_build hook (scripts/service-worker.mjs) writes
// `sw.js` into the build: a first line `const BUILD = { version, files }` with the files of
// that very build (hashed .wasm, .js, .css, the icon, and "./" for index.html) and a version
// derived from their contents, followed by this file. So each release gets its own cache.
//
// - install: fetch every file of the build into the release's cache, then take over at once
//   (skipWaiting is safe: the page loads all of its files at start-up and never asks for
//   an old hashed file later).
// - activate: delete this app's caches of other releases (for this scope only, so builds
//   hosted under other sub-paths of the same origin keep theirs), then claim open pages.
// - fetch: page navigations go to the network first (revalidating past the HTTP cache) and
//   fall back to the cached index.html,
//   so any link (any query string) opens offline; the build's hashed files come from the
//   cache first; the import worker's files (BUILD.lazy) are cached when first fetched, and
//   so are the families' data files (BUILD.data), which activate also fetches in the
//   background.
//   Anything else is left to the browser, so `trunk serve` never serves a stale
//   development build: a new build has new file names and a new sw.js.
/* global BUILD */
'use strict';

const SCOPE = new URL(self.registration.scope).pathname;
const PREFIX = `cds-explorer:${SCOPE}:`;
const CACHE = PREFIX + BUILD.version;
const INDEX = new URL('./', self.location.href).href; // index.html, next to sw.js
const FILES = new Set(BUILD.files.map((file) => new URL(file, self.location.href).href));
// The import worker's files: cached the first time someone opens the import, not before.
const LAZY = new Set((BUILD.lazy ?? []).map((file) => new URL(file, self.location.href).href));
// The families' data files (PCI, PAPI, GSO values): the page fetches one when a view first
// needs it; the worker fetches the rest in the background once it is active, so that after
// the first visit every indicator opens offline.
const DATA = new Set((BUILD.data ?? []).map((file) => new URL(file, self.location.href).href));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // index.html is revalidated so that it matches this release; hashed files never change.
    await cache.addAll([...FILES].map((url) => new Request(url, { cache: url === INDEX ? 'no-cache' : 'default' })));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names
      .filter((name) => name.startsWith(PREFIX) && name !== CACHE)
      .map((name) => caches.delete(name)));
    await self.clients.claim();
    // In the background: the data files the page has not asked for yet.
    const cache = await caches.open(CACHE);
    for (const url of DATA) {
      if (!(await cache.match(url))) {
        try {
          const response = await fetch(url);
          if (response.ok) await cache.put(url, response);
        } catch {
          // Offline now: the file is fetched (and kept) when a view first needs it.
        }
      }
    }
  })());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  if (request.mode === 'navigate') {
    // The page itself is always revalidated (a host may cache index.html for minutes, and
    // an old page would ask for hashed files that a new release no longer has).
    const fresh = fetch(request.url, { cache: 'no-cache', credentials: 'same-origin', redirect: 'manual' });
    event.respondWith(fresh.catch(async () => {
      const cached = await (await caches.open(CACHE)).match(INDEX);
      return cached ?? Response.error();
    }));
  } else if (FILES.has(request.url)) {
    event.respondWith((async () => {
      const cached = await (await caches.open(CACHE)).match(request);
      return cached ?? fetch(request);
    })());
  } else if (LAZY.has(request.url) || DATA.has(request.url)) {
    event.respondWith((async () => {
      const cache = await caches.open(CACHE);
      const cached = await cache.match(request);
      if (cached) return cached;
      const response = await fetch(request);
      if (response.ok) await cache.put(request, response.clone());
      return response;
    })());
  }
});
