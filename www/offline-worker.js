// The demo page's service worker (registered by demo-offline.js, never by
// the embeddable widget): after the first visit the demo works with the
// network gone. It precaches every file of Arah and of the demo, the lazy
// views too: a reader who goes offline before opening the keyness chart or
// the strategy section should still be able to open them, and those files
// (about 270 KB gzipped, most of it the views' wasm) are fetched once, in the
// background, after the first cloud. The list and the build's version come
// from pkg/offline-files.js, written by `scripts/build.py build`; the browser
// compares that imported script on each update check, so a new build
// installs a new cache and removes the old one.
importScripts('pkg/offline-files.js');

const CACHE = `arah-${self.ARAH_OFFLINE.version}`;

self.addEventListener('install', (event) => {
  // No skipWaiting: a page keeps the files of the build it started with, so
  // a lazily loaded module never comes from a newer build than its page.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(self.ARAH_OFFLINE.files)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('arah-') && name !== CACHE) await caches.delete(name);
    }
    // The first visit's page is controlled at once: its files are this build's.
    await self.clients.claim();
  })());
});

// Cache first: the cached files are exactly this build's; anything else
// (texts a page names itself) goes to the network as usual.
self.addEventListener('fetch', (event) => {
  if (event.request.method !== 'GET') return;
  event.respondWith((async () => {
    const cache = await caches.open(CACHE);
    const cached = await cache.match(event.request, { ignoreSearch: true });
    return cached ?? fetch(event.request);
  })());
});
