// The printable record of one article, for filing: the reader's button prints it, and on paper
// the article carries its integrity state, its provenance and a closing line with its id, the
// day it was printed and the address it was printed from, without the screen's controls.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage, printMedia } from "./support/browser.mjs";
import { session } from "./support/session.mjs";

const live = session();
const ARTICLE = "/?bundle=fixtures/signed.json#/article/with-provenance";

/** The signed article's reader, with the browser's print dialog counted instead of opened. */
async function open() {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.addInitScript(() => {
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  await page.goto(live.server.origin + ARTICLE);
  await page.locator(".integrity:not(.checking)").waitFor();
  return { page, errors };
}

/** The reader's own calendar day, as the page's clock and time zone give it. */
function localDay(page) {
  return page.evaluate(() => {
    const now = new Date();
    const two = (n) => String(n).padStart(2, "0");
    return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
  });
}

test("the record's button prints, in Arabic and in English", async () => {
  const { page, errors } = await open();
  await page.getByRole("button", { name: "اطبع سجلّ المقالة" }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "Print this record" }).click();
  assert.equal(await page.evaluate(() => window.printed), 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("on paper the record holds the integrity state, the provenance and which article it is, printed when and from where", { skip: printMedia }, async () => {
  const { page, errors } = await open();
  await page.emulateMedia({ media: "print" });
  const integrity = page.locator(".integrity");
  assert.ok(await integrity.isVisible(), "the integrity note is on paper");
  assert.match(await integrity.innerText(), /^موقّعة/);
  assert.ok(await page.getByRole("region", { name: "المصدر والتوثيق" }).isVisible(), "the provenance is on paper");
  const line = page.locator(".record-line");
  assert.ok(await line.isVisible(), "the record's line is on paper");
  const text = await line.innerText();
  assert.ok(text.includes("with-provenance"), text);
  assert.ok(text.includes("#/article/with-provenance"), `the address it was printed from: ${text}`);
  assert.equal(await line.locator("time").getAttribute("datetime"), await localDay(page));
  assert.ok(!(await page.getByRole("button", { name: "اطبع سجلّ المقالة" }).isVisible()), "no button on paper");
  assert.deepEqual(errors, []);
  await page.close();
});

test("on screen the record's line is not shown: the reader sees the button alone", async () => {
  const { page, errors } = await open();
  assert.ok(!(await page.locator(".record-line").isVisible()));
  assert.ok(await page.getByRole("button", { name: "اطبع سجلّ المقالة" }).isVisible());
  assert.deepEqual(errors, []);
  await page.close();
});
