// Onward's service worker: after one visit the app opens and works with no network.
// Every file of the build is precached under a cache named for the build's content (the
// version below is written in at build time), so a page and its .wasm always come from
// the same build. It only ever talks to this origin, and nothing a person writes passes
// through it: that lives in IndexedDB.
const VERSION = '@ONWARD_VERSION@';
const CACHE = 'onward-' + VERSION;
const FILES = @ONWARD_FILES@;

self.addEventListener('install', (event) => {
  // addAll rejects, and the install with it, if any answer is not OK: a half-deployed or
  // broken build is never cached, and its empty cache is removed again. 'no-cache' asks
  // the host every time (a host with ETags answers "unchanged" without the bytes), so
  // nothing stale from the HTTP cache can slip into this build's cache.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'no-cache' }))))
    .catch((error) => caches.delete(CACHE).then(() => { throw error; })));
});

self.addEventListener('activate', (event) => {
  // Only now, with this version in charge, are the older versions' caches removed.
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('onward-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// A new version waits until the person chooses to restart (see web/start.js).
self.addEventListener('message', (event) => {
  if (event.data === 'restart-with-new-version') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(request, { ignoreSearch: true }))
    .then((hit) => hit || fetch(request)));
});
