// What MiniSearch and FlexSearch share in the page: the bundle's bytes decoded and parsed into the documents they
// index (title and body), timed from the moment the bytes have arrived, and the same typing as sahifa.

import { fetchBytes, heapAfterGc, summary, typeQueries } from "./measure.mjs";

/** Fetches, parses and indexes the bundle, timed from the moment its bytes have arrived; the bytes are not kept. */
async function loadBundle(url, build) {
  const bytes = await fetchBytes(url);
  const start = performance.now();
  const articles = JSON.parse(new TextDecoder().decode(bytes)).articles;
  const documents = articles.map((a, id) => ({ id, title: a.title, body: a.body.join("\n\n") }));
  const parsed = performance.now();
  const index = build(documents);
  const built = performance.now();
  return { articles, index, bundleBytes: bytes.length, searchable: built - start, parse: parsed - start, build: built - parsed };
}

/**
 * Runs one peer: `build(documents)` returns its index, `search(index, typed)` one keystroke's result count, and each
 * of `variants` (name → search function) is typed too, on the same index. The parsed articles stay alive after the
 * build, as a reader needs them to show the hits.
 */
export async function runPeer({ bundle, queries }, build, search, variants = {}) {
  const heapBefore = await heapAfterGc();
  const { articles, index, ...figures } = await loadBundle(bundle, build);
  globalThis.peerState = { articles, index };
  return {
    ...figures,
    articles: articles.length,
    keystrokes: summary(typeQueries(queries, (typed) => search(index, typed))),
    variants: Object.fromEntries(
      Object.entries(variants).map(([name, variant]) => [
        name,
        summary(typeQueries(queries, (typed) => variant(index, typed))),
      ]),
    ),
    heapBefore,
    heapBytes: await heapAfterGc(),
  };
}
