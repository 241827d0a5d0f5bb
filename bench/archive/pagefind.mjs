// Pagefind's journeys, measured as sahifa's are: bytes, requests and time to be ready (its page loaded and
// `pagefind.init()` done), then each query typed letter by letter in a fresh context, to its final results (the
// count and the first 5 results' titles for the whole query), cold and on a second visit with the HTTP cache.

import { openPage } from "./network.mjs";
import { KEY_DELAY } from "./sahifa.mjs";

const count = (taken) => ({ requests: taken.length, bytes: taken.reduce((total, r) => total + r.bytes, 0) });
const bench = (page) => page.evaluate(() => window.__bench);

async function ready(tab, url) {
  await tab.page.goto(url);
  await tab.page.waitForFunction(() => window.__bench?.ready != null, null, { timeout: 180_000 });
  return (await bench(tab.page)).ready;
}

/** Ready, cold then cached; with `query`, the query typed once ready (loaded unthrottled, as for sahifa). */
async function journey(browser, host, url, network, query) {
  const context = await browser.newContext();
  const visits = [];
  for (let i = 0; i < 2; i++) {
    const tab = await openPage(context);
    if (query === undefined) {
      await tab.throttle(network);
      host.take();
      const time = await ready(tab, url);
      visits.push({ time, ...count(host.take()) });
      await tab.quiet(1000);
    } else {
      await tab.unthrottle();
      await ready(tab, url);
      await tab.quiet(500);
      await tab.throttle(network);
      host.take();
      await tab.page.locator("#q").pressSequentially(query, { delay: KEY_DELAY });
      await tab.page.waitForFunction((term) => window.__bench.final?.term === term, query, { timeout: 180_000 });
      await tab.quiet(1000);
      const { lastInput, final } = await bench(tab.page);
      visits.push({ time: final.t - lastInput, text: String(final.count), ...count(host.take()) });
    }
    await tab.page.close();
  }
  await context.close();
  return { cold: visits[0], cached: visits[1] };
}

/** Ready and every query over one network. */
export async function measurePagefind(browser, host, url, network, queries) {
  const log = (what) => process.stderr.write(`bench: Pagefind, ${network}: ${what}\n`);
  log("ready");
  const result = { ready: await journey(browser, host, url, network), queries: [] };
  for (const query of queries) {
    log(`typing ${query}`);
    result.queries.push({ query, ...(await journey(browser, host, url, network, query)) });
  }
  return result;
}
