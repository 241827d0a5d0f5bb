// The memory the app takes to open a large bundle (`cargo xtask bench memory`): the corpus's articles repeated to
// 30,000 under new ids (about 97 MB), opened in headless Chromium until search is ready; the renderer's most
// resident memory and most anonymous memory, beside the same page on the one-article sample, and the bundle's size.
// Figures only: nothing here passes or fails.

import { existsSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { launch } from "./chromium.mjs";
import { memoryOf, renderers, sampleAnonymous } from "./memory/renderer.mjs";
import { serve } from "./server.mjs";
import { print } from "./table.mjs";
import { instrument } from "./timeline.mjs";

const ARTICLES = 30_000;
const out = fileURLToPath(new URL("../target/bench/", import.meta.url));
const large = `memory-${ARTICLES}.json`;

/** The corpus bundle's articles, repeated under new ids until there are `ARTICLES`. */
function writeLarge() {
  const corpus = JSON.parse(readFileSync(out + "corpus.json", "utf8"));
  const articles = Array.from({ length: ARTICLES }, (_, i) => {
    const article = corpus.articles[i % corpus.articles.length];
    return { ...article, id: `${article.id}-${Math.floor(i / corpus.articles.length)}` };
  });
  writeFileSync(out + large, JSON.stringify({ ...corpus, articles }));
}

/** Opens the app on `bundle` in a browser of its own; its renderer's memory once search is ready. */
async function measure(origin, bundle) {
  const browser = await launch();
  const page = await (await browser.newContext()).newPage();
  await page.addInitScript(instrument);
  const sampler = sampleAnonymous(20);
  await page.goto(`${origin}/index.html${bundle ? `?bundle=${bundle}` : ""}`);
  await page.waitForFunction(() => window.__bench.drawn > 0 && window.__bench.searchable !== null, null, {
    timeout: 600_000,
  });
  // Anything the load left to the collector happens now, as it would while the reader looks at the list.
  await page.waitForTimeout(2_000);
  const inPage = await page.evaluate(() => ({
    wasm: window.__bench.memory?.buffer.byteLength / 1e6,
    heap: performance.memory.usedJSHeapSize / 1e6,
  }));
  const anonymous = sampler.stop();
  const [before] = renderers().map(memoryOf).filter(Boolean).sort((a, b) => b.peak - a.peak);
  // What of it was garbage: collected, given the sweeper a second (V8 frees array buffers after
  // a collection, not during it), collected again.
  const collected = await page.evaluate(async () => {
    globalThis.gc?.();
    await new Promise((done) => setTimeout(done, 1000));
    globalThis.gc?.();
    return performance.memory.usedJSHeapSize / 1e6;
  });
  const [after] = renderers().map(memoryOf).filter(Boolean).sort((a, b) => b.peak - a.peak);
  await browser.close();
  return { ...before, mostAnonymous: anonymous, ...inPage, collected, residentCollected: after.resident };
}

if (!existsSync(out + "corpus.json")) {
  console.log("bench memory: skipped, no target/bench/corpus.json (it is built from ../shared/corpus/, absent here)");
  process.exit(0);
}
if (!existsSync(out + large) || statSync(out + large).mtimeMs < statSync(out + "corpus.json").mtimeMs) writeLarge();
const size = statSync(out + large).size / 1e6;
const host = await serve();
const sample = await measure(host.origin, null);
const loaded = await measure(host.origin, `bundles/${large}`);
await host.close();

const mb = (n) => n.toFixed(1);
console.log(`\nThe app's memory on ${ARTICLES.toLocaleString("en")} articles (${mb(size)} MB), in Chromium's renderer\n`);
print(
  ["figure (MB)", "sample (1 article)", `${ARTICLES.toLocaleString("en")} articles`, "÷ bundle"],
  [
    ["most resident (VmHWM)", mb(sample.peak), mb(loaded.peak), `${(loaded.peak / size).toFixed(2)}×`],
    ["most anonymous, sampled every 20 ms", mb(sample.mostAnonymous), mb(loaded.mostAnonymous), `${(loaded.mostAnonymous / size).toFixed(2)}×`],
    ["resident once searchable", mb(sample.resident), mb(loaded.resident), ""],
    ["wasm memory / JS heap once searchable", `${mb(sample.wasm)} / ${mb(sample.heap)}`, `${mb(loaded.wasm)} / ${mb(loaded.heap)}`, ""],
    ["resident / JS heap after a collection", `${mb(sample.residentCollected)} / ${mb(sample.collected)}`, `${mb(loaded.residentCollected)} / ${mb(loaded.collected)}`, ""],
  ],
);
