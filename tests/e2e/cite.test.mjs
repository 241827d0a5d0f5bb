// A link to a paragraph (issue 16), as a researcher makes and follows one: the ¶ beside a paragraph by mouse and by keyboard, the address it copies, a reload that opens on the paragraph, a link whose paragraph changed or is not there, a garbled one, and the same in an embedded viewer's own parameter.

import { test } from "node:test";
import assert from "node:assert/strict";
import { engine, openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";

const SEED_TITLE = "متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم";
const SEED = "/#/article/e5bda383449404da";

const live = session();

async function open(path) {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.setViewportSize({ width: 390, height: 844 });
  if (engine === "chromium") {
    await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: live.server.origin });
  }
  await page.goto(live.server.origin + path);
  return { page, errors };
}

/** The number of the marked paragraph, whether it has the focus, and whether it is on screen. */
function cited(page, root = "document") {
  return page.evaluate((root) => {
    const scope = root === "document" ? document : document.querySelector(root).shadowRoot;
    const marked = [...scope.querySelectorAll(".paragraph.cited")];
    if (marked.length !== 1) return { count: marked.length };
    const box = marked[0].getBoundingClientRect();
    return {
      number: marked[0].dataset.paragraph,
      focused: scope.activeElement === marked[0],
      onScreen: box.top < innerHeight && box.bottom > 0,
    };
  }, root);
}

test("the ¶ beside a paragraph copies a link that reopens on that paragraph, by mouse and by keyboard", async () => {
  const { page, errors } = await open(SEED);
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  await page.getByRole("link", { name: "رابط الفقرة 6" }).click();
  await page.waitForFunction(() => /[?&]para=6\.[0-9a-f]{6}(&|$)/.test(location.hash));
  const status = page.locator(".reader-body .copy-status");
  await status.filter({ hasText: /نُسخ الرابط|تعذّر نسخ الرابط/ }).waitFor();
  if (engine === "chromium") {
    assert.equal(await status.textContent(), "نُسخ الرابط إلى الحافظة.");
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  }
  assert.deepEqual(await cited(page), { number: "6", focused: true, onScreen: true });

  const link = page.url();
  await page.goto("about:blank");
  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor({ state: "attached" });
  await page.locator(".paragraph.cited").waitFor();
  await page.waitForFunction(() => document.activeElement?.matches(".paragraph.cited"));
  assert.deepEqual(await cited(page), { number: "6", focused: true, onScreen: true });

  // From the keyboard: the link is a Tab stop inside the marked paragraph, and Enter follows it.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute("aria-label")), "رابط الفقرة 6");
  await page.getByRole("link", { name: "رابط الفقرة 2" }).focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /[?&]para=2\./.test(location.hash));
  assert.equal((await cited(page)).number, "2");
  assert.deepEqual(errors, []);
  await page.close();
});

