// The reader as a demanding reader meets it (issue 19): the line-spacing setting on Arabic text, where an article opens on screen, the original link's text, and the list on paper; measured in the browser, since each is about what is drawn.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, printMedia } from "./support/browser.mjs";
import { session } from "./support/session.mjs";

const SEED_TITLE = "متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم";
const SEED = "/#/article/e5bda383449404da";

const live = session();

/** Opens `path` at a desktop size; returns the page and the uncaught errors it raises. */
async function open(path) {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto(live.server.origin + path);
  return { page, errors };
}

/** The computed line height of the first body paragraph, as a multiple of its font size. */
function leading(page) {
  return page.locator(".reader-body p").first().evaluate((p) => {
    const style = getComputedStyle(p);
    return parseFloat(style.lineHeight) / parseFloat(style.fontSize);
  });
}

test("the line-spacing setting sets an Arabic paragraph's line height, tight and loose", async () => {
  const { page, errors } = await open(SEED);
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  assert.equal(await page.locator(".reader-body p").first().evaluate((p) => p.matches(":lang(ar)")), true);
  await page.locator(".reader-controls summary").click();
  const spacing = page.getByRole("group", { name: "تباعد الأسطر" });
  for (const [name, expected] of [["متقارب", 1.7], ["متباعد", 2.15], ["عادي", 1.9]]) {
    await spacing.getByRole("radio", { name }).check();
    await page.waitForFunction(
      (want) => {
        const p = document.querySelector(".reader-body p");
        const style = getComputedStyle(p);
        return Math.abs(parseFloat(style.lineHeight) / parseFloat(style.fontSize) - want) < 0.02;
      },
      expected,
      { timeout: 2000 },
    ).catch(() => {});
    const measured = await leading(page);
    assert.ok(Math.abs(measured - expected) < 0.02, `${name}: line height ${measured.toFixed(3)} × the text size, not ${expected}`);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

/** Where the window is scrolled to, and whether the masthead, the back link and the display
 * settings are on screen. */
function placement(page) {
  return page.evaluate(() => {
    const onScreen = (selector) => {
      const box = document.querySelector(selector).getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    };
    return {
      scrollY: Math.round(scrollY),
      masthead: onScreen(".masthead"),
      back: onScreen(".reader-nav a"),
      settings: onScreen(".reader-controls summary"),
    };
  });
}

test("an article opens at the top of the page, from the list and from a reload, its heading focused", async () => {
  const { page, errors } = await open("/");
  // A short window, so that a page scrolled to the heading would show.
  await page.setViewportSize({ width: 1366, height: 600 });
  await page.getByRole("region", { name: "المقالات" }).getByRole("link", { name: SEED_TITLE }).click();
  const heading = page.getByRole("heading", { level: 1, name: SEED_TITLE });
  await heading.waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const atTop = { scrollY: 0, masthead: true, back: true, settings: true };
  assert.deepEqual(await placement(page), atTop, "opened from the list");
  assert.equal(await heading.evaluate((h) => h === document.activeElement), true, "the heading has the focus");
  await page.reload();
  await heading.waitFor();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.deepEqual(await placement(page), atTop, "after a reload");
  assert.deepEqual(errors, []);
  await page.close();
});

/** The original link's text as drawn, and how many lines it takes. */
function originalLink(page) {
  return page.locator(".reader-footer a").evaluate((a) => {
    const lines = a.getBoundingClientRect().height / parseFloat(getComputedStyle(a).lineHeight);
    return { text: a.innerText, lines: Math.round(lines), href: a.getAttribute("href") };
  });
}

const LONG_URL = "/?bundle=fixtures/long-url.json#/article/long-url";
const READABLE = "skynewsarabia.com/middle-east/1052705-الجيش-الليبي-يسيطر-على-مداخل-درنة-الغربية";

test("the original link shows its host and decoded path on one line, and leads to the whole URL", async () => {
  const { page, errors } = await open(LONG_URL);
  await page.locator("main h1").waitFor();
  const link = await originalLink(page);
  assert.equal(link.lines, 1, `one line on screen, not ${link.lines}: ${link.text}`);
  assert.ok(READABLE.startsWith(link.text.replace(/…$/, "")), link.text);
  assert.ok(link.text.endsWith("…"), link.text);
  assert.match(link.href, /^https:\/\/www\.skynewsarabia\.com\/middle-east\/1052705-%D8%A7/);
  assert.deepEqual(errors, []);
  await page.close();
});

test("on paper the original link and the source's link print readably, decoded, in a line or two", { skip: printMedia }, async () => {
  const { page, errors } = await open(LONG_URL);
  await page.locator("main h1").waitFor();
  await page.emulateMedia({ media: "print" });
  const link = await originalLink(page);
  assert.equal(link.text, READABLE);
  assert.ok(link.lines <= 2, `${link.lines} lines on paper`);
  const source = await page.locator(".reader-source").innerText();
  assert.ok(source.includes(READABLE), source);
  assert.ok(!source.includes("%D8"), source);
  // After the source's name, in the article's direction (right to left): to its left, or on a
  // line below it.
  const name = await page.locator(".reader-source a").boundingBox();
  const printed = await page.locator(".reader-source .print-only").boundingBox();
  const after = printed.x + printed.width <= name.x + 1 || printed.y >= name.y + name.height - 1;
  assert.ok(after, `the printed link at (${printed.x}, ${printed.y}), the name at (${name.x}, ${name.y})`);
  assert.deepEqual(errors, []);
  await page.close();
});
