// The opt-in service worker (docs/embedding.md, "Reading offline"): it keeps the app, its fonts
// and the bundle or archive files the reader has opened, serves them from its cache so the
// archive reads with no network, and tells the page when the site has a newer version of one.
// It lives at the root of dist/ because a worker controls only the pages under its own folder.

const CACHE = "sahifa-offline-v1";

self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(self.clients.claim()));

/** Only what the cache can answer as the server would: whole same-origin GETs. A range request
 * (a download resumed after a dropped connection) goes to the network as it came. */
function kept(request) {
  return (
    request.method === "GET" &&
    new URL(request.url).origin === self.location.origin &&
    !request.headers.has("range")
  );
}

/** The version a response names, to tell an update from the same file sent again. */
function version(response) {
  const { headers } = response;
  return headers.get("etag") ?? headers.get("last-modified") ?? headers.get("content-length");
}

/** Asks the server whether `cached` is still current (a conditional request, so an unchanged
 * bundle costs a 304, not its bytes again); keeps a newer answer and tells the pages. */
async function revalidate(request, cached) {
  const headers = new Headers();
  const etag = cached.headers.get("etag");
  const modified = cached.headers.get("last-modified");
  if (etag) headers.set("if-none-match", etag);
  if (modified) headers.set("if-modified-since", modified);
  const fresh = await fetch(request.url, { headers, cache: "no-store" });
  if (fresh.status !== 200 || version(fresh) === version(cached)) return;
  const cache = await caches.open(CACHE);
  await cache.put(request.url, fresh);
  const pages = await self.clients.matchAll({ type: "window" });
  for (const page of pages) page.postMessage({ sahifa: "newer", url: request.url });
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (!kept(request)) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      const cached = await cache.match(request.url);
      if (cached) {
        // Offline, the check fails and the kept copy is the answer.
        event.waitUntil(revalidate(request, cached).catch(() => {}));
        return cached;
      }
      const response = await fetch(request);
      if (response.status === 200 && response.type === "basic") {
        event.waitUntil(cache.put(request.url, response.clone()).catch(() => {}));
      }
      return response;
    })(),
  );
});

// The page names what it loaded before this worker controlled it (its address, the app's
// files, the bundle once downloaded): each is kept unless it already is.
self.addEventListener("message", (event) => {
  const urls = event.data?.sahifaKeep;
  if (!Array.isArray(urls)) return;
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      for (const url of urls) {
        if (typeof url !== "string" || new URL(url).origin !== self.location.origin) continue;
        if (await cache.match(url)) continue;
        const response = await fetch(url).catch(() => null);
        if (response?.status === 200) await cache.put(url, response);
      }
    })(),
  );
});
