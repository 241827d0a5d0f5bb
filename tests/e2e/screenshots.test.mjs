// Screenshot journeys: the seed article in light, dark, sepia and print (where the engine can emulate it), and the mixed Arabic/English bundle (wide and narrow), saved as PNGs in tests/e2e/artifacts/<engine>/ for a person to look at; the layout checks a picture makes obvious are asserted too.

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { engine, openPage, printMedia } from "./support/browser.mjs";
import { session } from "./support/session.mjs";
import { setTheme } from "./support/theme.mjs";

// One folder per engine, so that a run in one does not overwrite the other's pictures.
const artifacts = fileURLToPath(new URL(`./artifacts/${engine}/`, import.meta.url));
const SEED = "/#/article/e5bda383449404da";
const MIXED = "/?bundle=fixtures/mixed.json";

const live = session({ setUp: () => mkdir(artifacts, { recursive: true }) });

/** Opens `path` at `width` CSS pixels, with the fonts loaded, in `theme`. */
async function open(path, { width = 1100, theme = "light" } = {}) {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.setViewportSize({ width, height: 900 });
  await page.goto(live.server.origin + path);
  await page.locator("main h1").first().waitFor();
  await page.evaluate(() => document.fonts.ready);
  await setTheme(page, theme);
  return { page, errors };
}

async function shoot(page, name) {
  await page.screenshot({ path: `${artifacts}${name}.png`, fullPage: true });
}

/** Whether anything is wider than the viewport (a long word or URL that did not break). */
function overflows(page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

test("the seed article in light, dark and sepia, set in the self-hosted Naskh", async () => {
  const { page, errors } = await open(SEED);
  assert.ok(await page.evaluate(() => document.fonts.check('20px "Sahifa Naskh"', "ب")), "the Arabic face loaded");
  const family = await page.locator(".reader-body p").first().evaluate((el) => getComputedStyle(el).fontFamily);
  assert.match(family, /^"Sahifa Naskh"/);
  await shoot(page, "seed-light");
  await setTheme(page, "dark");
  assert.equal(await page.locator(".page").evaluate((el) => getComputedStyle(el).backgroundColor), "rgb(22, 24, 27)");
  await shoot(page, "seed-dark");
  await setTheme(page, "sepia");
  await shoot(page, "seed-sepia");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the mixed bundle: an Arabic article with Latin names, numbers, URLs and stray bidi controls", async () => {
  const { page, errors } = await open(`${MIXED}#/article/mixed-ar`);
  await shoot(page, "mixed-ar");
  // The source's label stays at the start of its line (the right, in Arabic) although the name
  // after it opens with a stray right-to-left isolate that is never closed.
  const label = await page.locator(".reader-source > span").boundingBox();
  const name = await page.locator(".reader-source bdi").boundingBox();
  assert.ok(label.x > name.x, `label at ${label.x}, name at ${name.x}`);
  // The reading time still follows the date although the title above opens with an RLO.
  const date = await page.locator(".reader-meta time").boundingBox();
  const time = await page.locator(".reading-time").boundingBox();
  assert.ok(date.x > time.x, `date at ${date.x}, reading time at ${time.x}`);
  await page.setViewportSize({ width: 360, height: 800 });
  assert.equal(await overflows(page), false, "long words and URLs break on a phone");
  await shoot(page, "mixed-ar-narrow");
  assert.deepEqual(errors, []);
  await page.close();
});

test("the mixed bundle: an English article in the Arabic archive, and the list of both", async () => {
  const { page, errors } = await open(`${MIXED}#/article/mixed-en`, { width: 800 });
  assert.equal(await page.locator("article").evaluate((el) => getComputedStyle(el).direction), "ltr");
  await shoot(page, "mixed-en");
  await page.setViewportSize({ width: 360, height: 800 });
  assert.equal(await overflows(page), false);
  await page.goto(`${live.server.origin}${MIXED}#/`);
  await page.locator(".entry-title").first().waitFor();
  await shoot(page, "mixed-list");
  assert.deepEqual(errors, []);
  await page.close();
});

test("on paper: the seed without masthead or navigation, the mixed articles and their list", { skip: printMedia }, async () => {
  const { page, errors } = await open(SEED);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".masthead").isVisible(), false, "no masthead on paper");
  assert.equal(await page.locator(".reader-nav").isVisible(), false, "no navigation on paper");
  await shoot(page, "seed-print");
  for (const [path, name] of [
    [`${MIXED}#/article/mixed-ar`, "mixed-ar-print"],
    [`${MIXED}#/`, "mixed-list-print"],
  ]) {
    await page.goto(live.server.origin + path);
    await page.locator(".entry-title, main h1").first().waitFor();
    await page.evaluate(() => document.fonts.ready);
    await shoot(page, name);
  }
  assert.deepEqual(errors, []);
  await page.close();
});

test("the list on paper: the query, the filters chosen and the count, none of the filter controls", { skip: printMedia }, async () => {
  const query = "شهادة";
  const { page, errors } = await open(`${MIXED}#/?q=${encodeURIComponent(query)}&tag=${encodeURIComponent("سجون")}&from=2023-01-01`);
  await page.locator(".entry-title").first().waitFor();
  await page.emulateMedia({ media: "print" });
  await shoot(page, "mixed-list-filtered-print");
  const visible = (selector) => page.locator(selector).first().isVisible();
  assert.equal(await page.locator("#search-query").inputValue(), query);
  assert.equal(await visible("#search-query"), true, "the query is on paper");
  assert.equal(await visible(".search-status"), true, "the count is on paper");
  assert.equal(await page.locator(".search-status").innerText(), "نتيجة واحدة");
  const panel = page.locator(".facet-panel");
  assert.equal(await panel.getByText("سجون").isVisible(), true, "the chosen tag is on paper");
  assert.equal(await panel.locator(".date-range").isVisible(), true, "the chosen period is on paper");
  // What is not chosen, and the controls themselves, stay on screen.
  assert.equal(await panel.getByText("ISIS").isVisible(), false, "a tag not chosen is not printed");
  assert.equal(await visible('.facet-panel input[type="checkbox"]'), false, "no checkboxes on paper");
  assert.equal(await visible(".clear-filters"), false);
  // The query and the count come before the results, the filters beside or above them, not after.
  const status = await page.locator(".search-status").boundingBox();
  const first = await page.locator(".entry-title").first().boundingBox();
  assert.ok(status.y < first.y, "the count heads the list");
  // With nothing chosen, the filter panel is not printed at all.
  await page.goto(`${live.server.origin}${MIXED}#/`);
  await page.locator(".entry-title").first().waitFor();
  assert.equal(await panel.isVisible(), false, "no empty filter panel on paper");
  assert.equal(await visible("#search-query"), false, "no empty search field on paper");
  assert.equal(await visible(".search-status"), true, "the count is on paper");
  assert.deepEqual(errors, []);
  await page.close();
});
