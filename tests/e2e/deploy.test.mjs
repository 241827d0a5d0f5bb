// The nginx configuration docs/deploying.md gives (docs/deploy/nginx.conf), in a real nginx: the
// sample's archive and the app served through it get the caching, content types, compression and
// CORS the docs promise, and the page opens the archive. Skipped, saying why, without nginx.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { SAMPLE_ARCHIVE } from "./support/server.mjs";
import { launch, openPage } from "./support/browser.mjs";

const repo = fileURLToPath(new URL("../../", import.meta.url));
const SEED_TITLE = "متحدث التحالف الأسبق: هجوم “داعش” الأخير على سجن الحسكة رسالة إلى العالم";
const skip = spawnSync("nginx", ["-v"]).error ? "nginx is not installed (cargo xtask test installs it)" : false;

let nginx;
let origin;
let browser;

/** A free port on 127.0.0.1. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

before(async () => {
  if (skip) return;
  // A site folder as a centre would upload it: the app's files and the archive beside them.
  const prefix = mkdtempSync(join(tmpdir(), "sahifa-nginx-"));
  const site = join(prefix, "site");
  spawnSync("mkdir", [site]);
  for (const name of readdirSync(join(repo, "dist"))) symlinkSync(join(repo, "dist", name), join(site, name));
  symlinkSync(SAMPLE_ARCHIVE, join(site, "sample-archive"));
  const port = await freePort();
  writeFileSync(
    join(prefix, "nginx.conf"),
    `worker_processes 1; error_log ${prefix}/error.log; pid ${prefix}/nginx.pid; daemon off;
     events {}
     http {
       include /etc/nginx/mime.types; access_log off;
       client_body_temp_path ${prefix}; proxy_temp_path ${prefix}; fastcgi_temp_path ${prefix};
       uwsgi_temp_path ${prefix}; scgi_temp_path ${prefix};
       server { listen 127.0.0.1:${port}; root ${site}; include ${repo}docs/deploy/nginx.conf; }
     }`,
  );
  nginx = spawn("nginx", ["-p", prefix, "-c", join(prefix, "nginx.conf")], { stdio: "inherit" });
  origin = `http://127.0.0.1:${port}`;
  for (let tries = 0; tries < 50; tries += 1) {
    try {
      await fetch(origin + "/");
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  browser = await launch();
});

after(async () => {
  await browser?.close();
  nginx?.kill();
});

test("nginx as docs/deploy/nginx.conf sets it up: the manifest revalidated, hashed files immutable, compressed, open to other origins", { skip }, async () => {
  const gzip = { headers: { "accept-encoding": "gzip" } };
  const manifest = await fetch(origin + "/sample-archive/manifest.json", gzip);
  assert.equal(manifest.status, 200);
  assert.equal(manifest.headers.get("cache-control"), "no-cache");
  assert.match(manifest.headers.get("content-type"), /^application\/json/);
  assert.equal(manifest.headers.get("access-control-allow-origin"), "*");
  const { front, index } = await manifest.json();
  for (const name of [front, index]) {
    const file = await fetch(`${origin}/sample-archive/${name}`, gzip);
    assert.equal(file.headers.get("cache-control"), "public, max-age=31536000, immutable", name);
    assert.match(file.headers.get("content-type"), /^application\/json/, name);
  }
  const bins = readdirSync(join(SAMPLE_ARCHIVE, "i")).filter((name) => name.endsWith(".bin"));
  const bin = await fetch(`${origin}/sample-archive/i/${bins[0]}`, gzip);
  assert.equal(bin.headers.get("content-type"), "application/octet-stream");
  assert.equal(bin.headers.get("cache-control"), "public, max-age=31536000, immutable");
  const wasm = await fetch(origin + "/sahifa-web_bg.wasm", gzip);
  assert.equal(wasm.headers.get("content-type"), "application/wasm");
  assert.equal(wasm.headers.get("content-encoding"), "gzip");
  assert.equal(wasm.headers.get("cache-control"), "no-cache", "the app's files keep their names, so they are asked for again");
});

test("the page opens the sample's archive through nginx", { skip }, async () => {
  const errors = [];
  const page = await openPage(browser, errors);
  await page.goto(origin + "/?bundle=sample-archive/manifest.json");
  await page.getByRole("region", { name: "المقالات" }).getByRole("link", { name: SEED_TITLE }).click();
  await page.getByRole("heading", { level: 1, name: SEED_TITLE }).waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});
