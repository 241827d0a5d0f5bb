// Debian's Chromium, headless, for the bench: the end-to-end tests' flags, plus a precise JS heap figure and a
// callable gc() so heap sizes are measured after collection, not before.

import { chromium } from "playwright-core";

const flags = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--enable-precise-memory-info",
  "--js-flags=--expose-gc",
];

/** Launches the browser; the caller closes it. */
export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", headless: true, args: flags });
}
