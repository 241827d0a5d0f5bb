// Puts a theme on the page root the way the app's settings do (data-theme on .page), for views whose controls are not wired yet.

/** Sets `data-theme` on `.page` and waits for the style to apply. */
export async function setTheme(page, theme) {
  await page.locator(".page").evaluate((el, value) => el.setAttribute("data-theme", value), theme);
  await page.evaluate(() => new Promise(requestAnimationFrame));
}
