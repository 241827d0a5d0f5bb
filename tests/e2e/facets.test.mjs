// Facets as researchers use them: a facet switched from OR to AND (the count falls, the URL
// keeps it, a reload restores it), values by name, a filter box in a long facet that matches
// any spelling, "show all"; Arabic standalone and an English embedded viewer.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";
import { openBehind } from "./support/layout.mjs";

const live = session();
const fixture = JSON.parse(readFileSync(new URL("../fixtures/calendars.json", import.meta.url), "utf8"));

/** How many of the fixture's articles have any, or every, one of `values` in `field`. */
const expected = (field, values, every) =>
  fixture.articles.filter((a) => (every ? values.every : values.some).call(values, (v) => (a[field] ?? []).includes(v))).length;

/** The number the results' status says. */
async function shown(root) {
  const text = await root.locator(".search-box").getByRole("status").textContent();
  if (/نتيجة واحدة|^1 result/.test(text)) return 1;
  if (/نتيجتان/.test(text)) return 2;
  return Number(text.match(/\d+/)?.[0]);
}

/** Waits until the status says `n`. */
async function until(root, n) {
  for (let i = 0; i < 100; i += 1) {
    if ((await shown(root)) === n) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  assert.equal(await shown(root), n);
}

async function open(path, scope = (page) => page) {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.goto(live.server.origin + path);
  const root = scope(page);
  await until(root, fixture.articles.length);
  await openBehind(page, ".filters-button");
  return { page, root, errors };
}

/** A facet's fieldset, by its legend. */
const facet = (root, name) => {
  const page = typeof root.page === "function" ? root.page() : root;
  return root.locator("fieldset.facet").filter({ has: page.locator("legend", { hasText: name }) });
};

/** The letters as Arabic dictionaries order them: hamza seats, taa marbuta and alif maqsura
 * folded, then by code point, which follows the alphabet for Arabic letters. */
const alphabetical = (names) => {
  const key = (s) => s.replace(/[أإآ]/g, "ا").replace(/ة/g, "ه").replace(/ى/g, "ي");
  return [...names].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
};

test("Arabic: two tags with OR, then AND: the count falls to the articles with both, and the URL keeps it", async () => {
  const { page, root, errors } = await open("/?bundle=/fixtures/calendars.json");
  const tags = facet(root, "الوسوم");
  const pair = ["اعتقال", "محاكمة"];
  for (const tag of pair) await tags.getByRole("checkbox", { name: new RegExp(`^${tag}`) }).check();
  const any = expected("tags", pair, false);
  const both = expected("tags", pair, true);
  assert.ok(both < any, `the fixture has fewer articles with both (${both}) than with either (${any})`);
  await until(root, any);
  await tags.getByRole("checkbox", { name: "كل القيم المحددة معًا (و)" }).check();
  await until(root, both);
  // Each ticked value now counts the articles that have them all.
  for (const tag of pair) {
    assert.match(await tags.getByRole("checkbox", { name: new RegExp(`^${tag}`) }).locator("..").textContent(), new RegExp(`\\(${both}\\)`));
  }
  await page.waitForURL((url) => decodeURIComponent(url.hash).includes("all=tag"));
  await page.reload();
  await until(root, both);
  await openBehind(page, ".filters-button");
  assert.equal(await facet(root, "الوسوم").getByRole("checkbox", { name: "كل القيم المحددة معًا (و)" }).isChecked(), true);
  // A garbled mode is ignored: the page opens, with OR.
  await page.goto(live.server.origin + "/?bundle=/fixtures/calendars.json#/?tag=اعتقال&tag=محاكمة&all=%FF&all=year");
  await until(root, any);
  assert.deepEqual(errors, []);
  await page.close();
});

test("Arabic: a long facet by name, filtered in any spelling, and shown whole", async () => {
  const { page, root, errors } = await open("/?bundle=/fixtures/calendars.json");
  const people = facet(root, "الأشخاص");
  const everyone = [...new Set(fixture.articles.flatMap((a) => a.people))];
  assert.ok(everyone.length > 8, "the fixture's people facet is long");
  const names = async () => (await people.locator("li bdi").allTextContents()).map((s) => s.trim());
  assert.equal((await names()).length, 8, "a long facet shows its first eight");
  await people.getByRole("button", { name: `عرض كل القيم (${everyone.length})` }).click();
  assert.equal((await names()).length, everyone.length);
  await people.getByRole("group", { name: "ترتيب القيم: الأشخاص" }).getByRole("button", { name: "حسب الاسم" }).click();
  assert.deepEqual(await names(), alphabetical(everyone));
  // Typed without its hamza, a name is still found; a text no value has says what to do.
  const box = people.getByRole("textbox", { name: "تصفية القيم: الأشخاص" });
  await box.pressSequentially("احمد");
  assert.deepEqual(await names(), everyone.filter((n) => n.startsWith("أحمد")));
  await box.fill("");
  await box.pressSequentially("لا أحد بهذا الاسم");
  await people.getByText("لا قيمة تطابق ما كتبته. امسح المربع لترى كل القيم.").waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("embedded, in English: AND in a viewer's own URL parameter", async () => {
  const { page, root, errors } = await open("/fixtures/calendars-embed.html", (p) => p.locator("#dated"));
  const people = facet(root, "People");
  // Two people named together in one article, and apart in others.
  const pairs = fixture.articles.find((a) => a.people.length > 1).people;
  for (const name of pairs) await people.getByRole("checkbox", { name: new RegExp(`^${name}`) }).check();
  await until(root, expected("people", pairs, false));
  await people.getByRole("checkbox", { name: "Every ticked value (AND)" }).check();
  await until(root, expected("people", pairs, true));
  assert.ok(expected("people", pairs, true) < expected("people", pairs, false), `${pairs}`);
  await page.waitForURL((url) => (url.searchParams.get("sahifa-dated") ?? "").includes("all=person"));
  assert.deepEqual(errors, []);
  await page.close();
});
