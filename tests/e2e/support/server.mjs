// A static file server on 127.0.0.1 for the journeys: dist/ at / and at the sub-path /archive/, the test fixtures at /fixtures/.

import { createHash } from "node:crypto";
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const repo = fileURLToPath(new URL("../../../", import.meta.url));
const dist = join(repo, "dist");
const fixtures = join(repo, "tests", "fixtures");
const examples = join(repo, "examples");
/** The corpus bundle `cargo xtask test` builds, when the corpus is on the machine. */
export const CORPUS_BUNDLE = join(repo, "target", "e2e", "corpus.json");
/** The sample as a sharded archive, which `cargo xtask test` writes with `sahifa build --archive`. */
export const SAMPLE_ARCHIVE = join(repo, "target", "e2e", "sample-archive");
/** The corpus as a sharded archive, built beside the corpus bundle when the corpus is here. */
export const CORPUS_ARCHIVE = join(repo, "target", "e2e", "corpus-archive");

/** The policy every page is served with: the strictest a careful host would set. The standalone
 * page and the embedding examples must work under it. */
export const CSP = "script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".woff2": "font/woff2",
  ".bin": "application/octet-stream",
};

/** Where the tests find axe-core on the test server (it is never part of dist/). */
export const AXE_PATH = "/test-tools/axe.min.js";
const axeFile = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** The file a request path names, or null when it is outside the served folders. */
function fileFor(pathname) {
  const path = normalize(decodeURIComponent(pathname));
  if (path.includes("..")) return null;
  if (path === AXE_PATH) return axeFile;
  if (path.startsWith("/fixtures/")) return join(fixtures, path.slice("/fixtures/".length));
  if (path === "/corpus.json") return CORPUS_BUNDLE;
  if (path.startsWith("/sample-archive/")) return join(SAMPLE_ARCHIVE, path.slice("/sample-archive/".length));
  if (path.startsWith("/corpus-archive/")) return join(CORPUS_ARCHIVE, path.slice("/corpus-archive/".length));
  if (path.startsWith("/examples/")) {
    const inExamples = path.slice("/examples/".length);
    return join(examples, inExamples.endsWith("/") || inExamples === "" ? inExamples + "index.html" : inExamples);
  }
  const inDist = path.startsWith("/archive/") ? path.slice("/archive".length) : path;
  return join(dist, inDist.endsWith("/") ? inDist + "index.html" : inDist);
}

/** Answers with `current.body` as a static host does: a strong ETag naming its content, and a
 * 304 without the body to a request that names that ETag; records each answer's status. */
function answerCurrent(current, request, response) {
  const etag = `"${createHash("sha256").update(current.body).digest("hex").slice(0, 16)}"`;
  if (request.headers["if-none-match"] === etag) {
    current.requests.push(304);
    response.writeHead(304, { etag });
    response.end();
    return;
  }
  current.requests.push(200);
  response.writeHead(200, { "content-type": "application/json", "content-length": String(Buffer.byteLength(current.body)), etag });
  response.end(current.body);
}

/** Answers a request `hold` keeps: headers and the first `sent` bytes of `body` when `stall`,
 * else nothing at all; then never another byte, until the browser gives up on it. */
function holdOn(hold, response) {
  hold.requests += 1;
  // Closed before its end: the browser aborted the request.
  response.on("close", () => {
    if (!response.writableEnded) hold.aborted += 1;
  });
  if (hold.body) {
    response.writeHead(200, { "content-type": "application/json", "content-length": String(hold.body.length) });
    response.write(hold.body.subarray(0, hold.sent));
  }
}

/** Answers a request to a `flaky` path: the version of the file for this request, all of it or
 * (with `ranges` and a `Range: bytes=N-`) the rest from N, with a strong ETag naming the version;
 * on the first `drops` requests the connection closes halfway through the body. */
function answerFlaky(flaky, request, response) {
  const body = flaky.versions[Math.min(flaky.requests.length, flaky.versions.length - 1)];
  const range = request.headers.range ?? null;
  flaky.requests.push({ range });
  const etag = `"v${flaky.versions.indexOf(body)}-${body.length}"`;
  const from = flaky.ranges ? Number(/^bytes=(\d+)-$/.exec(range ?? "")?.[1] ?? NaN) : NaN;
  const partial = Number.isInteger(from) && from < body.length;
  const sent = partial ? body.subarray(from) : body;
  const headers = { "content-type": "application/json", "content-length": String(sent.length), etag };
  if (flaky.ranges) headers["accept-ranges"] = "bytes";
  if (partial) headers["content-range"] = `bytes ${from}-${body.length - 1}/${body.length}`;
  response.writeHead(partial ? 206 : 200, headers);
  if (flaky.requests.length > flaky.drops) {
    response.end(sent);
    return;
  }
  // Half the body, and then the connection is gone: the browser's read fails with a network error.
  response.write(sent.subarray(0, Math.floor(sent.length / 2)));
  setTimeout(() => response.destroy(), 300);
}

