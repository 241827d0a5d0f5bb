// What the hostile-input suite fails on, watched from before the app's first script runs: a
// dialog (alert, confirm, prompt), a Content-Security-Policy violation, an element or attribute
// that could only have come from markup in the data, a link to anything but a full web address or
// the page itself, a bidi override anywhere the reader can see it, a document wider than the
// viewport, and (in Chromium, whose trace times them) a main-thread task over 200 ms.

import { engine } from "./browser.mjs";

/** The longest main-thread task the suite allows, in milliseconds of the thread's CPU time. A
 * task's wall time on a loaded machine (two cores shared by builds) runs to several times its
 * CPU time, and the 'longtask' entries a page can observe give only the wall time: the same
 * sample page showed a 280 ms task there and 96 ms of CPU. Chromium's trace gives both. */
export const LONG_TASK_MS = 200;

/** The event the standalone page fires once the app has started (static/js/start.js): tasks are
 * counted from then on. Before it the page compiles and starts the wasm, the same work whatever
 * the data, and no byte of a bundle has been read (the bench measures that start). */
export const STARTED = "TrunkApplicationStarted";

/** The mark the watch leaves in the trace when the app has started. */
const STARTED_MARK = "hostile-watch: started";

/** Why the long-task check cannot run here, or false: only Chromium traces its tasks for us. */
export const noLongTasks = engine !== "chromium" && "only Chromium gives its main thread's tasks (its trace)";

/** The browser whose trace is running, so that a page closed before its last check does not
 * leave the next page without one. */
let tracing = null;

