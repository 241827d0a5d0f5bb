// Watches the real app from inside the page, installed before it starts: when its first screen is drawn, every text
// its search status shows and when, the reader typing and clicking, the article shown. Clocks are the page's own
// (performance.now(), from the navigation's start), so no round trip to the driver is in a figure.

/** Runs in the page (serialized by addInitScript): keep it self-contained. */
export function probe() {
  const bench = { firstScreen: null, status: [], rowsIn: [], lastInput: null, click: null, article: null };
  window.__bench = bench;
  let shown = null;
  let rowsWereIn = false;
  const look = () => {
    const now = performance.now();
    // The first screen: the list's first entry with its row in (not its loading placeholder) and the timeline's bars.
    if (bench.firstScreen === null) {
      const first = document.querySelector(".entries > li");
      if (first && !first.classList.contains("entry-loading") && first.querySelector(".entry-title")) {
        if (document.querySelector(".timeline .tl-bar")) bench.firstScreen = now;
      }
    }
    const status = document.querySelector(".search-status");
    const text = status ? status.textContent.trim() : null;
    if (text !== shown) {
      shown = text;
      bench.status.push({ t: now, text });
    }
    // The list's first page (20 rows) with every row in: each time it comes in after rows were on their way.
    const rows = [...document.querySelectorAll(".entries > li")].slice(0, 20);
    const rowsIn = rows.length > 0 && rows.every((li) => !li.classList.contains("entry-loading"));
    if (rowsIn && !rowsWereIn) bench.rowsIn.push(now);
    rowsWereIn = rowsIn;
    if (bench.article === null && document.querySelector(".reader-body p")) bench.article = now;
    if (bench.article !== null && !document.querySelector(".reader-body p")) bench.article = null;
  };
  new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  // Capture: the clock starts before any of the app's own handlers run.
  addEventListener("input", () => (bench.lastInput = performance.now()), true);
  addEventListener("click", () => (bench.click = performance.now()), true);
}

/** The app's in-progress status texts (loading, preparing, searching) all begin so, in Arabic. */
export const IN_PROGRESS = "جارٍ";

/**
 * Waits for the status to settle after the reader's last act at `since` (page clock): the page has had no request in
 * flight for `ms`, and the status shows a count, not a search on its way. Resolves to { at, text }, `at` being when the
 * status last changed after `since` (or `since` itself, when it never needed to change), and `rows` when the list's
 * first page last had every row in (the status can be final while rows are still on their way).
 */
export async function settled(tab, since, ms = 1000) {
  let seen = [];
  // Bounded by time, not by tries: a page that has fetched nothing for `ms` passes `quiet` at once, and a search
  // waiting for typing to pause (300 ms, before any request) would otherwise use up every try within that pause.
  const until = Date.now() + 120_000;
  while (Date.now() < until) {
    await tab.quiet(ms);
    await new Promise((wait) => setTimeout(wait, 50));
    const { status, rowsIn } = await tab.page.evaluate(() => window.__bench);
    seen = status.slice(-4);
    const last = status.at(-1);
    if (last && last.text && !last.text.startsWith(IN_PROGRESS)) {
      const after = status.filter((s) => s.t >= since);
      const at = after.length ? after.at(-1).t : since;
      // The final results' rows cannot be in before the results: when they came from the cache with them, the
      // list never showed a row on its way, and the rows were in when the count was.
      const rows = rowsIn.filter((t) => t >= since);
      return { at, text: last.text, rows: Math.max(at, rows.length ? rows.at(-1) : since) };
    }
  }
  const box = await tab.page.locator("#search-query").inputValue().catch(() => "?");
  const now = await tab.page.locator(".search-status").innerText().catch(() => "?");
  throw new Error(
    `the search status never settled: the box holds ${JSON.stringify(box)}, the status showed ${JSON.stringify(seen)} and shows ${JSON.stringify(now)}`,
  );
}
