// The iframe mode: tells the parent page how tall the reader is, whenever that changes, so the
// host's ten-line snippet (docs/embedding.md) can size the frame with no scroll bar of its own.

/** Posts `{ type: "sahifa:height", height }` to the parent on every change of the page's height. */
export function reportHeight() {
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      // The height is no secret, and the host's origin is not known here: any parent may read it.
      window.parent.postMessage({ type: "sahifa:height", height }, "*");
    }
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}