async function startTrace(browser) {
  if (noLongTasks) return;
  if (tracing) await tracing.stopTracing();
  tracing = browser;
  await browser.startTracing(undefined, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline"] });
}

/** The main-thread tasks since the app started that used more than `LONG_TASK_MS` of CPU, from
 * the trace so far, in ms; the trace starts again for the next check. */
async function longTasks(browser) {
  if (noLongTasks || tracing !== browser) return [];
  tracing = null;
  const trace = JSON.parse((await browser.stopTracing()).toString());
  const events = trace.traceEvents ?? trace;
  await startTrace(browser);
  const main = new Set(
    events.filter((e) => e.ph === "M" && e.name === "thread_name" && e.args.name === "CrRendererMain").map((e) => `${e.pid}:${e.tid}`),
  );
  const started = events.find((e) => e.name === "TimeStamp" && e.args?.data?.message === STARTED_MARK);
  return events
    .filter((e) => e.name === "RunTask" && e.ph === "X" && main.has(`${e.pid}:${e.tid}`))
    .filter((e) => started && e.ts >= started.ts && (e.tdur ?? 0) > LONG_TASK_MS * 1000)
    .map((e) => Math.round(e.tdur / 1000));
}

/** Installed into every page before its scripts: records what happens into `window.__watched`.
 * It runs in the page, so it is written as plain browser code with no closure over this file. */
function installWatch([startedEvent, startedMark]) {
  const seen = { violations: [], dialogs: [], created: [] };
  Object.defineProperty(window, "__watched", { value: seen });
  // A mark in Chromium's trace (elsewhere nothing): tasks before it are not the data's doing.
  addEventListener(startedEvent, () => console.timeStamp(startedMark), { once: true });

  document.addEventListener(
    "securitypolicyviolation",
    (e) => seen.violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`),
    true,
  );
  // A dialog is recorded rather than shown: whatever opens one ran script the page did not write.
  for (const name of ["alert", "confirm", "prompt"]) {
    window[name] = (...args) => {
      seen.dialogs.push(`${name}(${args.map(String).join(", ")})`);
    };
  }

  // The app makes none of these; markup read from data would.
  const foreign = new Set(
    "SCRIPT IMG IFRAME FRAME FRAMESET OBJECT EMBED SVG MATH STYLE BASE VIDEO AUDIO SOURCE TEMPLATE TEXTAREA MARQUEE".split(" "),
  );
  const describe = (el) => `<${el.localName}${[...el.attributes].map((a) => ` ${a.name}="${a.value.slice(0, 60)}"`).join("")}>`;
  const badAddress = (el, name) => {
    let url;
    try {
      url = new URL(el.getAttribute(name), document.baseURI);
    } catch {
      return "not an address";
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") return `a ${url.protocol} address`;
    // A link on the page's own origin may only change the hash or the query: an address from the
    // data resolved against the page (`https:evil/x`) would land elsewhere on the centre's site.
    const link = el.localName === "a" || el.localName === "area";
    if (link && url.origin === location.origin && url.pathname !== location.pathname) return "another page of this site";
    return null;
  };
  const check = (el) => {
    if (!(el instanceof Element)) return;
    const name = el.localName;
    const problems = [];
    if (foreign.has(el.tagName.toUpperCase()) || (name.includes("-") && name !== "sahifa-viewer") || name.includes("hostile")) {
      problems.push("an element the app does not make");
    }
    for (const attribute of el.attributes) {
      // Not `style`: the app writes styles through the CSSOM (`data-css`), which the CSP allows
      // and which shows as the attribute.
      if (/^on|^srcdoc$|^formaction$|hostile|:/i.test(attribute.name)) problems.push(`attribute ${attribute.name}`);
    }
    for (const attribute of ["href", "src", "action", "poster", "data"]) {
      const bad = el.hasAttribute(attribute) && badAddress(el, attribute);
      if (bad) problems.push(`${attribute} is ${bad}`);
    }
    if (problems.length) seen.created.push(`${problems.join(", ")}: ${describe(el)}`);
  };
  const observer = new MutationObserver((records) => {
    // What the HTML parser puts in while the page loads is the served page, not the app's doing.
    if (document.readyState === "loading") return;
    for (const record of records) {
      if (record.type === "attributes") check(record.target);
      for (const node of record.addedNodes) {
        check(node);
        if (node instanceof Element) node.querySelectorAll("*").forEach(check);
      }
    }
  });
  const options = { childList: true, subtree: true, attributes: true };
  observer.observe(document, options);
  // An embedded viewer renders into a shadow root, which an observer of the document does not see.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    observer.observe(root, options);
    return root;
  };
}

/** Checks the page as it is now, in the page: returns what is wrong with what is on screen. */
function scanNow() {
  const overrides = /[\u202d\u202e]/;
  const problems = [];
  const roots = [document];
  const walk = (root) => {
    for (const el of root.querySelectorAll("*")) {
      if (el.shadowRoot) roots.push(el.shadowRoot);
      for (const name of ["title", "aria-label", "placeholder", "alt", "value", "aria-description"]) {
        const value = el.getAttribute(name);
        if (value && overrides.test(value)) problems.push(`a bidi override in ${name} of <${el.localName}>`);
      }
    }
    const text = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = text.nextNode(); node; node = text.nextNode()) {
      if (overrides.test(node.data)) {
        problems.push(`a bidi override in the text of <${node.parentNode?.localName}>: ${JSON.stringify(node.data.slice(0, 80))}`);
      }
    }
  };
  for (let i = 0; i < roots.length; i++) walk(roots[i]);
  if (overrides.test(document.title)) problems.push(`a bidi override in the tab's title: ${JSON.stringify(document.title)}`);
  const wide = document.documentElement.scrollWidth;
  if (wide > window.innerWidth + 1) problems.push(`the document is ${wide} px wide in a ${window.innerWidth} px viewport`);
  return problems;
}

/** A new page of `browser` under watch; `errors` collects uncaught errors (support/browser.mjs).
 * With `tasks` false its tasks are not traced: each check of a traced page costs about a second
 * of collecting the trace, which the journeys spend where the data is large enough for time to
 * be at stake. */
export async function watchedPage(openPage, browser, errors, viewport, { tasks = true } = {}) {
  const page = await openPage(browser, errors);
  if (viewport) await page.setViewportSize(viewport);
  await page.addInitScript(installWatch, [STARTED, STARTED_MARK]);
  if (tasks) await startTrace(browser);
  else if (tracing) {
    await tracing.stopTracing();
    tracing = null;
  }
  const dialogs = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss().catch(() => {});
  });
  return { page, dialogs, browser };
}

/** Everything the watch saw since the page opened, and what is wrong on screen now, as one list
 * of readable problems; `where` names the state the page is in, for the failure message. */
export async function problems({ page, dialogs, browser }, where, { tasks = true } = {}) {
  const seen = await page.evaluate(() => window.__watched);
  const now = await page.evaluate(scanNow);
  const long = await longTasks(browser);
  const found = [
    ...dialogs.map((d) => `a dialog opened: ${d}`),
    ...seen.dialogs.map((d) => `a dialog was called: ${d}`),
    ...seen.violations.map((v) => `a CSP violation: ${v}`),
    ...seen.created.map((c) => `from the data: ${c}`),
    ...(tasks ? long.map((ms) => `a main-thread task of ${ms} ms of CPU`) : []),
    ...now,
  ];
  return found.map((problem) => `${where}: ${problem}`);
}
