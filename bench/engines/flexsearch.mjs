// FlexSearch 0.8 in the page: a Document index of title and body with `tokenize: "forward"` (prefixes indexed at
// build time, so a half-typed word finds its completions). Queries use its default limit of 100 results per field;
// the `everyMatch` variant asks for every match, which is what sahifa and MiniSearch return (a reader's result count
// and later pages need them).

import { Document } from "/node_modules/flexsearch/dist/flexsearch.bundle.module.min.mjs";
import { runPeer } from "./peer.mjs";

export function run(options) {
  // Every match is at most every document.
  let documentCount = 0;
  return runPeer(
    options,
    (documents) => {
      documentCount = documents.length;
      const index = new Document({ tokenize: "forward", document: { id: "id", index: ["title", "body"] } });
      for (const document of documents) index.add(document);
      return index;
    },
    (index, typed) => index.search(typed, { merge: true }).length,
    { everyMatch: (index, typed) => index.search(typed, { merge: true, limit: documentCount }).length },
  );
}
