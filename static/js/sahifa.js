// <sahifa-viewer>: the reader as a custom element for an existing page. One <script type="module">
// of this file, then <sahifa-viewer src="/archive/articles.json"></sahifa-viewer> where the reader
// belongs. Each viewer renders in its own shadow root, with its own styles, state and bundle.

// Everything else (wasm, glue, styles) sits beside the app's files, one folder up from this
// script, wherever the host or a CDN serves it from: derived from this script's own URL.
const base = new URL("../", import.meta.url);

// The wasm module is fetched and compiled once, however many viewers the page has.
let app;
function loadApp() {
  app ??= import(new URL("sahifa-web.js", base).href).then(async (glue) => {
    await glue.default({ module_or_path: new URL("sahifa-web_bg.wasm", base) });
    return glue;
  });
  return app;
}

// @font-face is not honoured inside a shadow root, so the faces are declared once in the host
// document; their files are fetched only when a viewer shows text in them.
function addFonts() {
  const href = new URL("fonts/fonts.css", base).href;
  if (document.querySelector(`link[rel="stylesheet"][href="${href}"]`)) return;
  const fonts = document.createElement("link");
  fonts.rel = "stylesheet";
  fonts.href = href;
  document.head.append(fonts);
}

const ATTRIBUTES = ["src", "lang", "view", "theme", "state-param", "height", "first-byte-seconds", "stall-seconds"];
let viewers = 0;

class SahifaViewer extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  #number = ++viewers;
  // The viewer's own box inside the shadow root: it holds the height and resets every inherited
  // property (static/style.css, .sahifa-frame), where no selector of the host page can reach.
  #frame = document.createElement("div");
  #viewer = null;
  #mount = null;
  #rendering = Promise.resolve();
  #renderQueued = false;

  constructor() {
    super();
    addFonts();
    const shadow = this.attachShadow({ mode: "open" });
    const styles = document.createElement("link");
    styles.rel = "stylesheet";
    styles.href = new URL("style.css", base).href;
    this.#frame.className = "sahifa-frame";
    shadow.append(styles, this.#frame);
  }

  connectedCallback() {
    this.#render();
  }

  disconnectedCallback() {
    // Chained after any render in flight, so a viewer removed while loading is still freed.
    this.#rendering = this.#rendering.then(() => this.#unmount());
  }

  attributeChangedCallback() {
    if (this.isConnected) this.#render();
  }

  // Attributes often change together (and all at once while the page is parsed): one render
  // for the lot, after the current task.
  #render() {
    if (this.#renderQueued) return;
    this.#renderQueued = true;
    queueMicrotask(() => {
      this.#renderQueued = false;
      this.#applyHeight();
      this.#rendering = this.#rendering.then(async () => {
        try {
          const glue = await loadApp();
          this.#unmount();
          if (!this.isConnected) return;
          // A fresh element for each mount: the previous app's teardown is scheduled, not
          // immediate, and must not share a root with its successor.
          this.#mount = document.createElement("div");
          this.#mount.className = "sahifa-root";
          this.#frame.append(this.#mount);
          this.#viewer = glue.mountViewer(this.#mount, this.#options());
        } catch (error) {
          this.#showFailure(error);
        }
      });
    });
  }

  #unmount() {
    this.#viewer?.destroy();
    this.#viewer?.free();
    this.#viewer = null;
    this.#mount?.remove();
    this.#mount = null;
  }

  #options() {
    const src = this.getAttribute("src");
    const param = this.getAttribute("state-param");
    return {
      src: src ? new URL(src, document.baseURI).href : undefined,
      view: this.getAttribute("view") ?? undefined,
      lang: this.getAttribute("lang") ?? undefined,
      theme: this.getAttribute("theme") ?? undefined,
      // Two viewers must not share a parameter: by default each takes one named after its id,
      // or its place among the viewers of the page.
      stateParam: param ?? `sahifa-${this.id || this.#number}`,
      // The time limits, in seconds; the app falls back to the page's <meta>s, then its defaults.
      firstByteSeconds: this.getAttribute("first-byte-seconds") ?? undefined,
      stallSeconds: this.getAttribute("stall-seconds") ?? undefined,
    };
  }

  // `height="auto"` (the default) grows with the content, or fills the element when the host's
  // CSS gives it a height; any CSS length fixes the box, which scrolls inside (style.css). The
  // size is the inner frame's, not the element's: a host rule such as `* { all: unset
  // !important }` beats the element's own style and makes it an inline box, which no height
  // holds, so a fixed-height viewer grew without limit; forcing the element's display back would
  // take from the host the right to hide it. Nothing of the host reaches the frame. Set through
  // the CSSOM, which a strict style-src allows.
  #applyHeight() {
    const height = this.getAttribute("height");
    if (height && height !== "auto") this.#frame.style.setProperty("block-size", height);
    else this.#frame.style.removeProperty("block-size");
  }

  // The wasm could not load (offline, blocked, a CSP without 'wasm-unsafe-eval'): say so in the
  // viewer's own box, as text; the host page goes on working.
  #showFailure(error) {
    const box = document.createElement("p");
    box.setAttribute("role", "alert");
    box.className = "sahifa-load-failure";
    box.textContent = `sahifa could not start: ${error?.message ?? error}`;
    this.#unmount();
    this.#mount = box;
    this.#frame.append(box);
  }
}

// Each attribute has a matching property, as built-in elements do.
for (const attribute of ATTRIBUTES) {
  const property = attribute.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
  Object.defineProperty(SahifaViewer.prototype, property, {
    get() {
      return this.getAttribute(attribute);
    },
    set(value) {
      if (value === null || value === undefined) this.removeAttribute(attribute);
      else this.setAttribute(attribute, value);
    },
  });
}

if (!customElements.get("sahifa-viewer")) customElements.define("sahifa-viewer", SahifaViewer);
