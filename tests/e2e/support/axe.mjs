// axe-core in a page: inject it, run it, and describe what it found in a form a test failure can print.

import { AXE_PATH } from "./server.mjs";

/** Runs every axe rule on the page as it is now; resolves to a readable list of violations. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) {
    // From the page's own origin: the pages are served under a strict CSP that blocks the
    // inline script an injected file would become.
    await page.addScriptTag({ url: AXE_PATH });
  }
  const { violations } = await page.evaluate(() => window.axe.run(document));
  return violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary}`),
  }));
}
