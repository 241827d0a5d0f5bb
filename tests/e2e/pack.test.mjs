// The offline copy `sahifa pack` writes (docs/cli.md, "An offline copy"): one HTML file opened
// from file://, every request other than the file itself refused, showing the seed article with
// its fonts, under the page's own Content-Security-Policy; and, when the corpus was packed, how
// long the corpus copy takes to open.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { launch, openPage } from "./support/browser.mjs";

const target = (name) => fileURLToPath(new URL(`../../target/e2e/${name}`, import.meta.url));
const SAMPLE_PACK = target("sample.html");
const CORPUS_PACK = target("corpus.html");
const SEED_TITLE = "متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم";

const noSamplePack = existsSync(SAMPLE_PACK) ? false : "no target/e2e/sample.html: `cargo xtask test` packs the sample";
const noCorpusPack = existsSync(CORPUS_PACK)
  ? false
  : "no target/e2e/corpus.html: `cargo xtask test` packs the corpus when ../shared/corpus is present";

let browser;
before(async () => {
  if (!noSamplePack) browser = await launch();
});
after(async () => browser?.close());

/** Opens a packed file with the network gone: any request but the file's own fails the test,
 * and so does any CSP violation or uncaught error. */
async function openPacked(file) {
  const errors = [];
  const page = await openPage(browser, errors);
  const requests = [];
  page.on("request", (request) => {
    if (request.url() !== pathToFileURL(file).href && !request.url().startsWith("data:")) requests.push(request.url());
  });
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      throw new Error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const started = Date.now();
  await page.goto(pathToFileURL(file).href);
  return { page, errors, requests, started };
}

test("the packed sample opens from file:// with no network and shows the seed article", { skip: noSamplePack }, async () => {
  const { page, errors, requests } = await openPacked(SAMPLE_PACK);
  const link = page.getByRole("region", { name: "المقالات" }).getByRole("link", { name: SEED_TITLE });
  await link.waitFor();
  await link.click();
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  assert.equal(await page.locator(".reader-body p").count(), 16, "every body paragraph of the seed");
  // The Arabic face came from inside the file.
  const fontLoaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].some((f) => f.family.includes("Naskh") && f.status === "loaded");
  });
  assert.ok(fontLoaded, "the Naskh face loads from the packed file");
  // Search works offline too.
  await page.goto(pathToFileURL(SAMPLE_PACK).href + "#/");
  await page.getByRole("searchbox").fill("الحسكه");
  await page.getByRole("region", { name: "المقالات" }).getByRole("link", { name: SEED_TITLE }).waitFor();
  assert.deepEqual(requests, [], "a packed file asks the network for nothing");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the packed corpus opens from file://, timed to its first screen, to search and to a search's answer", { skip: noSamplePack || noCorpusPack }, async () => {
  const { page, errors, requests, started } = await openPacked(CORPUS_PACK);
  await page.getByRole("region", { name: "المقالات" }).getByRole("link").first().waitFor({ timeout: 120_000 });
  const listed = Date.now() - started;
  // The status counts every article once the index is built; a search then counts its hits.
  const status = page.locator(".search-status");
  await page.waitForFunction(() => /\d/.test(document.querySelector(".search-status")?.textContent ?? ""), null, {
    timeout: 120_000,
  });
  const ready = Date.now() - started;
  const all = await status.innerText();
  await page.getByRole("searchbox").fill("الحسكة");
  await page.waitForFunction((before) => {
    const now = document.querySelector(".search-status")?.textContent ?? "";
    return now !== before && /\d/.test(now);
  }, all, { timeout: 120_000 });
  const searched = Date.now() - started;
  console.log(`packed corpus, ms after opening: first screen ${listed}, search ready ${ready}, a search answered ${searched}`);
  assert.deepEqual(requests, []);
  assert.deepEqual(errors, []);
  await page.close();
});
