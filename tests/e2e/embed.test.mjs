// Embedding journeys: the example host page (hostile CSS, strict CSP) with two <sahifa-viewer>s,
// their separate state in the host's URL, a missing src, removal, and the iframe mode; and the
// snippets in docs/embedding.md are the ones these pages use.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { serve } from "./support/server.mjs";
import { goBack, openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";

const SEED_TITLE = "متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم";
const repo = new URL("../../", import.meta.url);

const live = session();

/** The host page with its two viewers rendered; returns the page, its errors and the viewers. */
async function openHost(path = "/examples/embed/") {
  const errors = [];
  const page = await openPage(live.browser, errors);
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  await page.goto(live.server.origin + path);
  const reports = page.locator("#reports");
  const field = page.locator("#field");
  await reports.getByRole("link", { name: SEED_TITLE }).first().waitFor();
  await field.getByRole("region", { name: "المقالات" }).getByRole("link", { name: "تقرير عن المياه في الريف" }).waitFor();
  return { page, errors, reports, field };
}

test("two viewers render right to left inside a hostile host page under a strict CSP", async () => {
  const { page, errors, reports, field } = await openHost();
  for (const viewer of [reports, field]) {
    const root = viewer.locator(".page");
    assert.equal(await root.evaluate((el) => getComputedStyle(el).direction), "rtl");
    // The host's `* { font-size: 22px }`, `html { font-size: 40px }` and uppercase do not reach in.
    assert.equal(await root.evaluate((el) => getComputedStyle(el).fontSize), "16px");
    assert.equal(await root.evaluate((el) => getComputedStyle(el).letterSpacing), "normal");
  }
  // The viewer's styles do not leak out: the host's own elements keep the host's look.
  const hostHeading = page.locator("#host-header h1");
  assert.equal(await hostHeading.evaluate((el) => getComputedStyle(el).fontSize), "60px");
  assert.equal(await page.locator("#host-link").evaluate((el) => getComputedStyle(el).color), "rgb(255, 0, 0)");
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(await page.title(), "A centre's own site");
  // The fixed-height viewer scrolls inside its own box.
  assert.equal(await field.evaluate((el) => el.getBoundingClientRect().height), 700);
  assert.deepEqual(errors, []);
  await page.close();
});

test("each viewer keeps its own state in its own URL parameter, never the host's path, and both survive a reload", async () => {
  const { page, errors, reports, field } = await openHost();
  await reports.getByRole("searchbox").pressSequentially("الحسكه");
  await reports.getByRole("status").filter({ hasText: "نتيجة واحدة" }).waitFor();
  await field.getByRole("group", { name: "اللغة" }).getByRole("checkbox", { name: /^الإنجليزية/ }).check();
  await field.getByRole("status").filter({ hasText: "نتيجة واحدة" }).waitFor();
  await page.waitForURL((url) => url.searchParams.has("sahifa-reports") && url.searchParams.has("sahifa-field"));
  const url = new URL(page.url());
  assert.equal(url.pathname, "/examples/embed/");
  assert.match(url.searchParams.get("sahifa-reports"), /q=/);
  assert.match(url.searchParams.get("sahifa-field"), /lang=en/);
  await page.reload();
  await reports.getByRole("status").filter({ hasText: "نتيجة واحدة" }).waitFor();
  assert.equal(await reports.getByRole("searchbox").inputValue(), "الحسكه");
  await field.getByRole("status").filter({ hasText: "نتيجة واحدة" }).waitFor();
  // Opening an article in one viewer leaves the other where it was.
  await reports.getByRole("region", { name: "المقالات" }).getByRole("link", { name: SEED_TITLE }).click();
  await reports.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  assert.equal(await field.getByRole("status").filter({ hasText: "نتيجة واحدة" }).count(), 1);
  await goBack(page);
  await reports.getByRole("searchbox").waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a viewer without src says so in its own box, and a removed viewer leaves the page working", async () => {
  const { page, errors } = await openHost();
  await page.evaluate(() => {
    const empty = document.createElement("sahifa-viewer");
    empty.id = "empty";
    document.querySelector("main").append(empty);
  });
  await page.locator("#empty").getByRole("alert").filter({ hasText: "src" }).waitFor();
  await page.evaluate(() => document.querySelector("#reports").remove());
  // History steps after the removal reach no listener of the removed viewer.
  await page.evaluate(() => {
    history.pushState(null, "", "?sahifa-reports=%2Farticle%2Fx");
    dispatchEvent(new PopStateEvent("popstate"));
  });
  await page.locator("#host-link").click();
  assert.equal(await page.locator("#reports").count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a viewer's error view acts on that viewer alone: nothing in it navigates the host page", async () => {
  const { page, errors } = await openHost("/examples/embed/?host=kept");
  await page.evaluate(() => {
    const broken = document.createElement("sahifa-viewer");
    broken.id = "broken";
    broken.setAttribute("src", "/fixtures/missing.json");
    document.querySelector("main").append(broken);
  });
  const alert = page.locator("#broken").getByRole("alert");
  await alert.filter({ hasText: "404" }).waitFor();
  const before = page.url();
  // A link in a shadow root navigates the host page: the standalone page's "open the sample"
  // (`href="?"`) dropped the host's query and every other viewer's state.
  const links = await alert.getByRole("link").evaluateAll((all) => all.map((a) => a.getAttribute("href")));
  assert.deepEqual(links, [], "links in the error view would navigate the host page");
  // The retry acts on this viewer alone.
  await alert.getByRole("button", { name: "إعادة المحاولة" }).click();
  await alert.filter({ hasText: "404" }).waitFor();
  assert.equal(page.url(), before);
  await page.locator("#reports").getByRole("link", { name: SEED_TITLE }).first().waitFor();
  assert.equal(errors.filter((e) => !/404/.test(e)).length, 0, errors.join("\n"));
  await page.close();
});

test("changing an attribute updates the viewer", async () => {
  const { page, errors, field } = await openHost();
  await page.evaluate(() => (document.querySelector("#field").src = "/archive/sample/bundle.json"));
  await field.getByRole("region", { name: "المقالات" }).getByRole("link", { name: SEED_TITLE }).waitFor();
  await page.evaluate(() => document.querySelector("#field").setAttribute("lang", "en"));
  await field.getByRole("region", { name: "Articles", exact: true }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("the iframe mode grows the frame to the reader's height", async () => {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.goto(live.server.origin + "/examples/iframe/");
  const frame = page.frameLocator("#sahifa-frame");
  await frame.getByRole("link", { name: SEED_TITLE }).first().waitFor();
  await page.waitForFunction(() => document.getElementById("sahifa-frame").getBoundingClientRect().height !== 600);
  const shown = await page.locator("#sahifa-frame").evaluate((el) => el.getBoundingClientRect().height);
  const content = await frame.locator("html").evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
  assert.equal(shown, content);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the snippets in docs/embedding.md are the ones the example pages use", () => {
  const docs = readFileSync(new URL("docs/embedding.md", repo), "utf8");
  const marked = /<!-- snippet: ([\w-]+) -->\n([\s\S]*?)\n\s*<!-- \/snippet -->/g;
  let count = 0;
  for (const example of ["examples/embed/index.html", "examples/iframe/index.html"]) {
    const page = readFileSync(new URL(example, repo), "utf8");
    for (const [, name, body] of page.matchAll(marked)) {
      const snippet = body.replace(/^ {4,6}/gm, "").trim();
      assert.ok(docs.includes(snippet), `docs/embedding.md must show the "${name}" snippet of ${example}:\n${snippet}`);
      count += 1;
    }
  }
  assert.equal(count, 4);
});

test("the script, the wasm and the bundle can come from another origin (a CDN)", async () => {
  // A second server stands for the CDN, with the CORS header docs/embedding.md asks for.
  const cdn = await serve({ cors: true });
  const errors = [];
  const page = await openPage(live.browser, errors);
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  const host = "/cross-origin-host.html";
  live.server.page(
    host,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
      <script type="module" src="${cdn.origin}/archive/js/sahifa.js"></script></head>
      <body><sahifa-viewer id="far" src="${cdn.origin}/archive/sample/bundle.json"></sahifa-viewer></body></html>`,
    `script-src 'self' ${cdn.origin} 'wasm-unsafe-eval'; style-src 'self' ${cdn.origin}`,
  );
  await page.goto(live.server.origin + host);
  await page.locator("#far").getByRole("region", { name: "المقالات", exact: true }).getByRole("link", { name: SEED_TITLE }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
  await cdn.close();
});
