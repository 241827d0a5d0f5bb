// The archive bench, run by `cargo xtask bench archive` once dist/ and the archives are built: serves them and
// Pagefind's index of the corpus as a CDN would, counting what it sends, and in one headless Chromium on two emulated
// networks times sahifa's journeys on each archive and Pagefind's on the corpus, then prints the tables.
// Figures only: nothing here passes or fails on time.
//
//   node archive.mjs [--quick] [--network fast|slow] [--dist DIR] [--archive NAME DIR SOURCE.jsonl]… [--pagefind SOURCE.jsonl]
//
// `--quick` types three queries instead of every one and `--network` measures one network, for work on the bench
// itself; `--dist DIR` measures another build of the app (another branch's, say) on the same archives.
// `cargo xtask bench archive --quick` passes them through.

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./chromium.mjs";
import { measurePagefind } from "./archive/pagefind.mjs";
import { reportQueries } from "./archive/queries.mjs";
import { measureSahifa } from "./archive/sahifa.mjs";
import { serve } from "./archive/server.mjs";
import { buildSite } from "./archive/site.mjs";
import { readSource } from "./archive/source.mjs";
import { printArchive, printComparison, printQueries } from "./archive/table.mjs";

const repo = fileURLToPath(new URL("../", import.meta.url));
const argv = process.argv.slice(2);
const archives = [];
let pagefindSource = null;
let dist = join(repo, "dist");
for (let i = 0; i < argv.length; i++) {
  if (argv[i] === "--archive") archives.push({ name: argv[++i], dir: argv[++i], source: argv[++i] });
  else if (argv[i] === "--pagefind") pagefindSource = argv[++i];
  else if (argv[i] === "--dist") dist = argv[++i];
}
const quick = argv.includes("--quick");
/** `--network fast` (or slow) measures one network alone, for work on the bench. */
const networks = argv.includes("--network") ? [argv[argv.indexOf("--network") + 1]] : ["fast", "slow"];

const site = join(repo, "target", "bench", "pagefind-site");
const indexed = pagefindSource ? await buildSite(pagefindSource, site) : null;

const mounts = [
  ["/bench/", join(repo, "bench")],
  ["/pf/", site],
  ...archives.map(({ name, dir }) => [`/archives/${name}/`, dir]),
  ["/", dist],
];
const host = await serve(mounts);
const browser = await launch();
try {
  console.log(`Headless Chromium ${browser.version()}; fast: 20 ms round trip, 50 Mbit/s; slow: 300 ms, 700 kbit/s`);
  if (indexed?.indexing) console.log(`Pagefind indexed the corpus's pages in ${(indexed.indexing / 1000).toFixed(1)} s`);
  const all = reportQueries();
  const typedQueries = quick ? all.slice(0, 3) : all;
  // Each archive's tables are printed as soon as it is measured, the corpus's with Pagefind's beside them first.
  const ordered = [...archives].sort((a, b) => (b.source === pagefindSource) - (a.source === pagefindSource));
  for (const archive of ordered) {
    const source = await readSource(archive.source);
    const queries = [...typedQueries, source.frequentWord];
    const runs = {};
    for (const network of networks) {
      const where = {
        name: archive.name,
        url: `${host.origin}/?bundle=/archives/${archive.name}/manifest.json`,
        archivePrefix: `/archives/${archive.name}/`,
        network,
      };
      runs[network] = await measureSahifa(browser, host, where, queries, source.middleId);
    }
    printArchive(archive.name, { ...source, id: source.middleId }, runs);
    if (archive.source === pagefindSource) {
      const pagefind = {};
      for (const network of networks) {
        pagefind[network] = await measurePagefind(browser, host, `${host.origin}/bench/archive/pagefind.html`, network, queries);
      }
      printQueries(runs, pagefind);
      printComparison(runs, pagefind, source.frequentWord);
    }
  }
  if (!pagefindSource) console.log("\nPagefind: skipped, no corpus (../shared/corpus/arabic-news.jsonl is absent)");
} finally {
  await browser.close();
  await host.close();
}
