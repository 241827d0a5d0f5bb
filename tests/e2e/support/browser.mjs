// The engine the journeys run in, chosen by E2E_ENGINE: Debian's Chromium (the default) over the
// DevTools protocol, or Debian's Firefox ESR over WebDriver BiDi; headless, both driven by
// playwright-core (which never downloads a browser of its own), so each journey is written once.

import { createHash } from "node:crypto";
import { chromium, firefox } from "playwright-core";

const ENGINES = ["chromium", "firefox"];

/** "chromium" or "firefox". */
export const engine = process.env.E2E_ENGINE ?? "chromium";
if (!ENGINES.includes(engine)) {
  throw new Error(`E2E_ENGINE is "${engine}": it must be one of ${ENGINES.join(", ")}`);
}

/** Why the print layout cannot be checked here, or false when it can: a test's `skip`. CDP can
 * switch a page to print media; WebDriver BiDi has no such command in Firefox ESR 153, and
 * playwright-core there ignores the request silently, which would check the screen layout under
 * a print test's name. What the app does wrong in one engine is never skipped: it is a defect. */
export const printMedia =
  engine !== "chromium" && "Chromium only: Firefox's WebDriver BiDi cannot switch a page to print media";

const chromiumFlags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Firefox's `prefers-color-scheme` as a preference (0 dark, 1 light): its WebDriver BiDi cannot
 * emulate media features, so a browser is launched in the scheme its pages need. playwright-core
 * starts each launch on a fresh profile whose preferences already turn off updates, telemetry,
 * safe browsing and the other calls home. */
const firefoxPrefs = (colorScheme) => ({
  "layout.css.prefers-color-scheme.content-override": colorScheme === "dark" ? 0 : 1,
});

const colorSchemes = new WeakMap();

/** Launches the browser, its pages in `colorScheme` (what the system prefers); the caller closes it. */
export async function launch({ colorScheme = "light" } = {}) {
  const browser =
    engine === "firefox"
      ? await firefox.launch({
          // The moz- channel is playwright-core's WebDriver BiDi client for a stock Firefox.
          channel: "moz-firefox",
          executablePath: process.env.FIREFOX ?? "/usr/bin/firefox-esr",
          headless: true,
          firefoxUserPrefs: firefoxPrefs(colorScheme),
        })
      : await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, args: chromiumFlags });
  colorSchemes.set(browser, colorScheme);
  return browser;
}

/** Before each screenshot in Firefox, playwright-core adds and removes a `<style>body {}</style>`
 * (to restart animations); the page's CSP blocks it, and Firefox reports that as a page error. It
 * is the harness's, not the app's: that one report is dropped, known by the style's hash. */
const screenshotStyle = `'sha256-${createHash("sha256").update("body {}").digest("base64")}'`;

/** A new page that fails the test on any uncaught error in the app (in Firefox, CSP violations too). */
export async function openPage(browser, errors) {
  // Chromium takes the scheme per page; in Firefox the launch set it (and this is a no-op there).
  const page = await browser.newPage({ colorScheme: colorSchemes.get(browser) });
  page.on("pageerror", (error) => {
    if (!error.message.includes(screenshotStyle)) errors.push(error.message);
  });
  return page;
}

/** The browser's back button. Not playwright-core's `goBack`: it waits for a navigation event that
 * Firefox's WebDriver BiDi does not send for a step back within the page (the app's hash and query
 * entries), though the page does go back; the journeys wait for what the reader then sees. */
export async function goBack(page) {
  await page.evaluate(() => history.back());
}
