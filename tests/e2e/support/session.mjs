// One test file's server and browser: started before its tests, closed after them, so a file
// says only what it tests.

import { after, before } from "node:test";
import { serve } from "./server.mjs";
import { launch } from "./browser.mjs";

/** Registers the hooks; the returned object's `server` and `browser` are set once they start.
 * With `skip`, nothing starts (the file's tests are skipped, with their reason). */
export function session({ skip = false, setUp = async () => {} } = {}) {
  const live = { server: null, browser: null };
  before(async () => {
    if (skip) return;
    await setUp();
    live.server = await serve();
    live.browser = await launch();
  });
  after(async () => {
    await live.browser?.close();
    await live.server?.close();
  });
  return live;
}
