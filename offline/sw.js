// parscore's service worker: keeps the app and its built-in criteria sets in a cache, so that
// after the first visit the app opens with the network off. scripts/offline-build writes the
// version and the file list (Trunk's hashed names) into this file at build time.
//
// An update never interrupts an edit: a new version installs beside the running one and waits
// (no skipWaiting); the browser switches once every parscore tab is closed, on the next visit.

const VERSION = 'unbuilt';
const FILES = [];
// True under `trunk serve`, so that a rebuild shows at once; the cache is then the fallback.
const NETWORK_FIRST = false;
const CACHE = `parscore-${VERSION}`;

self.addEventListener('install', (event) => {
  // 'no-cache': checked with the server, so never a stale copy, yet not downloaded a second
  // time when the page has just fetched it (the wasm).
  const requests = FILES.map((file) => new Request(file, { cache: 'no-cache' }));
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(requests)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name)));
      // Takes only pages no worker controls (the first visit): this version activates after
      // the previous one's pages are gone, so nothing is taken over in the middle of an edit.
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(NETWORK_FIRST ? fromNetwork(request) : fromCache(request));
});

async function fromCache(request) {
  return (await cached(request)) ?? fetch(request);
}

async function fromNetwork(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const response = await cached(request);
    if (response) return response;
    throw error;
  }
}

// The cached copy; any address of the app's page (a query, a fragment) gets the page itself.
async function cached(request) {
  const cache = await caches.open(CACHE);
  const response = await cache.match(request, { ignoreSearch: true });
  if (response || request.mode !== 'navigate') return response;
  return cache.match(self.registration.scope);
}
