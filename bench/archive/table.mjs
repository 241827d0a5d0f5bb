// The archive bench's printed tables (markdown, to paste into README): each archive's journeys over both networks,
// cold and on a second visit; the corpus's queries one by one beside Pagefind's; the comparison, as sahifa ÷ Pagefind.

import { print } from "../table.mjs";

const ms = (x) => (x == null ? "—" : x >= 10_000 ? `${(x / 1000).toFixed(1)} s` : `${Math.round(x).toLocaleString("en")} ms`);
const kb = (bytes) => (bytes == null ? "—" : `${(bytes / 1000).toFixed(1)} KB`);
const ratio = (a, b) => (a == null || b == null || !b ? "—" : `${(a / b).toFixed(2)}×`);
const median = (values) => [...values].sort((a, b) => a - b)[(values.length - 1) >> 1];
const max = (values) => Math.max(...values);

const cell = (v) => `${ms(v.time)} · ${v.requests} req · ${kb(v.bytes)}`;
const archiveCell = (v) => `${v.archiveRequests} req · ${kb(v.archiveBytes)}`;

/** Median and max of the typed queries' figures, as one journey-like cell. */
function typed(queries, visit) {
  const each = queries.map((q) => q[visit]);
  const pick = (f) => each.map(f);
  return {
    time: median(pick((v) => v.time)),
    maxTime: max(pick((v) => v.time)),
    rows: each[0].rows === undefined ? null : median(pick((v) => v.rows)),
    maxRows: each[0].rows === undefined ? null : max(pick((v) => v.rows)),
    requests: median(pick((v) => v.requests)),
    bytes: median(pick((v) => v.bytes)),
    maxBytes: max(pick((v) => v.bytes)),
    total: pick((v) => v.bytes).reduce((a, b) => a + b, 0),
  };
}
const typedCell = (t) => `${ms(t.time)} (max ${ms(t.maxTime)}) · ${t.requests} req · ${kb(t.bytes)} (max ${kb(t.maxBytes)})`;

/** One archive: every journey, fast and slow, cold and cached. `runs` is { fast, slow } of measureSahifa's results. */
export function printArchive(name, { articles, frequentWord, id }, runs) {
  console.log(`\n**sahifa, ${name}** (${articles.toLocaleString("en")} articles): time · requests · bytes (gzipped, as served)\n`);
  const nets = Object.keys(runs);
  const header = ["journey", ...nets.flatMap((n) => [`${n}, cold`, `${n}, second visit`])];
  const both = (f) => nets.flatMap((n) => [f(runs[n], "cold"), f(runs[n], "cached")]);
  const typical = (r) => r.queries.filter((q) => q.query !== frequentWord);
  const frequent = (r) => r.queries.find((q) => q.query === frequentWord);
  print(header, [
    ["first screen (list's first entry and timeline drawn), app included", ...both((r, v) => cell(r.firstScreen[v]))],
    ["  of which the archive's files", ...both((r, v) => archiveCell(r.firstScreen[v]))],
    [`${typical(runs[nets[0]]).length} queries typed: median (max) after the last key`, ...both((r, v) => typedCell(typed(typical(r), v)))],
    ["  the same, to the list's first 20 rows in: median (max)", ...both((r, v) => { const t = typed(typical(r), v); return `${ms(t.rows)} (max ${ms(t.maxRows)})`; })],
    [`the most frequent word (${frequentWord}), typed`, ...both((r, v) => cell(frequent(r)[v]))],
    ["an article opened from the list", ...both((r, v) => cell(r.fromList[v]))],
    [`a cold link (#/article/${id}), app included`, ...both((r, v) => cell(r.coldLink[v]))],
    ["  of which the archive's files", ...both((r, v) => archiveCell(r.coldLink[v]))],
    [`a facet ticked, no query (${runs[nets[0]].facet.cold.text})`, ...both((r, v) => cell(r.facet[v]))],
  ]);
}