test("words selected in a paragraph get a link to the quote, which reopens with those words marked", async () => {
  const { page, errors } = await open(SEED);
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  const quoted = await page.evaluate(() => {
    const text = document.querySelector('[data-paragraph="5"] > p').firstChild;
    const range = document.createRange();
    range.setStart(text, 10);
    range.setEnd(text, 42);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return range.toString();
  });
  await page.getByRole("link", { name: "انسخ رابطاً إلى هذا الاقتباس" }).click();
  await page.waitForFunction(() => /[?&]para=5\.[0-9a-f]{6}\.10-42(&|$)/.test(location.hash));
  const link = page.url();
  await page.goto("about:blank");
  await page.goto(link);
  await page.locator(".paragraph.cited mark").waitFor();
  assert.equal(await page.locator(".paragraph.cited mark").textContent(), quoted);
  assert.equal((await cited(page)).number, "5");
  // A selection across two paragraphs is no quote.
  await page.evaluate(() => {
    const range = document.createRange();
    range.setStart(document.querySelector('[data-paragraph="2"] > p').firstChild, 3);
    range.setEnd(document.querySelector('[data-paragraph="3"] > p').firstChild, 3);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await page.waitForTimeout(200);
  assert.equal(await page.locator('[data-paragraph="2"] .quote-link, [data-paragraph="3"] .quote-link').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a link to a changed, a missing or a garbled paragraph opens the article and says so, marking nothing", async () => {
  const { page, errors } = await open(SEED + "?para=3.000000");
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  await page.getByRole("status").filter({ hasText: "تغيّر نص الفقرة التي يشير إليها هذا الرابط" }).waitFor();
  assert.deepEqual(await cited(page), { count: 0 });

  await page.goto(live.server.origin + SEED + "?para=400.123abc");
  await page.getByRole("status").filter({ hasText: "لم نجد الفقرة 400" }).waitFor();
  assert.deepEqual(await cited(page), { count: 0 });

  for (const garbled of ["?para=%E2%28", "?para=-1..", "?para=" + "9".repeat(400), "?para=3.zzzzzz.1-2"]) {
    await page.goto(live.server.origin + SEED + garbled);
    await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
    assert.deepEqual(await cited(page), { count: 0 }, garbled);
    assert.equal(await page.locator(".paragraph-note").count(), 0, garbled);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("an embedded viewer keeps the paragraph in its own parameter, and a reload opens on it", async () => {
  const { page, errors } = await open("/examples/embed/");
  const reports = page.locator("#reports");
  await reports.getByRole("region", { name: "المقالات" }).getByRole("link", { name: SEED_TITLE }).click();
  await reports.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  await reports.getByRole("link", { name: "رابط الفقرة 4" }).click();
  await page.waitForURL((url) => /para=4\.[0-9a-f]{6}/.test(url.searchParams.get("sahifa-reports") ?? ""));
  const url = new URL(page.url());
  assert.equal(url.pathname, "/examples/embed/");
  assert.equal(url.hash, "");
  if (engine === "chromium") {
    await reports.locator(".copy-status").filter({ hasText: "نُسخ الرابط" }).waitFor();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), page.url());
  }
  await page.reload();
  await reports.locator(".paragraph.cited").waitFor();
  assert.equal((await cited(page, "#reports")).number, "4");
  // Words selected inside the viewer's shadow root get their link too.
  await page.evaluate(() => {
    const text = document.querySelector("#reports").shadowRoot.querySelector('[data-paragraph="3"] > p').firstChild;
    const range = document.createRange();
    range.setStart(text, 5);
    range.setEnd(text, 25);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
  });
  await reports.getByRole("link", { name: "انسخ رابطاً إلى هذا الاقتباس" }).click();
  await page.waitForURL((url) => /para=3\.[0-9a-f]{6}\.5-25/.test(url.searchParams.get("sahifa-reports") ?? ""));
  assert.deepEqual(errors, []);
  await page.close();
});

test("cite this: five forms, each copied whole with one action, and the citation_* tags in the head while the article is open", async () => {
  const { page, errors } = await open(SEED);
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  const meta = () =>
    page.evaluate(() => Object.fromEntries([...document.querySelectorAll('meta[name^="citation_"]')].map((m) => [m.name, m.content])));
  assert.deepEqual(await meta(), {
    citation_title: SEED_TITLE,
    citation_author: "متابعة مركز عدل لحقوق الإنسان",
    citation_publication_date: "2022/01/31",
    citation_publisher: "مركز عدل لحقوق الإنسان",
    citation_public_url: live.server.origin + SEED,
    citation_language: "ar",
  });
  await page.getByText("استشهد بهذه المقالة").click();
  const chicago = page.getByRole("region", { name: "Chicago" });
  const text = await chicago.locator("pre").textContent();
  assert.match(text, /^متابعة مركز عدل لحقوق الإنسان\. 2022\. «/);
  assert.match(text, /تاريخ الاطلاع \d+ /);
  for (const form of ["APA", "BibTeX", "RIS", "CSL-JSON"]) {
    await page.getByRole("region", { name: form }).locator("pre").waitFor();
  }
  JSON.parse(await page.getByRole("region", { name: "CSL-JSON" }).locator("pre").textContent());
  await page.getByRole("button", { name: "انسخ توثيق RIS" }).click();
  await page.locator(".cite-panel .copy-status").filter({ hasText: /RIS|تعذّر/ }).waitFor();
  if (engine === "chromium") {
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await page.getByRole("region", { name: "RIS" }).locator("pre").textContent());
    assert.match(copied, /^TY {2}- NEWS\n/);
  }
  // Closing the article takes its tags away.
  await page.getByRole("link", { name: "العودة إلى قائمة المقالات" }).first().click();
  await page.locator(".entry-title").first().waitFor();
  assert.deepEqual(await meta(), {});
  assert.deepEqual(errors, []);
  await page.close();
});

test("an embedded viewer leaves the host's head without citation tags", async () => {
  const { page, errors } = await open("/examples/embed/");
  const reports = page.locator("#reports");
  await reports.getByRole("region", { name: "المقالات" }).getByRole("link", { name: SEED_TITLE }).click();
  await reports.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  await reports.getByText("استشهد بهذه المقالة").click();
  await reports.getByRole("region", { name: "BibTeX" }).locator("pre").waitFor();
  assert.equal(await page.locator('meta[name^="citation_"]').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
