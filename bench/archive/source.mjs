// What the bench needs to know of an archive's source articles (JSON lines): the word most articles hold, typed as the
// worst case of a common query, and the id of the article in the middle, opened from a cold link.

import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

/** Resolves to { articles, frequentWord, middleId }, in one pass over the file. */
export async function readSource(path) {
  const ids = [];
  const articlesWith = new Map();
  for await (const line of createInterface({ input: createReadStream(path) })) {
    if (!line.trim()) continue;
    const article = JSON.parse(line);
    ids.push(article.id);
    // Counted once an article, as postings are: the word that makes the longest list.
    const words = new Set(`${article.title ?? ""} ${article.body ?? ""}`.split(/[^\p{L}\p{N}]+/u));
    for (const word of words) if (word) articlesWith.set(word, (articlesWith.get(word) ?? 0) + 1);
  }
  let frequentWord = null;
  let most = 0;
  for (const [word, n] of articlesWith) if (n > most) [frequentWord, most] = [word, n];
  return { articles: ids.length, frequentWord, middleId: ids[ids.length >> 1] };
}
