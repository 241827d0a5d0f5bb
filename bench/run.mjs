// The bench, run by `cargo xtask bench` once the bundles, the bench wasm module and dist/ are built: serves them on
// 127.0.0.1, times sahifa, MiniSearch and FlexSearch one after another in one headless Chromium, then the app's
// timeline on each bundle, and prints the tables. Figures only: nothing here passes or fails on time.

import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch } from "./chromium.mjs";
import { queries } from "./queries.mjs";
import { serve } from "./server.mjs";
import { print as printTable, printSearch, printTimeline } from "./table.mjs";
import { measurePhone, measureTimeline, PHONE_CPU_THROTTLE } from "./timeline.mjs";

const bundles = fileURLToPath(new URL("../target/bench/", import.meta.url));
const haveCorpus = existsSync(bundles + "corpus.json");
/** `--search-only`: the search comparison alone, without the app's timeline (`cargo xtask bench search`). */
const searchOnly = process.argv.includes("--search-only");
/** `--phone-only`: the app's load on the corpus on an emulated phone alone (`cargo xtask bench phone`). */
const phoneOnly = process.argv.includes("--phone-only");

/**
 * How many times each engine loads the corpus, each time in a fresh context; the load rows give the median. The
 * machine is shared: one load each moved sahifa's ratio to MiniSearch between 7.7× and 8.6× from run to run.
 * Only the first load is typed into (the keystrokes are already the median of `ROUNDS`), and the memory figures
 * are the first load's.
 */
const LOADS = 3;

/** The median of a few numbers. */
const median = (values) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1];

/** One engine in a fresh browser context, so no engine's heap or compiled code is counted for another. */
async function runEngine(browser, origin, engine, options) {
  process.stderr.write(`bench: ${engine} on ${options.bundle}…\n`);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/bench/page.html`);
  const figures = await page.evaluate(
    async ({ engine, options }) => (await import(`/bench/engines/${engine}.mjs`)).run(options),
    { engine, options },
  );
  await context.close();
  return figures;
}

/** The app's load on the corpus on an emulated phone, `LOADS` times, each in a fresh context; printed with its spread. */
async function printPhone(browser, origin) {
  const loads = [];
  for (let round = 0; round < LOADS; round++) {
    process.stderr.write(`bench: the app on a phone, load ${round + 1} of ${LOADS}…\n`);
    loads.push(await measurePhone(browser, origin, "/bundles/corpus.json"));
  }
  const cell = (key) => {
    const values = loads.map((load) => load[key]);
    return `${median(values).toFixed(0)} (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;
  };
  console.log(`\nThe app on a phone: the corpus, 390×844 touch, CPU throttled ${PHONE_CPU_THROTTLE}× (median of ${LOADS})\n`);
  printTable(
    ["figure (ms)", "corpus"],
    [
      ["bytes arrived → list and timeline painted", cell("drawn")],
      ["bytes arrived → search ready", cell("searchable")],
      ["longest main-thread task meanwhile", cell("longestTask")],
    ],
  );
}

const { origin, close } = await serve();
const browser = await launch();
try {
  console.log(`Headless Chromium ${browser.version()}`);
  const timeline = [];
  if (phoneOnly) {
    if (haveCorpus) await printPhone(browser, origin);
    else console.log("\nPhone: skipped, no corpus bundle (../shared/corpus/arabic-news.jsonl is absent)");
  } else if (haveCorpus) {
    const options = { bundle: "/bundles/corpus.json", queries };
    const engines = ["sahifa", "minisearch", "flexsearch"];
    const search = {};
    const loads = Object.fromEntries(engines.map((engine) => [engine, []]));
    // Round by round, so that a slow spell of the machine falls on every engine alike.
    for (let round = 0; round < LOADS; round++) {
      for (const engine of engines) {
        const figures = await runEngine(browser, origin, engine, round === 0 ? options : { ...options, queries: [] });
        if (round === 0) search[engine] = figures;
        loads[engine].push(figures);
      }
    }
    for (const engine of engines) {
      const each = loads[engine].map(({ searchable, parse, build }) => ({ searchable, parse, build }));
      for (const figure of ["searchable", "parse", "build"]) {
        search[engine][figure] = median(each.map((figures) => figures[figure]));
      }
      search[engine].loads = each.map((figures) => figures.searchable);
    }
    printSearch(search);
    if (!searchOnly) {
      process.stderr.write("bench: the app's timeline on the corpus…\n");
      timeline.push({ name: "corpus", core: search.sahifa, app: await measureTimeline(browser, origin, options.bundle) });
      await printPhone(browser, origin);
    }
  } else {
    console.log("\nSearch: skipped, no corpus bundle (../shared/corpus/arabic-news.jsonl is absent)");
  }
  if (!searchOnly && !phoneOnly) {
    const synthetic = "/bundles/synthetic.json";
    const core = await runEngine(browser, origin, "sahifa", { bundle: synthetic, queries: [] });
    process.stderr.write("bench: the app's timeline on the synthetic bundle…\n");
    timeline.push({ name: "synthetic", core, app: await measureTimeline(browser, origin, synthetic) });
    printTimeline(timeline);
  }
} finally {
  await browser.close();
  await close();
}