/** Starts the server on a free port; resolves to { origin, close, page, redirect, hang, stall, flaky }. With `cors`,
 * every answer allows any origin, as a CDN serving sahifa to other sites must (docs/embedding.md).
 * `page(path, html, csp)` adds a page made by a test, served with that policy; `redirect(path,
 * to)` makes `path` answer 302 to `to`, as an open redirect on a centre's site would. `hang(path)`
 * makes `path` never answer, and `stall(path, body, sent)` send the headers and `sent` bytes of
 * `body`, then nothing more: each returns `{ requests, aborted }`, counting the requests and the
 * ones the browser closed before their end. `flaky(path, versions, { drops, ranges })` serves
 * `versions[i]` at the i-th request (the last from then on), dropping the connection halfway
 * through the first `drops` answers, and honouring `Range` when `ranges`: it returns `{ requests }`,
 * the `Range` header of each request (or null). `versioned(path, body)` serves `body` with an ETag
 * and answers a conditional request with 304; it returns `{ body, requests }`, whose `body` a test
 * may replace to publish a new version, and the status of each answer. */
export async function serve({ cors = false } = {}) {
  const made = new Map();
  const redirects = new Map();
  const holds = new Map();
  const flakies = new Map();
  const changing = new Map();
  const server = createServer(async (request, response) => {
    const current = changing.get(new URL(request.url, "http://127.0.0.1").pathname);
    if (current) {
      answerCurrent(current, request, response);
      return;
    }
    const flaky = flakies.get(new URL(request.url, "http://127.0.0.1").pathname);
    if (flaky) {
      answerFlaky(flaky, request, response);
      return;
    }
    const hold = holds.get(new URL(request.url, "http://127.0.0.1").pathname);
    if (hold) {
      holdOn(hold, response);
      return;
    }
    const to = redirects.get(new URL(request.url, "http://127.0.0.1").pathname);
    if (to) {
      response.writeHead(302, { location: to });
      response.end();
      return;
    }
    const own = made.get(new URL(request.url, "http://127.0.0.1").pathname);
    if (own) {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-security-policy": own.csp });
      response.end(own.html);
      return;
    }
    const file = fileFor(new URL(request.url, "http://127.0.0.1").pathname);
    try {
      if (!file) throw new Error("outside");
      const body = await readFile(file);
      const type = types[extname(file)] ?? "application/octet-stream";
      const headers = { "content-type": type };
      if (cors) headers["access-control-allow-origin"] = "*";
      // The iframe example is the one page without the policy: it stands for a host that can
      // only paste HTML, inline script included (docs/embedding.md).
      const pathname = new URL(request.url, "http://127.0.0.1").pathname;
      if (type.startsWith("text/html") && !pathname.startsWith("/examples/iframe/")) {
        headers["content-security-policy"] = CSP;
      }
      response.writeHead(200, headers);
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  const close = () =>
    new Promise((resolve) => {
      server.close(resolve);
      // A browser keeps idle connections open; without this, close would wait for them.
      server.closeAllConnections();
    });
  const page = (path, html, csp) => made.set(path, { html, csp });
  const redirect = (path, to) => redirects.set(path, to);
  const keep = (path, body, sent) => {
    const hold = { body, sent, requests: 0, aborted: 0 };
    holds.set(path, hold);
    return hold;
  };
  const hang = (path) => keep(path, null, 0);
  const stall = (path, body, sent) => keep(path, body, sent);
  const flaky = (path, versions, { drops = 1, ranges = true } = {}) => {
    const served = { versions, drops, ranges, requests: [] };
    flakies.set(path, served);
    return served;
  };
  const versioned = (path, body) => {
    const current = { body, requests: [] };
    changing.set(path, current);
    return current;
  };
  return { origin: `http://127.0.0.1:${port}`, close, page, redirect, hang, stall, flaky, versioned };
}
