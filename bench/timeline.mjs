// The timeline in the real app (dist/), driven from node: time from the bundle's last byte to the chart drawn and to
// search ready, the time from a zoom click or a bar click to the next paint, and how many elements the page holds.

import { percentile } from "./engines/measure.mjs";

/** Clicks of each kind: zoom in and out alternately, then bars across the chart. */
const CLICKS = 30;

/**
 * Installed before the app starts. Records when the first bars are painted and when search is ready, and, for a
 * click armed by the driver, two durations from its event: to the DOM updated and laid out (the app's work), and to
 * the next paint (a message posted from the next animation frame runs once that frame is rendered).
 *
 * Not two animation frames: headless Chromium paints at a fixed 60 Hz, so two frames take 33 ms even with nothing to
 * do (measured below), and every click would read as at least a frame late.
 */
export function instrument() {
  const preparing = new Set(["جارٍ تجهيز البحث…", "Preparing search…"]);
  const bench = { drawn: null, searchable: null, armed: null, clicks: [], memory: null, longTasks: [] };
  window.__bench = bench;
  // Main-thread tasks of 50 ms or more: what would hold up a keystroke while the bundle is read and indexed.
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) bench.longTasks.push({ start: task.startTime, duration: task.duration });
  }).observe({ type: "longtask", buffered: true });
  // Trunk's loader announces the app's wasm exports, its linear memory among them.
  addEventListener("TrunkApplicationStarted", (event) => (bench.memory = event.detail.wasm.memory));
  const afterTask = (done) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => done(performance.now());
    channel.port2.postMessage(null);
  };
  const afterPaint = (done) => requestAnimationFrame(() => afterTask(done));
  const observer = new MutationObserver(() => {
    if (bench.drawn === null && document.querySelector(".timeline .tl-bar")) {
      bench.drawn = 0;
      afterPaint((t) => (bench.drawn = t));
    }
    const status = document.querySelector(".search-status");
    if (bench.searchable === null && status && status.textContent && !preparing.has(status.textContent.trim())) {
      bench.searchable = performance.now();
    }
    if (bench.drawn !== null && bench.searchable !== null) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, characterData: true });
  let pending = null;
  // Capture on the window: runs before the app's handlers, so the clock starts before any of its work.
  const onCapture = (event) => {
    if (event.type !== bench.armed) return;
    bench.armed = null;
    const click = { start: performance.now(), laidOut: null };
    pending = click;
    afterPaint((end) => bench.clicks.push({ laidOut: click.laidOut, painted: end - click.start }));
  };
  // Bubbling to the window: runs after the app's handlers; a microtask queued here runs after the render they
  // queued, and reading a layout property then forces style and layout.
  const onBubble = (event) => {
    const click = pending;
    if (!click) return;
    pending = null;
    queueMicrotask(() => {
      document.body.offsetHeight;
      click.laidOut = performance.now() - click.start;
    });
  };
  for (const type of ["click", "pointerup"]) {
    window.addEventListener(type, onCapture, true);
    window.addEventListener(type, onBubble);
  }
}

/** With no work to do: the median wait for the next painted frame, and for two animation frames. */
async function paintFloor() {
  const median = (times) => times.sort((a, b) => a - b)[times.length >> 1];
  const nextPaint = [];
  const twoFrames = [];
  for (let i = 0; i < 30; i++) {
    // Start at a random point of the frame, as a click does.
    await new Promise((done) => setTimeout(done, Math.random() * 17));
    let start = performance.now();
    await new Promise((done) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = done;
        channel.port2.postMessage(null);
      }),
    );
    nextPaint.push(performance.now() - start);
    start = performance.now();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    twoFrames.push(performance.now() - start);
  }
  return { nextPaint: median(nextPaint), twoFrames: median(twoFrames) };
}

const elementCounts = (page) =>
  page.evaluate(() => ({
    timeline: document.querySelectorAll(".timeline *").length + document.querySelectorAll(".timeline").length,
    page: document.querySelectorAll("*").length,
  }));

/** One click through the mouse, timed from the event the app acts on (`click`, or `pointerup` for a bar). */
async function timedClick(page, locator, event) {
  const before = await page.evaluate(() => window.__bench.clicks.length);
  await page.evaluate((type) => (window.__bench.armed = type), event);
  await locator.click();
  await page.waitForFunction((n) => window.__bench.clicks.length > n, before);
}

