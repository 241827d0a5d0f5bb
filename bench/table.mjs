// The printed tables: figures in milliseconds and megabytes, and sahifa's ratio to each peer.

import { ROUNDS } from "./engines/measure.mjs";

const ms = (x) => (x == null || Number.isNaN(x) ? "—" : x < 10 ? x.toFixed(2) : x < 100 ? x.toFixed(1) : x.toFixed(0));
const mb = (x) => (x == null ? "—" : (x / 1e6).toFixed(1));
const pair = ({ p50, p95 }) => `${ms(p50)} / ${ms(p95)}`;
const ratio = (a, b) => (a == null || b == null || !b ? "—" : `${(a / b).toFixed(a / b < 0.1 ? 3 : 2)}×`);

/** A markdown table, its columns padded to their widest cell. */
export function print(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => "| " + cells.map((c, i) => String(c).padEnd(widths[i])).join(" | ") + " |";
  console.log(line(header));
  console.log("|" + widths.map((w) => "-".repeat(w + 2)).join("|") + "|");
  for (const row of rows) console.log(line(row));
}

/** An engine's keystrokes when it returns every match: FlexSearch's variant; the others always do. */
const everyMatch = (figures) => figures.variants?.everyMatch ?? figures.keystrokes;

/** Search: sahifa, MiniSearch and FlexSearch on the corpus, and sahifa ÷ each peer. */
export function printSearch({ sahifa, minisearch, flexsearch }) {
  const row = (what, pick, format) => [
    what,
    format(pick(sahifa)),
    format(pick(minisearch)),
    format(pick(flexsearch)),
    ratio(pick(sahifa), pick(minisearch)),
    ratio(pick(sahifa), pick(flexsearch)),
  ];
  console.log(
    `\nSearch on the corpus: ${sahifa.articles} articles, bundle ${mb(sahifa.bundleBytes)} MB, ` +
      `${sahifa.keystrokes.count} keystrokes typed ${ROUNDS} times (each keystroke's median); FlexSearch returns ` +
      `its default 100 results a field, and every match in the "every match" rows, as sahifa and MiniSearch always do\n`,
  );
  print(
    ["figure", "sahifa", "MiniSearch 7", "FlexSearch 0.8", "sahifa ÷ MiniSearch", "sahifa ÷ FlexSearch"],
    [
      row("bytes arrived → searchable (ms)", (f) => f.searchable, ms),
      row("  parse (ms)", (f) => f.parse, ms),
      row("  index build (ms)", (f) => f.build, ms),
      row("keystroke p50 (ms)", (f) => f.keystrokes.p50, ms),
      row("keystroke p95 (ms)", (f) => f.keystrokes.p95, ms),
      row("keystroke max (ms)", (f) => f.keystrokes.max, ms),
      row("keystroke p50, every match (ms)", (f) => everyMatch(f).p50, ms),
      row("keystroke p95, every match (ms)", (f) => everyMatch(f).p95, ms),
      row("keystroke max, every match (ms)", (f) => everyMatch(f).max, ms),
      row("JS heap before the bundle, after gc (MB)", (f) => f.heapBefore, mb),
      row("JS heap after load, after gc (MB)", (f) => f.heapBytes, mb),
      row("wasm memory after load (MB)", (f) => f.wasmBytes, mb),
      row("JS heap + wasm memory (MB)", (f) => f.heapBytes + (f.wasmBytes ?? 0), mb),
    ],
  );
  const loads = (f) => f.loads.map(ms).join(", ");
  console.log(
    `\nLoads (bytes arrived → searchable, ms, each in a fresh context; the table has their median): sahifa ` +
      `${loads(sahifa)}; MiniSearch ${loads(minisearch)}; FlexSearch ${loads(flexsearch)}. sahifa ÷ MiniSearch load ` +
      `by load: ${sahifa.loads.map((s, i) => ratio(s, minisearch.loads[i])).join(", ")}.`,
  );
  console.log(
    `\nsahifa also: wasm compile + instantiate ${ms(sahifa.compile)} ms (before the bytes arrive); ` +
      `index heap ${mb(sahifa.indexBytes)} MB (the core's estimate); memory ÷ bundle ` +
      `${ratio(sahifa.heapBytes + sahifa.wasmBytes, sahifa.bundleBytes)}; wasm memory before the bundle ` +
      `${mb(sahifa.wasmBefore)} MB, after parse_bundle ${mb(sahifa.wasmAfterParse)} MB, after the index ` +
      `${mb(sahifa.wasmBytes)} MB.`,
  );
}

/** Timeline: the core's steps in wasm and the app's repaints, one column a bundle. */
export function printTimeline(columns) {
  const row = (what, pick) => [what, ...columns.map((c) => pick(c))];
  console.log(`\nTimeline\n`);
  print(
    ["figure", ...columns.map((c) => `${c.name} (${c.core.articles} articles)`)],
    [
      row("app: bytes arrived → timeline painted (ms)", (c) => ms(c.app.drawn)),
      row("app: bytes arrived → search ready (ms)", (c) => ms(c.app.searchable)),
      row("app: longest main-thread task meanwhile (ms)", (c) => ms(c.app.longestTask)),
      row("app: wasm memory / JS heap once searchable (MB)", (c) => `${mb(c.app.memory.wasm)} / ${mb(c.app.memory.heap)}`),
      row("app: zoom click → DOM laid out p50 / p95 (ms)", (c) => pair(c.app.zoom.laidOut)),
      row("app: zoom click → next paint p50 / p95 (ms)", (c) => pair(c.app.zoom.painted)),
      row("app: bar click → DOM laid out p50 / p95 (ms)", (c) => pair(c.app.select.laidOut)),
      row("app: bar click → next paint p50 / p95 (ms)", (c) => pair(c.app.select.painted)),
      row("app: no work → next paint / two frames, p50 (ms)", (c) => `${ms(c.app.floor.nextPaint)} / ${ms(c.app.floor.twoFrames)}`),
      row("app: elements in .timeline, at load / most", (c) => `${c.app.atLoad.timeline} / ${c.app.most.timeline}`),
      row("app: elements in the page, at load / most", (c) => `${c.app.atLoad.page} / ${c.app.most.page}`),
      row("core: parse + index in wasm (ms)", (c) => ms(c.core.searchable)),
      row("core: DayCounts + overview (ms)", (c) => ms(c.core.countDays)),
      row("core: zoom + Histogram p95 (ms)", (c) => ms(c.core.zoom.p95)),
      row("core: bar selection → search p95 (ms)", (c) => ms(c.core.select.p95)),
    ],
  );
}
