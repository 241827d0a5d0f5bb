// sahifa's journeys on a sharded archive, each in a fresh browser context (a cold HTTP cache) and then again in a new
// page of the same context (a second visit, with the cache): the first screen, a query typed as a reader types, an
// article opened from the list and from a cold link, a facet ticked with no query. Each gives its time, its requests
// and bytes as the host counted them, and how many of those were the archive's rather than the app's.

import { openPage } from "./network.mjs";
import { probe, settled } from "./probe.mjs";

/** About five characters a second, as a reader types. */
export const KEY_DELAY = 200;

/** What the host answered for a journey: all of it, and the archive's files alone. */
function count(taken, archivePrefix) {
  const archive = taken.filter((r) => r.path.startsWith(archivePrefix));
  const sum = (list) => list.reduce((total, r) => total + r.bytes, 0);
  return { requests: taken.length, bytes: sum(taken), archiveRequests: archive.length, archiveBytes: sum(archive) };
}

const bench = (page) => page.evaluate(() => window.__bench);

async function firstScreen(tab, url) {
  await tab.page.goto(url);
  await tab.page.waitForFunction(() => window.__bench.firstScreen !== null, null, { timeout: 180_000 });
  return (await bench(tab.page)).firstScreen;
}

/**
 * The journeys that start once the first screen is up: the page loads unthrottled (its own cost is the first-screen
 * journey's), then the network is emulated and the host's count starts from zero.
 */
const afterFirstScreen = {
  async query(tab, query) {
    const box = tab.page.getByRole("searchbox");
    await box.click();
    await box.pressSequentially(query, { delay: KEY_DELAY });
    const { lastInput } = await bench(tab.page);
    const { at, text, rows } = await settled(tab, lastInput);
    return { time: at - lastInput, rows: rows - lastInput, text };
  },
  async fromList(tab) {
    await tab.page.locator(".entries > li .entry-title").first().click();
    await tab.page.waitForFunction(() => window.__bench.article !== null, null, { timeout: 180_000 });
    const { click, article } = await bench(tab.page);
    await tab.quiet(500);
    return { time: article - click };
  },
  async facet(tab) {
    const box = tab.page.locator(".facet-panel .facet input[type=checkbox]").first();
    const label = (await tab.page.locator(".facet-panel .facet label").first().innerText()).replace(/\s+/g, " ").trim();
    await box.click();
    const { click } = await bench(tab.page);
    const { at, text, rows } = await settled(tab, click);
    return { time: at - click, rows: rows - click, text: `${label}: ${text}` };
  },
};

/** One journey, cold and then on a second visit; `act` is an `afterFirstScreen` journey or null for the first screen. */
async function journey(browser, host, { url, archivePrefix, network }, act, ...args) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(probe);
  const visits = [];
  for (const visit of ["cold", "cached"]) {
    const tab = await openPage(context);
    if (act) {
      await tab.unthrottle();
      await firstScreen(tab, url);
      await tab.quiet(500);
      await tab.throttle(network);
      host.take();
      // Each act waits until the page has stopped fetching, so the count holds everything it caused.
      const figures = await act(tab, ...args);
      visits.push({ ...figures, ...count(host.take(), archivePrefix) });
    } else {
      await tab.throttle(network);
      host.take();
      const time = await firstScreen(tab, url);
      visits.push({ time, ...count(host.take(), archivePrefix) });
      await tab.quiet(1000);
    }
    await tab.page.close();
  }
  await context.close();
  return { cold: visits[0], cached: visits[1] };
}

/** A cold link: the page opened at an article's address, timed from the navigation to its body shown. */
async function coldLink(browser, host, { url, archivePrefix, network }, id) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addInitScript(probe);
  const visits = [];
  for (let i = 0; i < 2; i++) {
    const tab = await openPage(context);
    await tab.throttle(network);
    host.take();
    await tab.page.goto(`${url}#/article/${encodeURIComponent(id)}`);
    await tab.page.waitForFunction(() => window.__bench.article !== null, null, { timeout: 180_000 });
    const { article } = await bench(tab.page);
    visits.push({ time: article, ...count(host.take(), archivePrefix) });
    await tab.quiet(1000);
    await tab.page.close();
  }
  await context.close();
  return { cold: visits[0], cached: visits[1] };
}

/**
 * Every journey on one archive over one network. `where` is { url, archivePrefix, network }; `queries` the typed
 * queries (the most frequent word among them); `id` an article's id for the cold link.
 */
export async function measureSahifa(browser, host, where, queries, id) {
  const log = (what) => process.stderr.write(`bench: sahifa, ${where.name}, ${where.network}: ${what}\n`);
  log("first screen");
  const result = { firstScreen: await journey(browser, host, where, null), queries: [] };
  for (const query of queries) {
    log(`typing ${query}`);
    result.queries.push({ query, ...(await journey(browser, host, where, afterFirstScreen.query, query)) });
  }
  log("an article from the list");
  result.fromList = await journey(browser, host, where, afterFirstScreen.fromList);
  log(`a cold link to ${id}`);
  result.coldLink = await coldLink(browser, host, where, id);
  log("a facet, no query");
  result.facet = await journey(browser, host, where, afterFirstScreen.facet);
  return result;
}
