// What a picture of the page makes obvious, as checks: the document wider than its viewport, the
// timeline's axis labels running into each other or out of the chart; and the helpers that open
// the panels a narrow screen keeps behind buttons.

/** Resolves once the page has painted twice: the chart measures itself after a render and
 * draws again for the width it found. */
export const painted = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** The chart's box and where each axis label's text is drawn (its text's box, not its
 * element's: a label's grid cell can be narrower than the text that overflows it). */
export const axisBoxes = (page) =>
  page.locator(".tl-chart").evaluate((chart) => ({
    chart: chart.getBoundingClientRect().toJSON(),
    labels: [...chart.querySelectorAll(".tl-axis > *")].map((label) => {
      const text = document.createRange();
      text.selectNodeContents(label);
      return { text: label.textContent, ...text.getBoundingClientRect().toJSON() };
    }),
  }));

/** What is wrong with the axis's labels: each one outside the chart, each two that overlap. */
export async function axisProblems(page) {
  const { chart, labels } = await axisBoxes(page);
  const found = [];
  for (const l of labels) {
    if (l.left < chart.left - 0.5 || l.right > chart.right + 0.5) found.push(`"${l.text}" [${l.left}, ${l.right}] outside [${chart.left}, ${chart.right}]`);
  }
  const across = [...labels].sort((a, b) => a.left - b.left);
  for (let i = 1; i < across.length; i += 1) {
    if (across[i - 1].right > across[i].left) found.push(`"${across[i - 1].text}" runs into "${across[i].text}"`);
  }
  return { labels, found };
}

/** How many CSS pixels the document is wider than its viewport (0 when it fits). */
export const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Opens the panel a narrow screen keeps behind `button` (a selector), if it is closed. */
export async function openBehind(page, button) {
  const control = page.locator(button);
  if ((await control.isVisible()) && (await control.getAttribute("aria-expanded")) === "false") await control.click();
}

/** Opens the timeline where a narrow screen keeps it behind its button. */
export const openTimeline = (page) => openBehind(page, ".timeline-button");
