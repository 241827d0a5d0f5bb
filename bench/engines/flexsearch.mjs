// FlexSearch 0.8 in the page: a Document index of title and body with `tokenize: "forward"` (prefixes indexed at
// build time, so a half-typed word finds its completions); queries use its default limit of 100 results.

import { Document } from "/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs";
import { runPeer } from "./peer.mjs";

export function run(options) {
  return runPeer(
    options,
    (documents) => {
      const index = new Document({ tokenize: "forward", document: { id: "id", index: ["title", "body"] } });
      for (const document of documents) index.add(document);
      return index;
    },
    (index, typed) => index.search(typed, { merge: true }).length,
  );
}
