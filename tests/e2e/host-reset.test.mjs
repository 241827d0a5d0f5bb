// A host page at its most careless: `* { all: unset !important }` and every inherited property
// that once reached into an embedded viewer, forced on `*` with !important
// (tests/fixtures/important-reset.css). The viewer must read as it does anywhere: horizontal,
// right to left, its text visible, clickable, selectable, and held to the height it was given.

import { test } from "node:test";
import assert from "node:assert/strict";
import { openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";

const SEED_TITLE = "متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم";
const HOST = "/careless-host.html";

const live = session();

/** The computed styles that matter to a reader, of each element inside the viewer's shadow root
 * that `selectors` names. */
function readStyles(selectors) {
  const root = document.querySelector("#boxed").shadowRoot;
  const read = (element) => {
    const style = getComputedStyle(element);
    const value = (name) => style.getPropertyValue(name);
    return {
      writingMode: value("writing-mode"),
      direction: value("direction"),
      color: value("color"),
      textFill: value("-webkit-text-fill-color"),
      pointerEvents: value("pointer-events"),
      wordBreak: value("word-break"),
      textShadow: value("text-shadow"),
      cursor: value("cursor"),
      userSelect: value("user-select") || value("-webkit-user-select"),
      fontVariantCaps: value("font-variant-caps"),
      fontSize: value("font-size"),
      visibility: value("visibility"),
    };
  };
  return Object.fromEntries(Object.entries(selectors).map(([name, selector]) => [name, read(root.querySelector(selector))]));
}

/** The height of the box the viewer scrolls in: the nearest box around its page (inside the
 * shadow root, then the element and the host's own) that clips what overflows it; 0 when there
 * is none, and the viewer grows with its content. */
function scrollingBoxHeight() {
  let box = document.querySelector("#boxed").shadowRoot.querySelector(".page").parentElement;
  while (box) {
    if (getComputedStyle(box).overflowY !== "visible") return box.getBoundingClientRect().height;
    box = box.parentElement ?? box.getRootNode().host ?? null;
    if (box === document.documentElement) return 0;
  }
  return 0;
}

test("a host's `* { all: unset !important }` and inherited properties forced on `*` do not reach into the viewer", async () => {
  const errors = [];
  const page = await openPage(live.browser, errors);
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  live.server.page(
    HOST,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Careless host</title><link rel="icon" href="data:,">
      <link rel="stylesheet" href="/fixtures/important-reset.css">
      <script type="module" src="/archive/js/sahifa.js"></script></head>
      <body><p>Before the viewer</p>
      <sahifa-viewer id="boxed" src="/archive/sample/bundle.json" height="400px"></sahifa-viewer>
      <p>After the viewer</p></body></html>`,
    "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'",
  );
  await page.goto(live.server.origin + HOST);
  const viewer = page.locator("#boxed");
  const title = viewer.getByRole("region", { name: "المقالات" }).getByRole("link", { name: SEED_TITLE });
  await title.waitFor();

  const styles = await page.evaluate(readStyles, { page: ".page", status: ".search-status", title: "a.entry-title" });
  // Compared whole, so that a failure shows every property that got in at once.
  const asRead = (style) => ({
    writingMode: style.writingMode,
    direction: style.direction,
    textFilledWithItsColour: style.textFill === style.color,
    pointerEvents: style.pointerEvents,
    wordBreak: style.wordBreak,
    textShadow: style.textShadow,
    selectable: style.userSelect !== "none",
    fontVariantCaps: style.fontVariantCaps,
    visibility: style.visibility,
  });
  const expected = {
    writingMode: "horizontal-tb",
    direction: "rtl",
    textFilledWithItsColour: true,
    pointerEvents: "auto",
    wordBreak: "normal",
    textShadow: "none",
    selectable: true,
    fontVariantCaps: "normal",
    visibility: "visible",
  };
  for (const [name, style] of Object.entries(styles)) assert.deepEqual(asRead(style), expected, name);
  const sizesAndCursors = [styles.page.fontSize, styles.page.cursor, styles.status.cursor, styles.title.cursor];
  assert.deepEqual(sizesAndCursors, ["16px", "auto", "auto", "pointer"]);

  // The fixed height holds: the viewer scrolls inside 400 px instead of growing with its content.
  assert.equal(await page.evaluate(scrollingBoxHeight), 400);

  // Clickable: the reader opens the article.
  await title.click({ timeout: 5000 });
  await viewer.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
