// Time limits with a way out (docs/embedding.md, Time limits): a bundle that never answers, one
// that sends part of its body and stalls, an archive file that never comes, each ending in a
// message with a retry within the deployer's limits; and a cancel pressed during a slow load.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";
import { CSP, SAMPLE_ARCHIVE } from "./support/server.mjs";

const live = session();
const dist = (path) => fileURLToPath(new URL(`../../dist/${path}`, import.meta.url));
const SAMPLE = readFileSync(dist("sample/bundle.json"));
const noSample = existsSync(SAMPLE_ARCHIVE) ? false : "no target/e2e/sample-archive: run `cargo xtask test`";

/** Well within what a limit of 2 s, and the one retry of an archive file, take to end; far
 * short of the defaults (30 s, 20 s), so a test passes only on the limits it set. */
const SOON = 12_000;

/** The standalone page as a deployer set it, its limits at `firstByte` and `stall` seconds in
 * its `<meta>`s, served at `path`. */
function pageWithLimits(path, firstByte, stall) {
  const html = readFileSync(dist("index.html"), "utf8");
  const set = html
    .replace('name="sahifa-first-byte-seconds" content="30"', `name="sahifa-first-byte-seconds" content="${firstByte}"`)
    .replace('name="sahifa-stall-seconds" content="20"', `name="sahifa-stall-seconds" content="${stall}"`);
  assert.notEqual(set, html, "index.html has the limits' <meta>s");
  live.server.page(path, set, CSP);
}

async function open(path) {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.goto(live.server.origin + path);
  return { page, errors };
}

test("a bundle that never answers ends, within the page's limit, with what happened and a retry", async () => {
  const hold = live.server.hang("/never/articles.json");
  pageWithLimits("/limits-first-byte.html", 2, 2);
  const { page, errors } = await open("/limits-first-byte.html?bundle=/never/articles.json");
  const alert = page.getByRole("alert");
  await alert.waitFor({ timeout: SOON });
  assert.match(await alert.innerText(), /لم يردّ الخادم خلال ثانيتين/);
  assert.match(await alert.innerText(), /never\/articles\.json/);
  await page.getByRole("button", { name: "إعادة المحاولة" }).click();
  // The retry asks again, and is held to the same limit.
  await page.getByRole("button", { name: "إلغاء التحميل" }).waitFor();
  await alert.waitFor({ timeout: SOON });
  assert.equal(hold.requests, 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a bundle that sends part of its body and stalls ends in an embedded viewer's own limit", async () => {
  const hold = live.server.stall("/stalling/articles.json", SAMPLE, 4_000);
  const host = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <script type="module" src="/js/sahifa.js"></script></head><body>
    <sahifa-viewer src="/stalling/articles.json" lang="en" first-byte-seconds="30" stall-seconds="2"></sahifa-viewer>
    </body></html>`;
  live.server.page("/host-stall.html", host, CSP);
  const { page, errors } = await open("/host-stall.html");
  // The part that came is shown as it came, then the stall ends the wait.
  await page.getByText(/^0\.0 of 0\.\d MB$/).waitFor();
  const alert = page.getByRole("alert");
  await alert.waitFor({ timeout: SOON });
  assert.match(await alert.innerText(), /The download stopped: nothing more arrived for 2 seconds/);
  assert.equal(await page.getByRole("button", { name: "Try again" }).count(), 1);
  assert.equal(hold.requests, 1);
  assert.deepEqual(errors, []);
  await page.close();
});

test("cancel stops a slow load, says so, closes the request, and offers to try again", async () => {
  const hold = live.server.stall("/slow/articles.json", SAMPLE, 4_000);
  const { page, errors } = await open("/?bundle=/slow/articles.json");
  await page.getByText(/^0\.0 من 0\.\d ميغابايت$/).waitFor();
  await page.getByRole("button", { name: "إلغاء التحميل" }).click();
  const status = page.getByRole("status").filter({ has: page.getByRole("heading", { name: "أُلغي التحميل" }) });
  await status.waitFor();
  assert.match(await status.innerText(), /أعد المحاولة لتحميلها من جديد/);
  // The browser gave up the request itself: the AbortController's signal, not only the view.
  for (let waited = 0; hold.aborted < 1 && waited < 5_000; waited += 100) await page.waitForTimeout(100);
  assert.equal(hold.aborted, 1, "the cancelled request was closed");
  await page.getByRole("button", { name: "إعادة المحاولة" }).click();
  await page.getByRole("button", { name: "إلغاء التحميل" }).waitFor();
  assert.equal(hold.requests, 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("an archive file that never comes is retried once, then named with what happened", { skip: noSample }, async () => {
  pageWithLimits("/limits-archive.html", 2, 2);
  const { page, errors } = await open("/limits-archive.html?bundle=sample-archive/manifest.json");
  const link = page.getByRole("region", { name: "المقالات" }).getByRole("link").first();
  await link.waitFor();
  // From now on every file of the archive hangs: the article's own file never comes.
  const held = [];
  await page.route("**/sample-archive/**", (route) => held.push(route.request().url()));
  await link.click();
  const alert = page.getByRole("alert");
  await alert.waitFor({ timeout: SOON });
  assert.match(await alert.innerText(), /لم يردّ الخادم خلال ثانيتين/);
  assert.match(await alert.innerText(), /sample-archive\//);
  const first = held[0];
  assert.equal(held.filter((url) => url === first).length, 2, `one retry of ${first}: ${held}`);
  assert.deepEqual(errors, []);
  await page.close();
});