/** The corpus's queries one by one, cold: sahifa and Pagefind side by side. With one network measured
 * (`--network`), its times alone; the requests and bytes are the fast network's, or the one measured. */
export function printQueries(sahifa, pagefind) {
  const first = sahifa.fast ? "fast" : "slow";
  console.log(`\n**Each query typed letter by letter, cold, corpus** (time after the last key to the final count, ${Object.keys(sahifa).join(" / ")}; requests and bytes on the ${first} network)\n`);
  const times = (runs, i) => Object.values(runs).map((run) => ms(run.queries[i].cold.time)).join(" / ");
  const rows = sahifa[first].queries.map((q, i) => {
    const [sf, pf] = [sahifa[first].queries[i], pagefind[first].queries[i]];
    const [ss, ps] = [sahifa.slow?.queries[i], pagefind.slow?.queries[i]];
    return [
      q.query,
      sf.cold.text,
      times(sahifa, i),
      `${sf.cold.requests} · ${kb(sf.cold.bytes)}`,
      pf.cold.text,
      times(pagefind, i),
      `${pf.cold.requests} · ${kb(pf.cold.bytes)}`,
      ratio(sf.cold.bytes, pf.cold.bytes),
      ss && ps ? ratio(ss.cold.time, ps.cold.time) : "—",
    ];
  });
  print(
    ["query", "sahifa: status", "sahifa: time", "sahifa: req · bytes", "Pagefind: hits", "Pagefind: time", "Pagefind: req · bytes", "bytes ÷", "slow time ÷"],
    rows,
  );
}

/** The comparison on the corpus: sahifa ÷ Pagefind for being ready and for the typical queries. */
export function printComparison(sahifa, pagefind, frequentWord) {
  console.log("\n**sahifa ÷ Pagefind, corpus** (sahifa's first screen includes its app's wasm and JS; Pagefind's page is only its search box)\n");
  const rows = [];
  for (const net of Object.keys(sahifa)) {
    const [s, p] = [sahifa[net], pagefind[net]];
    for (const visit of ["cold", "cached"]) {
      const label = `${net}, ${visit === "cold" ? "cold" : "second visit"}`;
      const [fs, rd] = [s.firstScreen[visit], p.ready[visit]];
      rows.push([`${label}: ready (sahifa: first screen)`, cell(fs), cell(rd), `${ratio(fs.time, rd.time)} time, ${ratio(fs.bytes, rd.bytes)} bytes`]);
      rows.push([`${label}: ready, sahifa's archive files only`, archiveCell(fs), cell(rd), `${ratio(fs.archiveBytes, rd.bytes)} bytes`]);
      const [ts, tp] = [typed(s.queries.filter((q) => q.query !== frequentWord), visit), typed(p.queries.filter((q) => q.query !== frequentWord), visit)];
      rows.push([
        `${label}: a query typed, median (max)`,
        typedCell(ts),
        typedCell(tp),
        `${ratio(ts.time, tp.time)} time, ${ratio(ts.bytes, tp.bytes)} bytes`,
      ]);
      rows.push([`${label}: to results shown (sahifa: 20 rows; Pagefind: 5 titles), median (max)`, `${ms(ts.rows)} (max ${ms(ts.maxRows)})`, `${ms(tp.time)} (max ${ms(tp.maxTime)})`, ratio(ts.rows, tp.time)]);
      rows.push([`${label}: all the queries' bytes, one context each`, kb(ts.total), kb(tp.total), ratio(ts.total, tp.total)]);
      const [fw, pw] = [s.queries.find((q) => q.query === frequentWord), p.queries.find((q) => q.query === frequentWord)];
      if (fw && pw) rows.push([`${label}: ${frequentWord}, typed`, cell(fw[visit]), cell(pw[visit]), `${ratio(fw[visit].time, pw[visit].time)} time, ${ratio(fw[visit].bytes, pw[visit].bytes)} bytes`]);
    }
  }
  print(["figure", "sahifa", "Pagefind 1.5", "sahifa ÷ Pagefind"], rows);
}
