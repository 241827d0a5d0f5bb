// The screenshot matrix (issue #19): every view (the list, a search, the filters, the timeline,
// the reader, the error view) on a desktop and a phone, in the Arabic and the English UI, in every
// theme, saved as PNGs in tests/e2e/artifacts/<engine>/matrix/ for a person to look through; and
// what a picture makes obvious, checked in each: no view wider than its screen, no axis label
// running into another or out of the chart. On the corpus bundle when it is here (the archive
// the reader's pass was made on), else on the mixed fixture, saying so.

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { engine, openPage } from "./support/browser.mjs";
import { CORPUS_BUNDLE } from "./support/server.mjs";
import { session } from "./support/session.mjs";
import { setTheme } from "./support/theme.mjs";
import { axisProblems, openBehind, openTimeline, overflow, painted } from "./support/layout.mjs";

const artifacts = fileURLToPath(new URL(`./artifacts/${engine}/matrix/`, import.meta.url));
const live = session({ setUp: () => mkdir(artifacts, { recursive: true }) });

const corpus = existsSync(CORPUS_BUNDLE);
if (!corpus) console.log("# matrix: no corpus bundle (target/e2e/corpus.json), so the mixed fixture is shot instead");
const ARCHIVE = corpus
  ? { bundle: "corpus.json", query: "سوريا", articles: /12906|12,906|١٢٩٠٦/ }
  : { bundle: "fixtures/mixed.json", query: "شهادة", articles: /\d/ };

const DEVICES = { desktop: { width: 1366, height: 900 }, phone: { width: 390, height: 844 } };
const THEMES = ["light", "dark", "sepia"];

/** The views, each reached from the open list as a reader reaches it; `ready` is what shows
 * once it is drawn. The filters come last: the panel a phone opens for them stays open. */
const VIEWS = [
  { name: "list", hash: "#/", ready: ".entry-title" },
  { name: "search", hash: `#/?q=${encodeURIComponent(ARCHIVE.query)}`, ready: ".entry-title" },
  {
    name: "timeline",
    hash: "#/",
    ready: ".timeline",
    then: async (page) => {
      await openTimeline(page);
      await page.locator(".tl-chart").scrollIntoViewIfNeeded();
    },
  },
  {
    name: "reader",
    hash: `#/?q=${encodeURIComponent(ARCHIVE.query)}`,
    ready: ".entry-title",
    then: async (page) => {
      await page.locator(".entry-title").first().click();
      await page.locator("article.reader h1").waitFor();
    },
  },
  {
    name: "filters",
    hash: `#/?q=${encodeURIComponent(ARCHIVE.query)}`,
    ready: ".facet-panel",
    then: async (page) => {
      await openBehind(page, ".filters-button");
      await page.locator(".facet-panel input[type=checkbox]").first().check();
      await page.locator(".facet-panel").scrollIntoViewIfNeeded();
    },
  },
];

/** Shoots the screen in every theme, and fails on what the picture would show wrong. */
async function shootEveryTheme(page, name, failures) {
  await page.evaluate(() => document.fonts.ready);
  await painted(page);
  const wider = await overflow(page);
  if (wider > 0) failures.push(`${name}: the page is ${wider} px wider than the screen`);
  if (await page.locator(".tl-chart").isVisible()) {
    const { found } = await axisProblems(page);
    failures.push(...found.map((f) => `${name}: ${f}`));
  }
  for (const theme of THEMES) {
    await setTheme(page, theme);
    await page.screenshot({ path: `${artifacts}${name}-${theme}.png` });
  }
  await setTheme(page, "light");
}

for (const [device, viewport] of Object.entries(DEVICES)) {
  for (const lang of ["ar", "en"]) {
    test(`every view on a ${device} in the ${lang === "ar" ? "Arabic" : "English"} UI, in every theme`, async () => {
      const errors = [];
      const failures = [];
      const page = await openPage(live.browser, errors);
      await page.setViewportSize(viewport);
      await page.goto(`${live.server.origin}/?bundle=${ARCHIVE.bundle}`, { timeout: 60_000 });
      await page.locator(".search-status").filter({ hasText: ARCHIVE.articles }).waitFor({ timeout: 60_000 });
      if (lang === "en") await page.getByRole("button", { name: "English" }).click();
      for (const view of VIEWS) {
        // Each view from the top of the page, as a link to it would open.
        await page.evaluate((hash) => (location.hash = hash), view.hash);
        await page.locator(view.ready).first().waitFor({ timeout: 30_000 });
        await page.evaluate(() => scrollTo(0, 0));
        if (view.then) await view.then(page);
        await shootEveryTheme(page, `${device}-${lang}-${view.name}`, failures);
      }
      // The error view: a bundle that is not there.
      await page.goto(`${live.server.origin}/?bundle=fixtures/not-there.json`);
      await page.getByRole("alert").waitFor();
      await shootEveryTheme(page, `${device}-${lang}-error`, failures);
      assert.deepEqual(failures, []);
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}
