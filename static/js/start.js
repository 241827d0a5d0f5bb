// Starts the standalone reader page. It is a file of its own rather than Trunk's inline script,
// so that a page served with a strict Content-Security-Policy (script-src 'self') runs it.

import init, { startPage } from "../sahifa-web.js";

const wasm = await init({ module_or_path: new URL("../sahifa-web_bg.wasm", import.meta.url) });
startPage();
// The event Trunk's own loader fires, kept for tools that wait on it (the bench reads the wasm
// memory from it).
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));

// A page that opted in to reading offline keeps the app and what it opens (docs/embedding.md).
if (document.querySelector('meta[name="sahifa-offline"]')?.content === "keep") {
  const { keepOffline } = await import("./offline.js");
  keepOffline();
}

// Inside an iframe, the page reports its height so the host can size the frame to it.
if (window.parent !== window) {
  const { reportHeight } = await import("./iframe-height.js");
  reportHeight();
}
