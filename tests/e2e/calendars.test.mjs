// Both calendars: the reader switches dates to the Hijri calendar (computed) or both, and the
// timeline's axis and bars, a date in the list and the date range follow; kept over a reload;
// in the Arabic and the English UI, standalone and in an embedded viewer.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";
import { openBehind, openTimeline, painted } from "./support/layout.mjs";

const live = session();

/** The axis's labels as drawn, inside `scope` (the page, or one viewer). */
const axis = (scope) => scope.locator(".tl-axis > *").allTextContents();

/** The fixture (36 dated articles over two years) open, at the month scale. */
async function open(path, scope = (page) => page) {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.goto(live.server.origin + path);
  const root = scope(page);
  await root.getByRole("status").filter({ hasText: /36|٣٦/ }).waitFor();
  await openTimeline(page);
  return { page, root, errors };
}

/** Chooses `calendar` in the display settings. */
async function choose(root, settings, calendar) {
  const details = root.locator("details.reader-controls");
  if (!(await details.evaluate((d) => d.open))) await details.getByText(settings, { exact: true }).click();
  await details.getByRole("radio", { name: calendar }).check();
}

test("Arabic: the Hijri calendar puts the axis on Hijri months and years, and the list's dates follow", async () => {
  const { page, root, errors } = await open("/?bundle=/fixtures/calendars.json");
  await root.getByRole("button", { name: "شهر", exact: true }).click();
  await painted(page);
  const gregorian = await axis(root);
  assert.ok(gregorian.some((l) => /^20\d\d$/.test(l)), `Gregorian years on the axis: ${gregorian}`);
  assert.ok(!gregorian.some((l) => l.includes("هـ")), `no Hijri year yet: ${gregorian}`);
  const firstDate = root.getByRole("region", { name: "المقالات", exact: true }).locator("time").first();
  assert.doesNotMatch(await firstDate.textContent(), /هـ/);

  await choose(root, "إعدادات العرض", "هجري (محسوب)");
  await root.getByText("التواريخ الهجرية محسوبة وفق تقويم أم القرى", { exact: false }).waitFor();
  await root.getByRole("button", { name: "شهر", exact: true }).click();
  await painted(page);
  const hijri = await axis(root);
  assert.ok(hijri.some((l) => /^14\d\d هـ$/.test(l)), `Hijri years on the axis: ${hijri}`);
  assert.ok(!hijri.some((l) => /^20\d\d$/.test(l)), `no Gregorian year left: ${hijri}`);
  // Each bar is a Hijri month: its name says so, and its first day is a month start.
  const bars = root.getByRole("listbox").getByRole("option");
  const names = await bars.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("aria-label") ?? n.textContent));
  assert.ok(names.some((n) => /رمضان 14\d\d هـ/.test(n)), `a bar for Ramadan: ${names.slice(0, 4)}`);
  // The newest article, 2024-08-18, is 14 Safar 1446 in the Umm al-Qura calendar.
  assert.match(await firstDate.textContent(), /14 صفر 1446 هـ \(محسوب\)/);

  // A period chosen reads in the Hijri calendar beside the Gregorian fields.
  await openBehind(page, ".filters-button");
  // Typed key by key and left with Tab, as a reader does (Firefox's fill fires no change).
  for (const [name, day] of [["من تاريخ", "23/3/2023"], ["إلى تاريخ", "20/4/2023"]]) {
    const field = root.getByRole("textbox", { name });
    await field.pressSequentially(day);
    await field.press("Tab");
  }
  await root.getByText("من 1 إلى 29 رمضان 1444 هـ (محسوب)").waitFor();

  // Kept like the other settings: a reload opens in the Hijri calendar.
  await page.reload();
  await root.getByRole("status").filter({ hasText: /نتيجة|نتائج/ }).waitFor();
  await firstDate.waitFor();
  assert.match(await firstDate.textContent(), /هـ \(محسوب\)/);
  assert.equal(await root.getByRole("radio", { name: "هجري (محسوب)", includeHidden: true }).isChecked(), true);
  assert.deepEqual(errors, []);
  await page.close();
});

test("English: both calendars in the list, the Hijri one on the axis, standalone", async () => {
  const { page, root, errors } = await open("/?bundle=/fixtures/calendars.json");
  await root.getByRole("group", { name: "لغة الواجهة" }).getByRole("button", { name: "English" }).click();
  await choose(root, "Display settings", "Gregorian and Hijri");
  const firstDate = root.getByRole("region", { name: "Articles", exact: true }).locator("time").first();
  assert.match(await firstDate.textContent(), /18 August 2024 · 14 Safar 1446 AH \(computed\)/);
  // Both keeps the Gregorian axis; Hijri alone moves it.
  await root.getByRole("button", { name: "Month", exact: true }).click();
  await painted(page);
  assert.ok((await axis(root)).some((l) => /^20\d\d$/.test(l)));
  await choose(root, "Display settings", "Hijri (AH, computed)");
  await root.getByRole("button", { name: "Month", exact: true }).click();
  await painted(page);
  const labels = await axis(root);
  assert.ok(labels.some((l) => /^14\d\d AH$/.test(l)), `Hijri years on the axis: ${labels}`);
  assert.match(await firstDate.textContent(), /^Sunday, 14 Safar 1446 AH \(computed\)$/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("embedded: an English viewer's calendar follows the reader's choice inside its shadow root", async () => {
  const { page, root, errors } = await open("/fixtures/calendars-embed.html", (p) => p.locator("#dated"));
  await root.getByRole("button", { name: "Month", exact: true }).click();
  await painted(page);
  assert.ok((await axis(root)).some((l) => /^20\d\d$/.test(l)));
  await choose(root, "Display settings", "Hijri (AH, computed)");
  await root.getByRole("button", { name: "Month", exact: true }).click();
  await painted(page);
  const labels = await axis(root);
  assert.ok(labels.some((l) => /^14\d\d AH$/.test(l)), `Hijri years on the axis: ${labels}`);
  assert.ok(!labels.some((l) => /^20\d\d$/.test(l)), `no Gregorian year left: ${labels}`);
  const firstDate = root.getByRole("region", { name: "Articles", exact: true }).locator("time").first();
  assert.match(await firstDate.textContent(), /14 Safar 1446 AH \(computed\)/);
  assert.deepEqual(errors, []);
  await page.close();
});
