// Each article's integrity as the reader sees it, checked in the browser with Web Crypto: signed
// (with the key and where it is published), changed since signing (an alert), a signature that
// no longer matches a retitled bundle (an alert on every article), and an unsigned bundle. The
// fixtures were signed with `sahifa sign`, then edited by hand (tests/fixtures/signed*.json).

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";
import { CSP } from "./support/server.mjs";

const live = session();
const KEY = "8a830a20b8d12a1257b96c5c02b4798d87601f99052013aa1968d951f32c4ce5";

/** The integrity note of an article, once its check has ended. */
async function note(path, { before } = {}) {
  const errors = [];
  const page = await openPage(live.browser, errors);
  if (before) await page.addInitScript(before);
  await page.goto(live.server.origin + path);
  const box = page.locator(".integrity:not(.checking)");
  await box.waitFor();
  return { page, errors, box, role: await box.getAttribute("role"), text: await box.innerText() };
}

test("an article as signed says so, with the key and where the centre publishes it", async () => {
  const { page, errors, role, text } = await note("/?bundle=fixtures/signed.json#/article/second");
  assert.equal(role, "status");
  assert.match(text, /^موقّعة/);
  assert.ok(text.includes(KEY), text);
  assert.ok(text.includes("https://centre.example/sahifa.pub"), text);
  assert.deepEqual(errors, []);
  await page.close();
});

test("one character changed after signing makes that article an alert, and only that one", async () => {
  const changed = await note("/?bundle=fixtures/signed-changed.json#/article/second");
  assert.equal(changed.role, "alert");
  assert.match(changed.text, /تغيّرت هذه المقالة بعد توقيعها/);
  assert.ok(!changed.text.includes(KEY), "a changed article shows no key as if signed");
  await changed.page.close();
  const other = await note("/?bundle=fixtures/signed-changed.json#/article/with-provenance");
  assert.match(other.text, /^موقّعة/);
  assert.deepEqual([...changed.errors, ...other.errors], []);
  await other.page.close();
});

test("a title edited by hand after signing breaks the signature for every article", async () => {
  const { page, role, text } = await note("/?bundle=fixtures/signed-retitled.json#/article/second");
  assert.equal(role, "alert");
  assert.match(text, /توقيع الأرشيف لا يطابق محتواه/);
  await page.close();
});

test("a bundle without a signature is unsigned", async () => {
  const { page, role, text } = await note("/?bundle=fixtures/provenance.json#/article/with-provenance");
  assert.equal(role, "status");
  assert.match(text, /^غير موقّعة/);
  await page.close();
});

test("a browser without Ed25519 says it cannot check signatures, and calls nothing signed", async () => {
  // As a browser without Ed25519 in its Web Crypto answers.
  const withoutEd25519 = () => {
    const subtle = crypto.subtle;
    const importKey = subtle.importKey.bind(subtle);
    subtle.importKey = (format, data, algorithm, ...rest) =>
      algorithm?.name === "Ed25519"
        ? Promise.reject(new DOMException("Unrecognized name.", "NotSupportedError"))
        : importKey(format, data, algorithm, ...rest);
  };
  const { page, role, text } = await note("/?bundle=fixtures/signed.json#/article/second", { before: withoutEd25519 });
  assert.equal(role, "status");
  assert.match(text, /هذا المتصفح لا يستطيع التحقق من التواقيع/);
  assert.ok(!text.includes(KEY), text);
  await page.close();
});

test("an embedded viewer in English says the same: signed with the key, and a changed article as an alert", async () => {
  const host = (src) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <script type="module" src="/js/sahifa.js"></script></head><body>
    <sahifa-viewer src="${src}" lang="en" view="article:second"></sahifa-viewer></body></html>`;
  live.server.page("/integrity-host.html", host("/fixtures/signed.json"), CSP);
  live.server.page("/integrity-changed-host.html", host("/fixtures/signed-changed.json"), CSP);
  const signed = await note("/integrity-host.html");
  assert.equal(signed.role, "status");
  assert.match(signed.text, /^Signed: /);
  assert.ok(signed.text.includes(KEY), signed.text);
  assert.deepEqual(signed.errors, []);
  await signed.page.close();
  const changed = await note("/integrity-changed-host.html");
  assert.equal(changed.role, "alert");
  assert.match(changed.text, /^Warning: this article was changed after it was signed/);
  assert.ok(!changed.text.includes(KEY), changed.text);
  await changed.page.close();
});
