// Reading offline, for a page that opted in (<meta name="sahifa-offline" content="keep">): after
// one visit the archive opens and its article reads with the network cut, and once the site
// publishes a newer bundle the reader is told, reads the kept copy meanwhile, and gets the new
// one with one action. A page that did not opt in registers no worker.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";
import { CSP } from "./support/server.mjs";

const live = session();
const distIndex = new URL("../../dist/index.html", import.meta.url);
const sample = new URL("../../static/sample/bundle.json", import.meta.url);
const TITLE = "وثيقة الرصد المحفوظة";
const NEWER_TITLE = "وثيقة الرصد بعد التحديث";

/** The sample bundle with its article retitled, as a centre's new build of it would be. */
async function bundleTitled(title) {
  const bundle = JSON.parse(await readFile(sample, "utf8"));
  bundle.articles[0].title = title;
  delete bundle.integrity;
  return JSON.stringify(bundle);
}

/** The standalone page as a centre that opted in serves it. */
async function optedIn(path) {
  const index = await readFile(distIndex, "utf8");
  const page = index.replace('<meta name="sahifa-offline" content="" />', '<meta name="sahifa-offline" content="keep" />');
  assert.notEqual(page, index, "dist/index.html has the opt-in meta tag to set");
  live.server.page(path, page, CSP);
}

/** Waits until the worker has kept `url` (named relative to the page). */
async function kept(page, url) {
  const inCache = (url) => caches.open("sahifa-offline-v1").then((c) => c.match(new URL(url, location.href).href)).then(Boolean);
  for (let tries = 0; !(await page.evaluate(inCache, url)); tries += 1) {
    assert.ok(tries < 200, `${url} kept within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Waits until the worker has kept the page and everything of this site it loaded. */
async function keptAll(page) {
  const loaded = await page.evaluate(() =>
    performance.getEntriesByType("resource").map((e) => e.name).filter((url) => new URL(url).origin === location.origin));
  for (const url of [page.url().split("#")[0], ...loaded]) await kept(page, url);
  return loaded;
}

test("after one visit the archive opens and reads with the network cut", async () => {
  const published = live.server.versioned("/kept.json", await bundleTitled(TITLE));
  await optedIn("/offline.html");
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.goto(`${live.server.origin}/offline.html?bundle=kept.json`);
  await page.getByRole("link", { name: TITLE }).waitFor();
  const loaded = await keptAll(page);
  for (const file of ["kept.json", "sahifa-web_bg.wasm", "style.css"]) {
    assert.ok(loaded.some((url) => url.endsWith(`/${file}`)), `${file} in ${loaded}`);
  }
  await page.context().setOffline(true);
  await page.reload();
  await page.getByRole("link", { name: TITLE }).click();
  await page.locator("main h1", { hasText: TITLE }).waitFor();
  assert.ok((await page.locator(".reader-body").innerText()).length > 200, "the article's text reads offline");
  assert.equal(await page.locator(".offline-newer").count(), 0, "nothing is newer");
  await page.context().setOffline(false);
  assert.ok(published.requests.length >= 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a newer bundle on the site is announced, the kept one read meanwhile, and one action shows the new", async () => {
  const published = live.server.versioned("/changing.json", await bundleTitled(TITLE));
  await optedIn("/offline-changing.html");
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.goto(`${live.server.origin}/offline-changing.html?bundle=changing.json`);
  await page.getByRole("link", { name: TITLE }).waitFor();
  await kept(page, "changing.json");
  await page.reload();
  await page.getByRole("link", { name: TITLE }).waitFor();
  assert.equal(await page.locator(".offline-newer").count(), 0, "the same version is not announced");
  assert.ok(published.requests.includes(304), `the kept copy was checked without its bytes: ${published.requests}`);

  published.body = await bundleTitled(NEWER_TITLE);
  await page.reload();
  await page.getByRole("link", { name: TITLE }).waitFor();
  const notice = page.getByRole("status").filter({ hasText: "نسخة أحدث" });
  await notice.waitFor();
  await notice.getByRole("button", { name: "اعرض النسخة الأحدث" }).click();
  await page.getByRole("link", { name: NEWER_TITLE }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a page that did not opt in registers no worker", async () => {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.goto(`${live.server.origin}/`);
  await page.locator("main").waitFor();
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