/** p50 and p95 of both durations of a run of clicks. */
function clickFigures(clicks) {
  const of = (key) => clicks.map((c) => c[key]);
  return {
    laidOut: { p50: percentile(of("laidOut"), 50), p95: percentile(of("laidOut"), 95) },
    painted: { p50: percentile(of("painted"), 50), p95: percentile(of("painted"), 95) },
  };
}

/** Opens the app on `bundle` (a path on the server) in `context`, with the CPU slowed `cpuThrottle` times (as
 * DevTools does, through CDP), and measures its load: from the bundle's last byte to the timeline drawn and to
 * search ready, and the longest main-thread task meanwhile. */
async function openAndLoad(context, origin, bundle, cpuThrottle = 1) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.addInitScript(instrument);
  if (cpuThrottle > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: cpuThrottle });
  }
  await page.goto(`${origin}/index.html?bundle=${bundle.slice(1)}`);
  await page.waitForFunction(() => window.__bench.drawn > 0 && window.__bench.searchable !== null, null, {
    timeout: 300_000,
  });
  const load = await page.evaluate((url) => {
    const arrived = performance.getEntriesByName(url)[0]?.responseEnd ?? NaN;
    const { drawn, searchable, longTasks } = window.__bench;
    // The longest task that ran between the last byte and search ready, in part or whole.
    const during = longTasks.filter((t) => t.start + t.duration > arrived && t.start < searchable);
    const longestTask = Math.max(0, ...during.map((t) => t.duration));
    return { arrived, drawn, searchable, longestTask };
  }, origin + bundle);
  return { page, errors, load };
}

/** How many times slower than this machine a phone's CPU is taken to be: the measurements used 4×. */
export const PHONE_CPU_THROTTLE = 4;

/** The app's load on a phone: a 390×844 touch screen, its CPU throttled 4×, as a mid-range phone runs. */
export async function measurePhone(browser, origin, bundle) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const { errors, load } = await openAndLoad(context, origin, bundle, PHONE_CPU_THROTTLE);
  await context.close();
  if (errors.length) throw new Error(`the app failed on ${bundle}: ${errors.join("; ")}`);
  return { drawn: load.drawn - load.arrived, searchable: load.searchable - load.arrived, longestTask: load.longestTask };
}

/** Opens the app on `bundle` (a path on the server) and measures its timeline. */
export async function measureTimeline(browser, origin, bundle) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page, errors, load } = await openAndLoad(context, origin, bundle);
  const memory = await page.evaluate(async () => {
    // The download's chunks are garbage once parsed, but V8 frees array buffers' memory after a
    // collection, not during it: measured, the heap read 44 MB just after gc() and 2 MB a second
    // later. So: collect, give the sweeper a second, collect again.
    await new Promise((done) => setTimeout(done, 50));
    globalThis.gc?.();
    await new Promise((done) => setTimeout(done, 1000));
    globalThis.gc?.();
    return { wasm: window.__bench.memory?.buffer.byteLength, heap: performance.memory.usedJSHeapSize };
  });
  const atLoad = await elementCounts(page);
  const floor = await page.evaluate(paintFloor);

  let most = { ...atLoad };
  const track = async () => {
    const now = await elementCounts(page);
    most = { timeline: Math.max(most.timeline, now.timeline), page: Math.max(most.page, now.page) };
  };
  const zoomIn = page.getByRole("button", { name: "تكبير", exact: true });
  const zoomOut = page.getByRole("button", { name: "تصغير", exact: true });
  for (let i = 0; i < CLICKS; i++) {
    await timedClick(page, i % 2 === 0 ? zoomIn : zoomOut, "click");
    await track();
  }
  const zoomTimes = await page.evaluate(() => window.__bench.clicks.splice(0));

  const bars = page.locator(".timeline .tl-bar");
  const count = await bars.count();
  for (let i = 0; i < CLICKS; i++) {
    await timedClick(page, bars.nth((i * 7) % count), "pointerup");
    await track();
  }
  const selectTimes = await page.evaluate(() => window.__bench.clicks.splice(0));
  await context.close();
  if (errors.length) throw new Error(`the app failed on ${bundle}: ${errors.join("; ")}`);

  return {
    drawn: load.drawn - load.arrived,
    searchable: load.searchable - load.arrived,
    longestTask: load.longestTask,
    zoom: clickFigures(zoomTimes),
    select: clickFigures(selectTimes),
    floor,
    memory,
    atLoad,
    most,
  };
}
