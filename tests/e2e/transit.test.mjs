// Faults in transit (docs/embedding.md, Time limits): a bundle whose connection drops halfway is
// taken up from where it stopped when the server serves ranges, fetched again whole when it does
// not, never mixed with a version of the file that changed in between, and reported with a retry
// when it drops a second time. And a large download, whose chunks are let go as they are read,
// still names the place of an error near its end.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";

const live = session();
const sample = JSON.parse(readFileSync(fileURLToPath(new URL("../../dist/sample/bundle.json", import.meta.url)), "utf8"));

/** A bundle of `count` copies of the seed, each titled with `version` and its number, a day apart:
 * some 200 KB, so that half of it is many chunks, and the version shows in every title. */
function bundleOf(version, count) {
  const articles = Array.from({ length: count }, (_, i) => ({
    ...sample.articles[0],
    id: `${version}-${i + 1}`,
    title: `${version} مقالة ${i + 1}`,
    date: `2022-01-${String(i + 1).padStart(2, "0")}`,
  }));
  // The sample's integrity record covers its own article, not these: a bundle made from it is
  // unsigned, and its articles are the last field, as the broken bundle below needs.
  const { integrity: _sampleRecord, ...unsigned } = sample;
  return Buffer.from(JSON.stringify({ ...unsigned, articles }));
}

const results = (page) => page.getByRole("region", { name: "المقالات" });

/** Opens the app on the flaky bundle at `path`; returns the page and its uncaught errors. */
async function open(path) {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.goto(`${live.server.origin}/?bundle=${path}`);
  return { page, errors };
}

/** The titles the list shows first, newest first. */
async function titles(page) {
  await results(page).getByRole("link").first().waitFor();
  // Text content, not innerText: entries below the fold are not rendered (`content-visibility: auto`).
  return results(page).getByRole("link").allTextContents();
}

test("a download that drops halfway is taken up from where it stopped", async () => {
  const body = bundleOf("الأولى", 30);
  const flaky = live.server.flaky("/drops-once/articles.json", [body]);
  const { page, errors } = await open("/drops-once/articles.json");
  const shown = await titles(page);
  assert.equal(shown[0], "الأولى مقالة 30");
  assert.ok(shown.every((title) => title.startsWith("الأولى مقالة")), shown.join(", "));
  assert.equal(flaky.requests.length, 2);
  assert.equal(flaky.requests[0].range, null);
  assert.match(flaky.requests[1].range ?? "", /^bytes=\d+-$/, "the second request asks for the rest only");
  assert.ok(Number(flaky.requests[1].range.slice(6, -1)) > 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a server that ignores ranges sends the whole file again, and it is read once", async () => {
  const flaky = live.server.flaky("/no-ranges/articles.json", [bundleOf("الأولى", 30)], { ranges: false });
  const { page, errors } = await open("/no-ranges/articles.json");
  const shown = await titles(page);
  assert.equal(shown[0], "الأولى مقالة 30");
  assert.equal(new Set(shown).size, shown.length, "no article twice");
  assert.equal(flaky.requests.length, 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a bundle that changed between the two requests is not mixed: the new version is read whole", async () => {
  const flaky = live.server.flaky("/changed/articles.json", [bundleOf("الأولى", 30), bundleOf("الثانية", 29)]);
  const { page, errors } = await open("/changed/articles.json");
  const shown = await titles(page);
  assert.equal(shown[0], "الثانية مقالة 29");
  assert.ok(shown.every((title) => title.startsWith("الثانية مقالة")), shown.join(", "));
  // The rest was asked for, answered from another version, and the whole file asked for again.
  assert.deepEqual(
    flaky.requests.map((r) => r.range === null),
    [true, false, true],
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test("a download that drops a second time is reported, with a retry that loads it", async () => {
  const flaky = live.server.flaky("/drops-twice/articles.json", [bundleOf("الأولى", 30)], { drops: 2 });
  const { page, errors } = await open("/drops-twice/articles.json");
  const alert = page.getByRole("alert");
  await alert.waitFor();
  assert.match(await alert.innerText(), /انقطاع الاتصال/);
  assert.match(await alert.innerText(), /drops-twice\/articles\.json/);
  assert.equal(flaky.requests.length, 2, "one attempt to take it up, then the report");
  await page.getByRole("button", { name: "إعادة المحاولة" }).click();
  assert.equal((await titles(page))[0], "الأولى مقالة 30");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a large broken bundle, its bytes let go as they were read, is read again to say where it breaks", async () => {
  const whole = bundleOf("الأولى", 1500).toString("utf8");
  assert.ok(Buffer.byteLength(whole) > 8 << 20, `${Buffer.byteLength(whole)} bytes: more than the app keeps`);
  // One line per article, and a trailing comma before the last "]": broken on the last line.
  const broken = whole.replaceAll('},{"id"', '},\n{"id"').replace(/\]\}$/, ",]}");
  assert.notEqual(broken.slice(-3), whole.slice(-3), "the last line is broken");
  const lines = broken.split("\n").length;
  const flaky = live.server.flaky("/large-broken/articles.json", [Buffer.from(broken)], { drops: 0 });
  const { page, errors } = await open("/large-broken/articles.json");
  const alert = page.getByRole("alert");
  await alert.waitFor({ timeout: 60_000 });
  assert.match(await alert.innerText(), new RegExp(`line ${lines}, column \\d+`));
  assert.equal(flaky.requests.length, 2, "downloaded again, kept whole, for the error's place");
  assert.deepEqual(errors, []);
  await page.close();
});
