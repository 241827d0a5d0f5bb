// Export, marks and the dossier (issue 16), as a researcher uses them: the CSV of a search read
// back (its byte-order mark, a row's fields, the count), the JSON export checked by `sahifa
// validate`, two articles marked and exported as a selection (kept across a reload, one marked
// from the reader), nothing to export said rather than an empty file, and the dossier on paper
// (Chromium's print emulation: the cover, then one article a page); in the Arabic and English
// UI, standalone and in an embedded viewer; axe on the opened panel and on the dossier.

import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { openPage, printMedia } from "./support/browser.mjs";
import { axeViolations } from "./support/axe.mjs";
import { AXE_PATH, CORPUS_BUNDLE, CSP, SAMPLE_ARCHIVE } from "./support/server.mjs";
import { session } from "./support/session.mjs";

const SEED_ID = "e5bda383449404da";
const SEED_TITLE = "متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم";
const MIXED = "/?bundle=fixtures/mixed.json";
const SAHIFA = fileURLToPath(new URL("../../target/debug/sahifa", import.meta.url));

const live = session();

/** A host page with one English viewer of the mixed archive, keeping its state in `sahifa-x`. */
function hostPage() {
  live.server.page(
    "/export-host.html",
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
    <script type="module" src="/js/sahifa.js"></script></head><body>
    <sahifa-viewer id="viewer" src="/fixtures/mixed.json" lang="en" state-param="sahifa-x"></sahifa-viewer></body></html>`,
    CSP,
  );
}

/** A page whose downloads are kept for the test to read: each Blob handed to a link, and the
 * file name the link gave it; the print dialog counted instead of opened. */
async function open(path) {
  const errors = [];
  const page = await openPage(live.browser, errors);
  await page.addInitScript(() => {
    window.exported = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      window.exported.push({ blob, name: null });
      return create.call(URL, blob);
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      const last = window.exported.at(-1);
      if (this.download && last) last.name = this.download;
      return click.call(this);
    };
    window.printed = 0;
    window.print = () => { window.printed += 1; };
  });
  await page.goto(live.server.origin + path);
  return { page, errors };
}

/** The last file downloaded: its name, type, first bytes and text (the BOM kept). */
function lastExport(page) {
  return page.evaluate(async () => {
    const { blob, name } = window.exported.at(-1);
    const bytes = new Uint8Array(await blob.arrayBuffer());
    return { name, type: blob.type, first: [...bytes.slice(0, 3)], text: new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes) };
  });
}

/** Waits until `count` files have been downloaded. */
async function downloads(page, count) {
  for (let tries = 0; tries < 200; tries++) {
    if ((await page.evaluate(() => window.exported.filter((e) => e.name).length)) >= count) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`no download number ${count}`);
}

/** axe's findings inside the viewer (its shadow root included), leaving out the host page this
 * file made up, which has no landmarks of its own; and the viewer's skip link, whose target
 * inside the shadow root axe does not look for (the link works: `embed.test.mjs`). */
async function hostViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.addScriptTag({ url: AXE_PATH });
  const { violations } = await page.evaluate(() => window.axe.run(document.querySelector("#viewer")));
  return violations.filter((v) => v.id !== "skip-link").map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(" ")) }));
}

/** RFC 4180 CSV into rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [], field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\r" && text[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i++; }
    else field += c;
  }
  return rows;
}

const HEADER = ["id", "title", "date", "source", "publisher", "tags", "people", "places", "url", "link"];

test("the CSV of a search on the sample reads back with its byte-order mark, its fields and its count, in Arabic and in English", async () => {
  const { page, errors } = await open("/#/?q=" + encodeURIComponent("الحسكة"));
  await page.getByRole("status").filter({ hasText: "نتيجة واحدة" }).waitFor();
  await page.getByText("التصدير والطباعة").click();
  await page.getByRole("button", { name: "نزّل بصيغة CSV" }).click();
  await page.getByRole("status").filter({ hasText: "نُزّل الملف sahifa-results.csv (المقالات: 1)." }).waitFor();
  await downloads(page, 1);
  const file = await lastExport(page);
  assert.equal(file.name, "sahifa-results.csv");
  assert.equal(file.type, "text/csv;charset=utf-8");
  assert.deepEqual(file.first, [0xef, 0xbb, 0xbf], "a UTF-8 byte-order mark");
  const rows = parseCsv(file.text.slice(1));
  assert.deepEqual(rows[0], HEADER);
  assert.equal(rows.length, 2, "the header and the one result");
  const [id, title, date, source, , , people, , , link] = rows[1];
  assert.deepEqual([id, title, date, source, people], [SEED_ID, SEED_TITLE, "2022-01-31", "نورث برس", "مايلز كاغينز"]);
  assert.equal(link, `${live.server.origin}/#/article/${SEED_ID}`);

  await page.getByRole("button", { name: "English" }).click();
  await page.getByRole("button", { name: "Download CSV" }).click();
  await page.getByRole("status").filter({ hasText: "Downloaded sahifa-results.csv (articles: 1)." }).waitFor();
  await downloads(page, 2);
  assert.equal(parseCsv((await lastExport(page)).text.slice(1)).length, 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the JSON export is a bundle that sahifa validate accepts, with every article of the search", { skip: existsSync(SAHIFA) ? false : "no target/debug/sahifa: `cargo xtask test` builds it" }, async () => {
  const { page, errors } = await open(MIXED);
  await page.getByRole("status").filter({ hasText: "3 نتائج" }).waitFor();
  await page.getByText("التصدير والطباعة").click();
  await page.getByRole("button", { name: "نزّل بصيغة JSON" }).click();
  await downloads(page, 1);
  const file = await lastExport(page);
  assert.equal(file.name, "sahifa-results.json");
  const bundle = JSON.parse(file.text);
  assert.deepEqual(bundle.articles.map((a) => a.id), ["mixed-ar", "mixed-en", "mixed-bare"]);
  const path = join(mkdtempSync(join(tmpdir(), "sahifa-export-")), "export.json");
  writeFileSync(path, file.text);
  const report = execFileSync(SAHIFA, ["validate", path], { encoding: "utf8" });
  assert.match(report, /3/, report);
  assert.deepEqual(errors, []);
  await page.close();
});

test("two marked articles are exported as the selection, kept across a reload, marked from the reader too, and cleared", async () => {
  const { page, errors } = await open(MIXED);
  await page.getByRole("status").filter({ hasText: "3 نتائج" }).waitFor();
  const list = page.getByRole("region", { name: "المقالات" });
  await list.getByRole("checkbox", { name: /^علِّم: .*Human Rights Watch/ }).check();
  // By keyboard: the box is a Tab stop, and Space ticks it.
  await list.getByRole("checkbox", { name: /^علِّم: Field report/ }).focus();
  await page.keyboard.press("Space");
  const summary = page.getByText(/^التصدير والطباعة · /);
  await summary.filter({ hasText: "مقالتان معلَّمتان" }).waitFor();
  await page.reload();
  await summary.filter({ hasText: "مقالتان معلَّمتان" }).waitFor();
  await summary.click();
  assert.deepEqual(await axeViolations(page), [], "the opened panel");
  await page.getByRole("radio", { name: "المقالات المعلَّمة (2)" }).check();
  await page.getByRole("button", { name: "نزّل بصيغة CSV" }).click();
  await downloads(page, 1);
  const file = await lastExport(page);
  assert.equal(file.name, "sahifa-marked.csv");
  assert.deepEqual(parseCsv(file.text.slice(1)).slice(1).map((row) => row[0]), ["mixed-ar", "mixed-en"]);
  await page.getByRole("button", { name: "نزّل بصيغة RIS" }).click();
  await downloads(page, 2);
  assert.equal((await lastExport(page)).text.match(/^TY {2}- /gm).length, 2, "two RIS records");

  // From the reader: the third article, then back to the list with three marked.
  await list.getByRole("link", { name: /^Untitled note/ }).click();
  const mark = page.getByRole("button", { name: "علِّم هذه المقالة" });
  assert.equal(await mark.getAttribute("aria-pressed"), "false");
  await mark.click();
  assert.equal(await mark.getAttribute("aria-pressed"), "true");
  await page.getByRole("link", { name: "العودة إلى قائمة المقالات" }).first().click();
  await summary.filter({ hasText: "3 مقالات معلَّمة" }).waitFor();

  await summary.click();
  await page.getByRole("button", { name: "امسح العلامات" }).click();
  await summary.filter({ hasText: "لا مقالات معلَّمة" }).waitFor();
  await page.getByRole("radio", { name: "المقالات المعلَّمة (0)" }).check();
  await page.getByText(/^لا شيء لتصديره: لم تعلِّم أي مقالة بعد/).waitFor();
  assert.equal(await page.getByRole("button", { name: /^نزّل بصيغة/ }).count(), 0, "no download of an empty file");
  assert.deepEqual(errors, []);
  await page.close();
});

test("a search that finds nothing says there is nothing to export, in both languages", async () => {
  const { page, errors } = await open("/#/?q=zzzzqqq");
  await page.getByRole("status").filter({ hasText: "لا نتائج" }).waitFor();
  await page.getByText("التصدير والطباعة").click();
  await page.getByText(/^لا شيء لتصديره: لا مقالة تطابق هذا البحث/).waitFor();
  assert.equal(await page.getByRole("button", { name: /^نزّل بصيغة/ }).count(), 0);
  await page.getByRole("button", { name: "English" }).click();
  await page.getByText(/^Nothing to export: no article matches this search/).waitFor();
  assert.equal(await page.getByRole("button", { name: /^Download/ }).count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});

/** The dossier of the mixed archive's results, opened in English. */
async function openDossier() {
  const opened = await open(MIXED);
  const { page } = opened;
  await page.getByRole("status").filter({ hasText: "3 نتائج" }).waitFor();
  await page.getByRole("button", { name: "English" }).click();
  await page.getByText("Export and print").click();
  await page.getByRole("button", { name: "Show a dossier to print" }).click();
  await page.getByRole("heading", { level: 1, name: "Dossier of articles" }).waitFor();
  return opened;
}

test("the dossier opens with its cover focused, prints from its button, and goes back to the list", async () => {
  const { page, errors } = await openDossier();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "dossier-heading");
  const cover = page.locator(".dossier-cover");
  assert.match(await cover.innerText(), /Articles\s+3/);
  assert.equal(await page.locator(".dossier-article").count(), 3);
  await page.getByRole("button", { name: "Print the dossier" }).click();
  assert.equal(await page.evaluate(() => window.printed), 1);
  assert.deepEqual(await axeViolations(page), []);
  await page.getByRole("button", { name: "Back to the list of articles" }).click();
  await page.getByRole("region", { name: "Articles" }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test("in the Arabic UI the dossier reads right to left, its cover in Arabic", async () => {
  const { page, errors } = await open(MIXED);
  await page.getByRole("status").filter({ hasText: "3 نتائج" }).waitFor();
  await page.getByText("التصدير والطباعة").click();
  await page.getByRole("button", { name: "اعرض ملفًّا للطباعة" }).click();
  await page.getByRole("heading", { level: 1, name: "ملف مقالات" }).waitFor();
  const cover = page.locator(".dossier-cover");
  assert.equal(await cover.evaluate((el) => getComputedStyle(el).direction), "rtl");
  const text = await cover.innerText();
  for (const words of ["نتائج البحث", "كلمات البحث", "عوامل التصفية", "أُعدّ يوم", "عدد المقالات"]) {
    assert.ok(text.includes(words), `${words} on the cover: ${text}`);
  }
  // Each article in its own direction, whatever the UI's (the bare note is in Latin letters).
  assert.deepEqual(await page.locator(".dossier-article").evaluateAll((els) => els.map((el) => el.dir)), ["rtl", "ltr", "ltr"]);
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("on paper the dossier is a cover, then one article a page, without the screen's controls", { skip: printMedia }, async () => {
  const { page, errors } = await openDossier();
  await page.emulateMedia({ media: "print" });
  assert.ok(!(await page.locator(".masthead").isVisible()), "no masthead on paper");
  assert.ok(!(await page.getByRole("button", { name: "Print the dossier" }).isVisible()), "no button on paper");
  const cover = await page.locator(".dossier-cover").evaluate((el) => ({ text: el.innerText, after: getComputedStyle(el).breakAfter }));
  assert.equal(cover.after, "page");
  for (const words of ["Dossier of articles", "The search's results", "Search words", "Filters", "Made on", "Articles"]) {
    assert.ok(cover.text.includes(words), `${words} on the cover: ${cover.text}`);
  }
  const sections = await page.locator(".dossier-article").evaluateAll((els) =>
    els.map((el) => ({ title: el.querySelector("h2").innerText, before: getComputedStyle(el).breakBefore, link: el.querySelector(".dossier-links").innerText })),
  );
  assert.equal(sections.length, 3);
  assert.deepEqual(sections.slice(1).map((s) => s.before), ["page", "page"], "each article after the first begins a page");
  assert.match(sections[1].title, /^Field report/);
  assert.ok(sections[1].link.includes(`${live.server.origin}/?bundle=fixtures/mixed.json#/article/mixed-en`), sections[1].link);
  assert.deepEqual(errors, []);
  await page.close();
});

test("in an embedded viewer in English: mark two, export them, open their dossier; axe clean", async () => {
  hostPage();
  const { page, errors } = await open("/export-host.html");
  const viewer = page.locator("#viewer");
  const list = viewer.getByRole("region", { name: "Articles" });
  await viewer.getByRole("status").filter({ hasText: "3 results" }).waitFor();
  await list.getByRole("checkbox", { name: /^Mark: Field report/ }).check();
  await list.getByRole("checkbox", { name: /^Mark: Untitled note/ }).check();
  await viewer.getByText("Export and print · 2 marked").click();
  assert.deepEqual(await hostViolations(page), []);
  await viewer.getByRole("radio", { name: "The marked articles (2)" }).check();
  await viewer.getByRole("button", { name: "Download CSV" }).click();
  await downloads(page, 1);
  const rows = parseCsv((await lastExport(page)).text.slice(1));
  assert.deepEqual(rows.slice(1).map((row) => row[0]), ["mixed-en", "mixed-bare"]);
  // The link is the host's page with this viewer's own parameter.
  const link = new URL(rows[1][9]);
  assert.equal(link.pathname, "/export-host.html");
  assert.match(link.searchParams.get("sahifa-x"), /mixed-en/);
  await viewer.getByRole("button", { name: "Show a dossier to print" }).click();
  await viewer.getByRole("heading", { level: 1, name: "Dossier of articles" }).waitFor();
  assert.equal(await viewer.locator(".dossier-article").count(), 2);
  assert.match(await viewer.locator(".dossier-cover").innerText(), /The marked articles/);
  assert.deepEqual(await hostViolations(page), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a sharded archive exports the rows it has loaded and says so; no JSON of parts", { skip: existsSync(SAMPLE_ARCHIVE) ? false : "no target/e2e/sample-archive: `cargo xtask test` writes it" }, async () => {
  const { page, errors } = await open("/?bundle=sample-archive/manifest.json");
  await page.getByRole("region", { name: "المقالات" }).getByRole("link", { name: SEED_TITLE }).waitFor();
  await page.getByText("التصدير والطباعة").click();
  await page.getByText("هذا الأرشيف يُقرأ أجزاءً: يضمّ التصدير 1 من 1،").waitFor();
  assert.equal(await page.getByRole("button", { name: "نزّل بصيغة JSON" }).count(), 0, "no bundle of rows");
  await page.getByRole("button", { name: "نزّل بصيغة CSV" }).click();
  await downloads(page, 1);
  const rows = parseCsv((await lastExport(page)).text.slice(1));
  assert.deepEqual(rows.slice(1).map((row) => row[0]), [SEED_ID]);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the corpus's 12,906 articles export without holding the page: the time of each format and the longest task", { skip: existsSync(CORPUS_BUNDLE) ? false : "no target/e2e/corpus.json: `cargo xtask test` builds it when the corpus is here" }, async (t) => {
  const { page, errors } = await open("/?bundle=corpus.json");
  await page.getByRole("status").filter({ hasText: /12906|12,906/ }).waitFor({ timeout: 180_000 });
  // Chromium reports long tasks (their wall time, those over 50 ms); Firefox has no such entries.
  const observed = await page.evaluate(() => {
    window.longest = 0;
    if (!PerformanceObserver.supportedEntryTypes.includes("longtask")) return false;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longest = Math.max(window.longest, entry.duration);
    }).observe({ type: "longtask" });
    return true;
  });
  await page.getByText("التصدير والطباعة").click();
  const figures = [];
  for (const [at, format] of ["CSV", "JSON", "BibTeX", "RIS"].entries()) {
    await page.evaluate(() => { window.longest = 0; });
    const started = Date.now();
    await page.getByRole("button", { name: `نزّل بصيغة ${format}` }).click();
    await downloads(page, at + 1);
    const took = Date.now() - started;
    const file = await page.evaluate(() => ({ size: window.exported.at(-1).blob.size }));
    const longest = observed ? `${Math.round(await page.evaluate(() => window.longest))} ms` : "not observable here";
    figures.push(`${format}: ${took} ms, ${file.size} bytes, longest task ${longest}`);
  }
  const bundle = await page.evaluate(async () => JSON.parse(await window.exported[1].blob.text()).articles.length);
  assert.equal(bundle, 12906);
  t.diagnostic(`export of the corpus (${process.env.E2E_ENGINE ?? "chromium"}): ${figures.join("; ")}`);
  console.log(figures.join("\n"));
  assert.deepEqual(errors, []);
  await page.close();
});
