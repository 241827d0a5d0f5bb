// The corpus as a website for Pagefind to index: one right-to-left Arabic HTML page per article, written into
// target/bench/pagefind-site/, then Pagefind's own CLI run over it. Done again only when the corpus is newer.
//
// Pagefind (npm "pagefind", pinned to 1.5.x in package.json) is the peer the targets name: the static search
// most sites use. It installs its Linux binary as an npm package (@pagefind/linux-x64) and is never shipped.

import { createReadStream, existsSync, mkdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createInterface } from "node:readline";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const bench = fileURLToPath(new URL("../", import.meta.url));

const escape = (text) =>
  String(text ?? "").replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** One article as a news site would publish it: a title, its source and date, its paragraphs. */
function page(article) {
  const paragraphs = String(article.body ?? "")
    .split(/\n\s*\n/)
    .map((p) => `<p>${escape(p.trim())}</p>`)
    .join("\n");
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>${escape(article.title)}</title></head>
<body><main>
<h1>${escape(article.title)}</h1>
<p>${escape(article.source)} · <time>${escape(article.published)}</time></p>
${paragraphs}
</main></body>
</html>
`;
}

/** Writes the site from the corpus's JSON lines and indexes it; resolves to the site's folder and how long indexing took. */
export async function buildSite(corpus, site) {
  const index = join(site, "pagefind", "pagefind-entry.json");
  if (existsSync(index) && statSync(index).mtimeMs > statSync(corpus).mtimeMs) return { site, indexing: null };
  rmSync(site, { recursive: true, force: true });
  mkdirSync(join(site, "a"), { recursive: true });
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(corpus) })) {
    if (!line.trim()) continue;
    writeFileSync(join(site, "a", `${n++}.html`), page(JSON.parse(line)));
  }
  process.stderr.write(`bench: ${n} pages written; Pagefind indexing them…\n`);
  const started = Date.now();
  const run = spawnSync(join(bench, "node_modules", ".bin", "pagefind"), ["--site", site], { stdio: "inherit" });
  if (run.status !== 0) throw new Error(`pagefind --site ${site} failed (${run.status ?? run.signal})`);
  return { site, indexing: Date.now() - started };
}
