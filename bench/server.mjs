// The bench's static server on 127.0.0.1: the release app (dist/) at /, the bench pages at /bench/, the peers'
// npm packages at /node_modules/, the bench wasm module at /pkg/ and the bundles at /bundles/, all on one origin
// because the app opens only same-origin bundles.

import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

const repo = fileURLToPath(new URL("../", import.meta.url));
const bench = join(repo, "bench");
const out = join(repo, "target", "bench");

/** URL prefixes and the folders they serve, checked in order. */
const mounts = [
  ["/bench/", bench],
  ["/node_modules/", join(bench, "node_modules")],
  ["/pkg/", join(out, "pkg")],
  ["/bundles/", out],
  ["/", join(repo, "dist")],
];

export const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".woff2": "font/woff2",
};

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs: sahifa's
// keystrokes take well under a millisecond, so the coarse clock would round them away.
const isolation = {
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-embedder-policy": "require-corp",
};

function fileFor(pathname) {
  const path = normalize(decodeURIComponent(pathname));
  if (path.includes("..")) return null;
  const [prefix, dir] = mounts.find(([prefix]) => path.startsWith(prefix));
  const rest = path.slice(prefix.length);
  return join(dir, rest === "" || rest.endsWith("/") ? rest + "index.html" : rest);
}

/** Starts the server on a free port; resolves to { origin, close }. */
export async function serve() {
  const server = createServer(async (request, response) => {
    const file = fileFor(new URL(request.url, "http://127.0.0.1").pathname);
    try {
      if (!file) throw new Error("outside");
      const body = await readFile(file);
      response.writeHead(200, { "content-type": types[extname(file)] ?? "application/octet-stream", ...isolation });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain", ...isolation });
      response.end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}
