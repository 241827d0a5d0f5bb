// MiniSearch 7 in the page: title and body indexed; while typing, every word must match and the last one matches as
// a prefix, which is what sahifa does with the same query.

import MiniSearch from "/node_modules/minisearch/dist/es/index.js";
import { runPeer } from "./peer.mjs";

export function run(options) {
  return runPeer(
    options,
    (documents) => {
      const index = new MiniSearch({ fields: ["title", "body"] });
      index.addAll(documents);
      return index;
    },
    (index, typed) =>
      index.search(typed, { combineWith: "AND", prefix: (_term, i, terms) => i === terms.length - 1 }).length,
  );
}
