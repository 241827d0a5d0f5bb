// The twenty typical queries, read from the archive report (crates/sahifa-core/benches/archive_report.rs) so that
// the counted report and this timed bench type the same words, with one list to change.

import { readFileSync } from "node:fs";

const report = new URL("../../crates/sahifa-core/benches/archive_report.rs", import.meta.url);

/** The `QUERIES` array's string literals, in order. */
export function reportQueries() {
  const source = readFileSync(report, "utf8");
  const list = source.match(/const QUERIES: \[&str; \d+\] = \[([\s\S]*?)\];/);
  if (!list) throw new Error(`no QUERIES array in ${report.pathname}`);
  return [...list[1].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => JSON.parse(`"${m[1]}"`));
}
