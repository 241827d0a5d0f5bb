// Debian's Chromium, headless, driven by playwright-core (which never downloads a browser of its own).

import { chromium } from "playwright-core";

const flags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Launches the browser; the caller closes it. */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, args: flags });
}

/** A new page that fails the test on any uncaught error in the app. */
export async function openPage(browser, errors) {
  const page = await browser.newPage();
  page.on("pageerror", (error) => errors.push(error.message));
  return page;
}
