// End-to-end journeys against the release dist/ in real Chromium: what a reader does, checked the way a reader sees it (roles, names, visible text).

import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { serve } from "./support/server.mjs";
import { launch, openPage } from "./support/browser.mjs";

const SEED_TITLE = "متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم";

let server;
let browser;
before(async () => {
  server = await serve();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens `path` on the test server; returns the page and the uncaught errors it raises. */
async function open(path) {
  const errors = [];
  const page = await openPage(browser, errors);
  await page.goto(server.origin + path);
  return { page, errors };
}

test("the sample opens: the seed article's title links to a right-to-left reader that survives a reload", async () => {
  const { page, errors } = await open("/");
  const link = page.getByRole("link", { name: SEED_TITLE });
  await link.waitFor();
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  assert.equal(await page.locator("html").getAttribute("lang"), "ar");
  await link.click();
  const heading = page.getByRole("heading", { level: 1, name: SEED_TITLE });
  await heading.waitFor();
  assert.equal(await page.locator("article").evaluate((el) => getComputedStyle(el).direction), "rtl");
  assert.match(page.url(), /#\/article\/e5bda383449404da$/);
  assert.match(await page.title(), /سجن الحسكة/);
  await page.reload();
  await heading.waitFor();
  assert.equal(await page.locator(".reader-body p").count(), 16, "every body paragraph of the seed");
  await page.goBack();
  await page.getByRole("link", { name: SEED_TITLE }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("deep links work under a sub-path without server rewrites", async () => {
  const { page, errors } = await open("/archive/#/article/e5bda383449404da");
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a missing bundle shows an error naming the URL and status, with a retry", async () => {
  const { page } = await open("/?bundle=fixtures/missing.json");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  const text = await alert.innerText();
  assert.match(text, /fixtures\/missing\.json/);
  assert.match(text, /404/);
  await page.getByRole("button", { name: "إعادة المحاولة" }).click();
  await page.getByRole("alert").waitFor();
  await page.close();
});

test("a bundle with one bad article shows the rest and lists the skipped one", async () => {
  const { page, errors } = await open("/?bundle=fixtures/one-bad-article.json");
  await page.getByRole("link", { name: "تقرير عن المياه في الريف" }).waitFor();
  await page.getByRole("link", { name: "Field notes in English" }).waitFor();
  const notice = page.getByRole("note");
  assert.match(await notice.innerText(), /bad-no-title/);
  assert.match(await notice.innerText(), /title/);
  const english = page.locator("li", { hasText: "Field notes in English" });
  assert.equal(await english.getAttribute("dir"), "ltr");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a file that is not JSON names the line and column", async () => {
  const { page } = await open("/?bundle=fixtures/not-json.json");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /line 3, column \d+/);
  await page.close();
});

test("an unknown format version says which was found and which this build reads", async () => {
  const { page } = await open("/?bundle=fixtures/version-2.json");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /version 2.*reads version 1/s);
  await page.close();
});

test("a bundle on another origin is refused unless the deployer allows it", async () => {
  const { page } = await open("/?bundle=" + encodeURIComponent("https://elsewhere.example/articles.json"));
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /elsewhere\.example/);
  assert.equal(await page.getByRole("button", { name: "إعادة المحاولة" }).count(), 0);
  await page.close();
});
