// The reader's provenance panel, standalone and in an embedded viewer, in each UI language: the
// verification, capture, collector, file hash, archived copies and corrections as a reader finds
// them (by role and name), and the archived copies as links to the archives.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";
import { CSP } from "./support/server.mjs";

const live = session();
const ARTICLE = "/?bundle=fixtures/provenance.json#/article/with-provenance";

async function open(path) {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.goto(live.server.origin + path);
  return { page, errors };
}

test("the standalone reader shows the article's provenance in Arabic", async () => {
  const { page, errors } = await open(ARTICLE);
  const panel = page.getByRole("region", { name: "المصدر والتوثيق" });
  await panel.waitFor();
  const text = await panel.innerText();
  for (const part of ["موضع خلاف", "تنفي جهة رسمية عدد الضحايا", "فريق الرصد", "9f2c0c3a6d1e", "صُحّح اسم الحي"]) {
    assert.ok(text.includes(part), `${part} in ${text}`);
  }
  const wayback = panel.getByRole("link", { name: "Wayback Machine" });
  assert.equal(await wayback.getAttribute("href"), "https://web.archive.org/web/20220131/https://example.org/statement");
  assert.equal(await panel.getByRole("link").count(), 2, "each archived copy is a link");
  assert.deepEqual(errors, []);
  await page.close();
});

test("an embedded viewer in English shows the same provenance in its own words", async () => {
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <script type="module" src="/js/sahifa.js"></script></head><body>
    <sahifa-viewer src="/fixtures/provenance.json" lang="en" view="article:with-provenance"></sahifa-viewer></body></html>`;
  live.server.page("/provenance-host.html", host, CSP);
  const { page, errors } = await open("/provenance-host.html");
  const panel = page.getByRole("region", { name: "Provenance" });
  await panel.waitFor();
  const text = await panel.innerText();
  for (const part of ["Verification", "Disputed", "Collected by", "Archived copies", "Corrections"]) {
    assert.ok(text.includes(part), `${part} in ${text}`);
  }
  await panel.getByRole("link", { name: "archive.today" }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
