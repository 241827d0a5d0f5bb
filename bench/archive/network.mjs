// The two emulated networks, set through the DevTools protocol, and the browser's own view of what is in flight: the
// throttling happens in the browser after the server has sent, so only the browser knows when a page stops waiting.

/** Round trip in ms, throughput in bytes a second. Upload is not named by the targets: the slow one is a phone's. */
export const networks = {
  fast: { latency: 20, downloadThroughput: 50_000_000 / 8, uploadThroughput: 50_000_000 / 8 },
  slow: { latency: 300, downloadThroughput: 700_000 / 8, uploadThroughput: 700_000 / 8 },
};

/**
 * Opens a page in `context` with a DevTools session on it. Resolves to { page, throttle, unthrottle, quiet }:
 * `throttle(name)` emulates a network from the next request on; `quiet(ms)` resolves once no request of the page
 * has been in flight for `ms` (an answer from the HTTP cache counts as done at once).
 */
export async function openPage(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  // The context's events, not the page's DevTools session: Pagefind searches from a shared worker, whose requests
  // the page's session never sees end. One page is open in a context at a time, so the context's are the page's.
  const pending = new Set();
  let lastActivity = Date.now();
  const start = (request) => {
    pending.add(request);
    lastActivity = Date.now();
  };
  const end = (request) => {
    pending.delete(request);
    lastActivity = Date.now();
  };
  context.on("request", start);
  context.on("requestfinished", end);
  context.on("requestfailed", end);
  page.on("close", () => {
    context.off("request", start);
    context.off("requestfinished", end);
    context.off("requestfailed", end);
  });
  return {
    page,
    throttle: (name) => cdp.send("Network.emulateNetworkConditions", { offline: false, ...networks[name] }),
    unthrottle: () =>
      cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 }),
    // Bounded: a request that never ends would otherwise hold the whole bench.
    async quiet(ms, limit = 120_000) {
      const until = Date.now() + limit;
      while ((pending.size > 0 || Date.now() - lastActivity < ms) && Date.now() < until) {
        await new Promise((done) => setTimeout(done, 50));
      }
    },
  };
}
