// sahifa in the page: the bench wasm module (crates/sahifa-bench-wasm) loads the bundle's bytes, builds the index,
// answers each keystroke, and runs the timeline's core steps.

import init, { load, memory_bytes } from "/pkg/sahifa_bench_wasm.js";
import { fetchBytes, heapAfterGc, summary, typeQueries } from "./measure.mjs";

/** Timeline steps timed on the core alone: half zooms in and half out, so the view stays put. */
const STEPS = 30;

/**
 * Fetches and loads the bundle, timed from the moment its bytes have arrived; only the handle is kept.
 * The bytes stay in JS: the module reads them through its parser's window, as the app reads its download.
 */
async function loadBundle(url) {
  const bytes = await fetchBytes(url);
  const start = performance.now();
  const handle = load(bytes);
  return { handle, searchable: performance.now() - start, bundleBytes: bytes.length };
}

export async function run({ bundle, queries }) {
  const compileStart = performance.now();
  await init();
  const compile = performance.now() - compileStart;
  const heapBefore = await heapAfterGc();
  const wasmBefore = memory_bytes();

  const { handle, searchable, bundleBytes } = await loadBundle(bundle);
  // The handle must outlive the heap measurement, as it would in the app.
  globalThis.sahifaHandle = handle;

  const keystrokes = queries.length ? summary(typeQueries(queries, (q) => handle.search(q))) : null;
  const figures = {
    articles: handle.articles(),
    bundleBytes,
    compile,
    searchable,
    parse: handle.parse_ms(),
    build: handle.index_ms(),
    indexBytes: handle.index_bytes(),
    heapBefore,
    wasmBefore,
    wasmAfterParse: handle.memory_after_parse(),
    keystrokes,
    wasmBytes: memory_bytes(),
    heapBytes: await heapAfterGc(),
  };

  const countStart = performance.now();
  handle.count_days();
  figures.countDays = performance.now() - countStart;
  const zooms = [];
  const selections = [];
  for (let i = 0; i < STEPS; i++) {
    const zoomStart = performance.now();
    const bars = handle.zoom(i % 2 === 0 ? 2 : 0.5);
    zooms.push(performance.now() - zoomStart);
    const selectStart = performance.now();
    handle.select_bar((i * 7) % Math.max(1, bars));
    selections.push(performance.now() - selectStart);
  }
  figures.zoom = summary(zooms);
  figures.select = summary(selections);
  return figures;
}
