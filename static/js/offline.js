// Reading offline, for a page that opted in with <meta name="sahifa-offline" content="keep">:
// registers the service worker at the root of the app's folder, names to it what the page
// loaded before it took control, and says when the site has a newer version of the archive.

const worker = new URL("../offline-worker.js", import.meta.url);

/** The notice of a newer version, in the page's language, with the one action it needs. It is
 * built from text nodes: nothing here is read as HTML. */
function sayNewer() {
  if (document.querySelector(".offline-newer")) return;
  const arabic = (document.documentElement.lang || "ar").startsWith("ar");
  const box = document.createElement("div");
  box.className = "offline-newer";
  box.setAttribute("role", "status");
  box.lang = arabic ? "ar" : "en";
  box.dir = arabic ? "rtl" : "ltr";
  const text = document.createElement("p");
  text.textContent = arabic
    ? "في الموقع نسخة أحدث من هذا الأرشيف، وما تقرؤه الآن هو النسخة المحفوظة."
    : "The site has a newer version of this archive; you are reading the kept copy.";
  const reload = document.createElement("button");
  reload.type = "button";
  reload.textContent = arabic ? "اعرض النسخة الأحدث" : "Show the newer version";
  reload.addEventListener("click", () => location.reload());
  box.append(text, reload);
  document.body.append(box);
}

/** Everything of this site the page has loaded so far and loads from now on, as the browser's
 * resource timing lists it: each entry is complete, so the worker fetches nothing twice at once. */
function nameLoads(registration) {
  const send = (urls) => registration.active?.postMessage({ sahifaKeep: urls });
  const own = (url) => new URL(url).origin === location.origin;
  send([location.href.split("#")[0]]);
  new PerformanceObserver((list) => {
    send(list.getEntries().map((entry) => entry.name).filter(own));
  }).observe({ type: "resource", buffered: true });
}

export async function keepOffline() {
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
  navigator.serviceWorker.addEventListener("message", (event) => {
    if (event.data?.sahifa === "newer") sayNewer();
  });
  try {
    await navigator.serviceWorker.register(worker, { type: "classic" });
    nameLoads(await navigator.serviceWorker.ready);
  } catch (error) {
    // A browser in private mode, or a host that serves the worker with the wrong type: the
    // archive still reads online, and the console says why it will not offline.
    console.warn("sahifa: reading offline is not available here:", error);
  }
}
