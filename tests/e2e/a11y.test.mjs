// Accessibility journeys: axe-core in the engine under test on the list, the reader (seed and mixed-direction, in every theme), the bundle's problems and the error view of dist/; any violation fails.

import { test } from "node:test";
import assert from "node:assert/strict";
import { launch, openPage } from "./support/browser.mjs";
import { session } from "./support/session.mjs";
import { axeViolations } from "./support/axe.mjs";
import { setTheme } from "./support/theme.mjs";
import { openBehind, openTimeline } from "./support/layout.mjs";

const SEED = "/#/article/e5bda383449404da";
const THEMES = ["light", "dark", "sepia", "system"];

const live = session();

/** Opens `path` in `browser`, waits for `ready` (a locator factory) and for the fonts, then runs axe. */
async function check(path, ready, { theme, browser = live.browser } = {}) {
  const errors = [];
  const page = await openPage(browser, errors);
  await page.goto(live.server.origin + path);
  await ready(page).waitFor();
  await page.evaluate(() => document.fonts.ready);
  if (theme) await setTheme(page, theme);
  const violations = await axeViolations(page);
  await page.close();
  assert.deepEqual(errors, []);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
}

const heading = (page) => page.getByRole("heading", { level: 1 });

test("the list has no axe violation", async () => {
  await check("/", (page) => page.locator(".entry-title").first());
});

for (const theme of THEMES) {
  test(`the seed article has no axe violation in the ${theme} theme`, async () => {
    await check(SEED, heading, { theme });
  });
}

test("a paragraph a link marks, its quote, and the note of a changed paragraph have no axe violation, light and dark", async () => {
  for (const theme of ["light", "dark"]) {
    await check(SEED + "?para=5.0d48be.10-42", (page) => page.locator(".paragraph.cited mark"), { theme });
    await check(SEED + "?para=5.000000", (page) => page.locator(".paragraph-note"), { theme });
  }
});

test("the opened cite panel has no axe violation, light and dark", async () => {
  for (const theme of ["light", "dark"]) {
    const errors = [];
    const page = await openPage(live.browser, errors);
    await page.goto(live.server.origin + SEED);
    await page.getByText("استشهد بهذه المقالة").click();
    await page.getByRole("region", { name: "CSL-JSON" }).waitFor();
    await setTheme(page, theme);
    const violations = await axeViolations(page);
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  }
});

test("the seed article has no axe violation in the system theme when the system is dark", async () => {
  // A browser of its own: Firefox takes the system's scheme at launch only.
  const dark = await launch({ colorScheme: "dark" });
  try {
    const probe = await openPage(dark, []);
    assert.ok(await probe.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches), "the system prefers dark");
    await probe.close();
    await check(SEED, heading, { theme: "system", browser: dark });
  } finally {
    await dark.close();
  }
});

for (const id of ["mixed-ar", "mixed-en", "mixed-bare"]) {
  test(`the mixed-direction article ${id} has no axe violation, light and dark`, async () => {
    await check(`/?bundle=fixtures/mixed.json#/article/${id}`, heading, { theme: "light" });
    await check(`/?bundle=fixtures/mixed.json#/article/${id}`, heading, { theme: "dark" });
  });
}

test("an article's provenance panel has no axe violation, light and dark", async () => {
  await check("/?bundle=fixtures/provenance.json#/article/with-provenance", heading, { theme: "light" });
  await check("/?bundle=fixtures/provenance.json#/article/with-provenance", heading, { theme: "dark" });
});

test("the mixed list has no axe violation", async () => {
  await check("/?bundle=fixtures/mixed.json", (page) => page.locator(".entry-title").first());
});

for (const theme of ["light", "dark"]) {
  test(`the bundle's problems, opened, have no axe violation in the ${theme} theme`, async () => {
    const errors = [];
    const page = await openPage(live.browser, errors);
    await page.goto(live.server.origin + "/?bundle=fixtures/problems.json");
    await page.locator(".bundle-problems summary").click();
    await page.locator(".bundle-problems li").first().waitFor();
    await setTheme(page, theme);
    const violations = await axeViolations(page);
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });
}

test("the error view has no axe violation", async () => {
  await check("/?bundle=fixtures/missing.json", (page) => page.getByRole("alert"));
});

test("the display settings, opened, have no axe violation and change the page as chosen", async () => {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.goto(live.server.origin + "/#/article/e5bda383449404da");
  await heading(page).waitFor();
  await page.getByText("إعدادات العرض").click();
  await page.getByRole("radio", { name: "داكن" }).check();
  assert.equal(await page.locator(".page").getAttribute("data-theme"), "dark");
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  // The choice is kept in this browser: a reload keeps it.
  await page.reload();
  await heading(page).waitFor();
  assert.equal(await page.locator(".page").getAttribute("data-theme"), "dark");
  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("link", { name: "Back to the list of articles" }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.deepEqual(errors, []);
  await page.close();
});

test("long facets with their tools, AND on, and a Hijri timeline and period have no axe violation, light and dark", async () => {
  for (const theme of ["light", "dark"]) {
    const errors = [];
    const page = await openPage(live.browser, errors);
    await page.goto(live.server.origin + "/?bundle=/fixtures/calendars.json#/?all=person&all=tag&from=2022-06-01&to=2024-12-31");
    await page.locator(".entry-title").first().waitFor();
    await openBehind(page, ".filters-button");
    await openTimeline(page);
    await page.locator(".facet-filter").first().waitFor();
    await page.getByText("إعدادات العرض", { exact: true }).click();
    await page.getByRole("radio", { name: "هجري (محسوب)" }).check();
    await page.locator(".tl-calendar-note").waitFor();
    await page.locator(".date-range-hijri").waitFor();
    await page.evaluate(() => document.fonts.ready);
    await setTheme(page, theme);
    const violations = await axeViolations(page);
    await page.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  }
});
