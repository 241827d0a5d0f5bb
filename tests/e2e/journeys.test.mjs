// End-to-end journeys against the release dist/ in real Chromium and Firefox (E2E_ENGINE): what a reader does, checked the way a reader sees it (roles, names, visible text).

import { test } from "node:test";
import assert from "node:assert/strict";
import { goBack, openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";
import { serve } from "./support/server.mjs";

const SEED_TITLE = "متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم";

const live = session();

/** The list of results, found as a reader finds it: the region named "Articles". */
const results = (page, name = "المقالات") => page.getByRole("region", { name });

/** Opens `path` on the test server; returns the page and the uncaught errors it raises. */
async function open(path) {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.goto(live.server.origin + path);
  return { page, errors };
}

test("the sample opens: the seed article's title links to a right-to-left reader that survives a reload", async () => {
  const { page, errors } = await open("/");
  const link = results(page).getByRole("link", { name: SEED_TITLE });
  await link.waitFor();
  assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
  assert.equal(await page.locator("html").getAttribute("lang"), "ar");
  await link.click();
  const heading = page.getByRole("heading", { level: 1, name: SEED_TITLE });
  await heading.waitFor();
  assert.equal(await page.locator("article").evaluate((el) => getComputedStyle(el).direction), "rtl");
  await page.waitForURL(/#\/article\/e5bda383449404da$/);
  assert.match(await page.title(), /سجن الحسكة/);
  await page.reload();
  await heading.waitFor();
  assert.equal(await page.locator(".reader-body p").count(), 16, "every body paragraph of the seed");
  await goBack(page);
  await results(page).getByRole("link", { name: SEED_TITLE }).waitFor();
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
  await results(page).getByRole("link", { name: "تقرير عن المياه في الريف" }).waitFor();
  await results(page).getByRole("link", { name: "Field notes in English" }).waitFor();
  const summary = page.locator("summary", { hasText: "مقالة واحدة لم تُعرض" });
  await summary.click();
  const listed = page.locator(".bundle-problems").getByRole("listitem");
  assert.match(await listed.innerText(), /bad-no-title.*"title"/);
  const english = results(page).getByRole("listitem").filter({ hasText: "Field notes in English" });
  assert.equal(await english.getAttribute("dir"), "ltr");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a bundle's problems are one quiet line until opened from the keyboard, then say where each is and what to run", async () => {
  const { page, errors } = await open("/?bundle=fixtures/problems.json");
  await results(page).getByRole("link", { name: "تقرير رابطه لا يُتبع" }).waitFor();
  // Every problem counted, in one line: three warnings and an article skipped.
  const summary = page.locator(".bundle-problems summary");
  assert.equal(await summary.innerText(), "4 مشكلات في بيانات هذا الأرشيف · مقالة واحدة لم تُعرض");
  const listed = page.locator(".bundle-problems").getByRole("listitem");
  assert.equal(await listed.first().isVisible(), false, "the list waits to be opened");
  // Opened from the keyboard: tabbing reaches the summary before the search box.
  await page.locator(".masthead-title a").focus();
  for (let tab = 0; tab < 20 && !(await summary.evaluate((el) => el === document.activeElement)); tab += 1) {
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Enter");
  await listed.first().waitFor();
  const lines = await listed.allInnerTexts();
  assert.equal(lines.length, 4);
  assert.match(lines[0], /^error: article #3 \(id "bad-no-title"\): skipped/, "skipped articles first");
  assert.ok(lines.some((line) => /^warning: article #1 \(id "kept-url"\): the "url" "javascript:alert\(1\)" is left out/.test(line)), lines.join("\n"));
  assert.ok(lines.some((line) => /^warning: article #2 \(id "kept-event"\): the event .* is left out/.test(line)), lines.join("\n"));
  assert.ok(lines.some((line) => /^warning: bundle: "description" must be a string/.test(line)), lines.join("\n"));
  assert.match(await page.locator(".bundle-problems").innerText(), /sahifa validate/);
  // The articles with a warning are kept; the dropped URL is no link.
  await results(page).getByRole("link", { name: "تقرير عن جلسة" }).waitFor();
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
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

test("an allowed address that redirects to another origin is refused, naming where it ended", async (t) => {
  // The other origin answers with CORS, so nothing but the check stops its bundle from showing.
  const elsewhere = await serve({ cors: true });
  t.after(elsewhere.close);
  live.server.redirect("/moved/articles.json", elsewhere.origin + "/sample/bundle.json");
  const { page } = await open("/?bundle=/moved/articles.json");
  const alert = page.getByRole("alert");
  // Whichever comes first: an alert, or the other origin's articles on screen.
  await alert.or(results(page).getByRole("link", { name: SEED_TITLE })).waitFor();
  assert.equal(await alert.count(), 1, "the other origin's bundle was shown");
  assert.match(await alert.innerText(), new RegExp(elsewhere.origin.replaceAll(".", "\\.") + "/sample/bundle\\.json"));
  assert.equal(await page.getByRole("button", { name: "إعادة المحاولة" }).count(), 0);
  await page.close();
});

test("a redirect within the page's own origin still opens the bundle", async () => {
  live.server.redirect("/moved-here/articles.json", "/sample/bundle.json");
  const { page, errors } = await open("/?bundle=/moved-here/articles.json");
  await results(page).getByRole("link", { name: SEED_TITLE }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("searching with another spelling finds the seed article, marks the match, and the URL keeps the search", async () => {
  const { page, errors } = await open("/");
  const search = page.getByRole("searchbox", { name: "ابحث في المقالات" });
  await search.waitFor();
  // The seed writes الحسكة with a ta marbuta; a reader types it with a ha, and with a diacritic.
  await search.pressSequentially("الحسكَه");
  await page.getByRole("status").filter({ hasText: "نتيجة واحدة" }).waitFor();
  const link = results(page).getByRole("link", { name: SEED_TITLE });
  await link.waitFor();
  assert.equal(await link.locator("mark").innerText(), "الحسكة");
  // The address follows once the frame is painted.
  await page.waitForURL((url) => /#\/\?q=الحسكَه$/.test(decodeURIComponent(url.href)));
  await search.fill("كلمة-لا-توجد");
  await page.getByText("لا توجد مقالات تطابق هذا البحث.").waitFor();
  await page.waitForURL((url) => decodeURIComponent(url.href).includes("كلمة-لا-توجد"));
  await page.reload();
  assert.equal(await page.getByRole("searchbox", { name: "ابحث في المقالات" }).inputValue(), "كلمة-لا-توجد");
  await page.getByRole("button", { name: "مسح البحث والتصفية" }).first().click();
  await results(page).getByRole("link", { name: SEED_TITLE }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a broken plural meets its singular: searching سجن marks السجون in the seed's text", async () => {
  const { page, errors } = await open("/");
  const search = page.getByRole("searchbox", { name: "ابحث في المقالات" });
  await search.waitFor();
  await search.fill("سجن ");
  await page.getByRole("status").filter({ hasText: "نتيجة واحدة" }).waitFor();
  await results(page).getByRole("link", { name: SEED_TITLE }).click();
  await page.locator(".reader-body p").first().waitFor();
  const marked = await page.locator(".reader-body mark").allInnerTexts();
  assert.ok(marked.includes("سجن"), `the singular is marked: ${marked.join(" | ")}`);
  assert.ok(
    marked.some((text) => text.includes("سجون")),
    `the plural is marked too: ${marked.join(" | ")}`,
  );
  assert.deepEqual(errors, []);
  await page.close();
});

test("a facet value filters the list, and back undoes it", async () => {
  const { page, errors } = await open("/?bundle=fixtures/one-bad-article.json");
  await results(page).getByRole("link", { name: "Field notes in English" }).waitFor();
  await page.getByRole("group", { name: "اللغة" }).getByRole("checkbox", { name: /^الإنجليزية/ }).check();
  await page.getByRole("status").filter({ hasText: "نتيجة واحدة" }).waitFor();
  assert.equal(await results(page).getByRole("link").count(), 1);
  await page.waitForURL(/lang=en/);
  await goBack(page);
  await page.getByRole("status").filter({ hasText: "نتيجتان" }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a crafted link with 20,000 facet values shows only the archive's own, and the URL keeps only those", async () => {
  const crafted = Array.from({ length: 20_000 }, (_, i) => `tag=x${i}`).join("&");
  const { page, errors } = await open(`/#/?tag=${encodeURIComponent("داعش")}&${crafted}&q=${"ب".repeat(3_000)}`);
  await page.waitForURL((url) => !url.hash.includes("x0"));
  const panel = page.locator(".facet-panel");
  await panel.getByRole("checkbox", { name: /داعش/ }).first().waitFor();
  assert.ok((await panel.getByRole("checkbox").count()) < 100, "a checkbox for each crafted value");
  assert.equal(await page.getByRole("searchbox").inputValue(), "ب".repeat(1_000));
  assert.ok(await panel.getByRole("checkbox", { name: /داعش/ }).first().isChecked());
  assert.deepEqual(errors, []);
  await page.close();
});

test("choosing a day on the timeline filters the list to it, right to left", async () => {
  const { page, errors } = await open("/?bundle=fixtures/one-bad-article.json");
  await results(page).getByRole("link", { name: "Field notes in English" }).waitFor();
  const bars = page.getByRole("listbox").getByRole("option");
  const count = await bars.count();
  assert.ok(count > 1, `the chart has bars (${count})`);
  const first = await bars.first().boundingBox();
  const last = await bars.last().boundingBox();
  assert.ok(first.x > last.x, "older bars stand to the right of newer ones");
  // The newest bar with an article: the water report of 2 May 2023.
  await page.getByRole("option", { name: /مقالة واحدة/ }).last().click();
  await page.getByRole("status").filter({ hasText: "نتيجة واحدة" }).waitFor();
  await page.waitForURL(/from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  assert.equal(await results(page).getByRole("link").count(), 1);
  await results(page).getByRole("link", { name: "تقرير عن المياه في الريف" }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("the sample on its timeline: zoom out to months and back to days, drag across the seed's week, read it", async () => {
  const { page, errors } = await open("/");
  await results(page).getByRole("link", { name: SEED_TITLE }).waitFor();
  const bars = page.getByRole("listbox", { name: "عدد المقالات في كل فترة" }).getByRole("option");
  await page.getByRole("button", { name: "شهر" }).click();
  // Month bars are named by their month: the seed's month holds its one article.
  await page.getByRole("option", { name: /^كانون الثاني \(يناير\) 2022: مقالة واحدة/ }).waitFor();
  await page.getByRole("button", { name: "يوم" }).click();
  // The day bars are named by their day: drag from the 25th to the 31st, the seed's week.
  const from = await page.getByRole("option", { name: /^الثلاثاء، 25 كانون الثاني/ }).boundingBox();
  const to = await page.getByRole("option", { name: /^الإثنين، 31 كانون الثاني/ }).boundingBox();
  assert.ok(from.x > to.x, "later days stand further left");
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 2, { steps: 6 });
  await page.mouse.up();
  await page.waitForFunction(() => location.hash.includes("from=2022-01-25&to=2022-01-31"));
  await page.getByRole("status").filter({ hasText: "نتيجة واحدة" }).waitFor();
  await results(page).getByRole("link", { name: SEED_TITLE }).click();
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("a date is typed day first in Arabic digits, in the UI's direction, and a wrong one is said so", async () => {
  const { page, errors } = await open("/");
  await results(page).getByRole("link", { name: SEED_TITLE }).waitFor();
  const from = page.getByRole("textbox", { name: "من تاريخ" });
  // Typed key by key and left with Tab, as a reader does: a value set by script (Firefox's
  // fill) fires no change when the field is left.
  const type = async (field, text) => {
    await field.clear();
    await field.pressSequentially(text);
    await field.press("Tab");
  };
  assert.equal(await from.evaluate((el) => getComputedStyle(el).direction), "rtl");
  // The seed is dated 31 January 2022: from the 1st of February nothing is left, from the 31st it is.
  await type(from, "١/٢/٢٠٢٢");
  await page.waitForFunction(() => location.hash.includes("from=2022-02-01"));
  await page.getByText("لا توجد مقالات تطابق هذا البحث.").waitFor();
  await type(from, "31/1/2022");
  await page.waitForFunction(() => location.hash.includes("from=2022-01-31"));
  await results(page).getByRole("link", { name: SEED_TITLE }).waitFor();
  // A day that does not exist is kept for correcting, said to be wrong, and changes nothing.
  await type(from, "31/2/2022");
  await page.getByText(/لم يُفهم هذا التاريخ/).waitFor();
  assert.equal(await from.getAttribute("aria-invalid"), "true");
  assert.equal(await from.inputValue(), "31/2/2022");
  assert.match(page.url(), /from=2022-01-31/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("keys: / searches, j and k step through the results, ? lists the keys, in Arabic and English", async () => {
  const { page, errors } = await open("/?bundle=fixtures/mixed.json");
  await results(page).locator(".entry-title").first().waitFor();
  const focused = () => page.evaluate(() => document.activeElement?.id ?? "");
  await page.keyboard.press("Slash");
  assert.equal(await focused(), "search-query", "/ goes to the search field");
  // A slash typed into the field is the field's.
  await page.keyboard.type("/");
  assert.equal(await page.getByRole("searchbox").inputValue(), "/");
  await page.getByRole("searchbox").fill("");
  await results(page).locator(".entry-title").first().click();
  await page.locator("article.reader h1").waitFor();
  const first = await page.evaluate(() => location.hash);
  await page.keyboard.press("KeyJ");
  await page.waitForFunction((before) => location.hash !== before && location.hash.startsWith("#/article/"), first);
  await page.keyboard.press("KeyK");
  await page.waitForFunction((before) => location.hash === before, first);
  // From the reader, / returns to the list with its search field ready.
  await page.keyboard.press("Slash");
  await page.getByRole("searchbox").waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "search-query");
  await page.locator("article.reader").waitFor({ state: "detached" });
  for (const [heading, button] of [["مفاتيح لوحة المفاتيح", "إغلاق"], ["Keyboard keys", "Close"]]) {
    if (heading === "Keyboard keys") await page.getByRole("button", { name: "English" }).click();
    await page.locator("h1").first().click();
    await page.keyboard.press("Shift+Slash");
    const dialog = page.getByRole("dialog", { name: heading });
    await dialog.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), button, "focus in the list");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("a misspelled word still finds the seed article, says what it searched for, and searches as written on request", async () => {
  const { page, errors } = await open("/");
  await results(page).getByRole("link", { name: SEED_TITLE }).waitFor();
  // التحالف with two neighbouring letters swapped, typed as a reader types it.
  await page.getByRole("searchbox").pressSequentially("التحلاف");
  const note = page.getByRole("status").filter({ hasText: "النتائج عن تحالف" });
  await note.waitFor();
  const link = results(page).getByRole("link", { name: SEED_TITLE });
  await link.waitFor();
  await note.getByRole("button", { name: "ابحث فقط عن التحلاف" }).click();
  assert.equal(await page.getByRole("searchbox").inputValue(), "\"التحلاف\"");
  await page.getByText("لا توجد مقالات تطابق هذا البحث.").waitFor();
  await page.getByRole("searchbox").fill("التحلاف");
  await link.click();
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
