// The archive bench's static host on 127.0.0.1, serving as a CDN would (gzipped, hashed files cached forever, the
// rest revalidated by ETag) and counting every request it answers and the bytes of each body as sent, gzipped.
// Requests the browser answers from its HTTP cache never reach it, which is what a second visit should show.

import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { promisify } from "node:util";
import { gzip } from "node:zlib";
import { extname, join, normalize } from "node:path";
import { types as benchTypes } from "../server.mjs";

const gzipped = promisify(gzip);

/** The bench's content types, and the archive's binary postings. */
const types = { ...benchTypes, ".bin": "application/octet-stream" };

/** A name carrying a content hash (sahifa's archive files, Trunk's output, Pagefind's chunks) never changes. */
const hashed = (path) => /[0-9a-f]{7,}(\.[a-z_0-9]+)+$/.test(path.split("/").pop());

/** woff2 is compressed already, and so are Pagefind's chunks (gzip inside): a CDN's gzip would only add a header. */
const compressible = (path, body) => !path.endsWith(".woff2") && !(body[0] === 0x1f && body[1] === 0x8b);

/**
 * Starts the host. `mounts` are [url prefix, folder] pairs, checked in order. Resolves to { origin, take, close }:
 * `take()` returns the requests answered since the last call ({ path, status, bytes }) and forgets them. (When the
 * page is done waiting is told by the browser, in network.mjs: the throttling happens there, after this has sent.)
 */
export async function serve(mounts) {
  /** Each file as sent, made once: its body (gzipped where a CDN would), headers and ETag. */
  const made = new Map();
  let log = [];

  async function prepare(path, file) {
    if (made.has(file)) return made.get(file);
    const raw = await readFile(file);
    const zip = compressible(path, raw);
    const body = zip ? await gzipped(raw, { level: 6 }) : raw;
    const headers = {
      "content-type": types[extname(file)] ?? "application/octet-stream",
      "cache-control": hashed(path) ? "public, max-age=31536000, immutable" : "no-cache",
      etag: `"${createHash("sha1").update(raw).digest("hex").slice(0, 16)}"`,
      vary: "accept-encoding",
      ...(zip ? { "content-encoding": "gzip" } : {}),
    };
    const entry = { body, headers };
    made.set(file, entry);
    return entry;
  }

  function fileFor(pathname) {
    const path = normalize(decodeURIComponent(pathname));
    if (path.includes("..")) return null;
    const mount = mounts.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return null;
    const rest = path.slice(mount[0].length);
    return join(mount[1], rest === "" || rest.endsWith("/") ? rest + "index.html" : rest);
  }

  const server = createServer(async (request, response) => {
    const path = new URL(request.url, "http://127.0.0.1").pathname;
    let status = 200;
    let bytes = 0;
    try {
      const file = fileFor(path);
      if (!file) throw new Error("outside");
      const { body, headers } = await prepare(path, file);
      if (request.headers["if-none-match"] === headers.etag) {
        status = 304;
        response.writeHead(304, { etag: headers.etag, "cache-control": headers["cache-control"] });
        response.end();
      } else {
        bytes = body.length;
        response.writeHead(200, { ...headers, "content-length": body.length });
        response.end(body);
      }
    } catch {
      status = 404;
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
    log.push({ path, status, bytes });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    take() {
      const taken = log;
      log = [];
      return taken;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
