// Checks docs/bundle.schema.json: it accepts the sample bundle and the examples in docs/bundle-format.md, and refuses what the reader refuses.
//
// Run with `node --test schema.test.mjs` in tests/e2e. The Rust tests in crates/sahifa-core/tests
// check the same documented examples against the reader itself.

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";

const repo = new URL("../../", import.meta.url);
const readJson = (path) => JSON.parse(readFileSync(new URL(path, repo), "utf8"));

const schema = readJson("docs/bundle.schema.json");
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(schema);

/** The schema's complaints about a value, one line each, or [] when it is valid. */
function complaints(value) {
  if (validate(value)) return [];
  return validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
}

/** The ```json blocks announced by an `<!-- example: NAME -->` line, in document order. */
function documentedExamples() {
  const doc = readFileSync(new URL("docs/bundle-format.md", repo), "utf8");
  const marked = /<!-- example: *([\w-]+) *-->\r?\n```json\r?\n([\s\S]*?)\r?\n```/g;
  return [...doc.matchAll(marked)].map(([, name, json]) => ({ name, bundle: JSON.parse(json) }));
}

/** A valid bundle around the given articles. */
const bundle = (...articles) => ({ sahifa: 1, title: "أرشيف", lang: "ar", articles });
const article = (fields = {}) => ({ id: "a", title: "عنوان", body: ["فقرة"], ...fields });

test("the sample bundle is valid", () => {
  assert.deepEqual(complaints(readJson("static/sample/bundle.json")), []);
});

test("the documented minimal and full examples are valid", () => {
  const examples = documentedExamples();
  assert.deepEqual(
    examples.map((e) => e.name),
    ["minimal", "full"],
  );
  for (const { name, bundle } of examples) {
    assert.deepEqual(complaints(bundle), [], `example ${name}`);
  }
});

test("what the reader reads without a finding is valid", () => {
  const table = {
    "no articles": bundle(),
    "an undated article": bundle(article()),
    "null for optional text": bundle(
      article({ date: null, lang: null, summary: null, byline: null, publisher: null, source: null, url: null }),
    ),
    "blank optional text": bundle(article({ summary: " ", source: "", lang: "" })),
    "body as one string": bundle(article({ body: "first\n\nsecond" })),
    "body with blank paragraphs among real ones": bundle(article({ body: ["", "فقرة", "  "] })),
    "source as an object without url": bundle(article({ source: { name: "نورث برس" } })),
    "repeated and blank names": bundle(article({ tags: ["a", "a", " "] })),
    "unknown fields, top and article": { ...bundle(article({ "x-cms-id": 42 })), "x-exported-by": "cms" },
    "description": { ...bundle(article()), description: "عن الأرشيف" },
    "a whole-number id": bundle(article({ id: 7 }), article({ id: -3 })),
    "an empty date": bundle(article({ date: "" })),
    "a date of spaces": bundle(article({ date: "   " })),
    "a date with spaces around it": bundle(article({ date: " 2022-01-31 " })),
    "tags as one string": bundle(article({ tags: "وسم" })),
    "names as null": bundle(article({ tags: null, places: null, people: null, organizations: null })),
    "events as null": bundle(article({ events: null })),
    "body split at a line of spaces": bundle(article({ body: "  first\n  same paragraph\n \t \nsecond  " })),
    "http and https links, any case": bundle(
      article({ id: "a", url: "https://example.org/a", source: { name: "وكالة", url: "http://example.org" } }),
      article({ id: "b", url: " HTTPS://EXAMPLE.ORG/b " }),
    ),
    "blank links": bundle(article({ url: " ", source: { name: "وكالة", url: "" } })),
    "full provenance": bundle(
      article({
        provenance: {
          captured: "2022-01-31T10:15Z",
          sha256: "ABCDEF0123456789abcdef0123456789abcdef0123456789abcdef0123456789",
          collector: "فريق الرصد",
          archived: [{ archive: "Wayback Machine", url: "https://web.archive.org/web/2022/x", captured: "2022-02-01" }],
          verification: { status: "Disputed", note: "تنفيه جهة رسمية" },
          corrections: [{ date: "2022-02-02", change: "صُحّح العنوان" }],
        },
      }),
    ),
    "an integrity record, signed": {
      ...bundle(article()),
      integrity: {
        articles: { a: "c4142e6d980eeb380115e78917775361be59450fc6c7f42be9ddb7c568029ea2" },
        bundle: "52151d010fe4ecdb09c94bc017469fc56b8434ab1fd3c5cb93f7e9c73db936aa",
        signature: { key: "af".repeat(32), published_at: "https://centre.example/sahifa.pub", value: "0b".repeat(64) },
      },
    },
  };
  for (const [name, value] of Object.entries(table)) {
    assert.deepEqual(complaints(value), [], name);
  }
});

test("dates follow the reader's grammar", () => {
  const valid = [
    "2022-01-31",
    "2024-02-29",
    "2000-02-29",
    "0000-02-29",
    "2022-01-31T09:05",
    "2022-01-31T09:05:07Z",
    "2022-01-31T09:05:07z",
    "2022-01-31T09:05:00+03:00",
    "2022-01-31T09:05-04:30",
    "2022-01-31T09:05+03",
    "2022-01-31 21:43",
    "2022-12-31T23:59:59",
    "2022-01-31T09:05+25:59",
    "",
    "  ",
    " 2022-01-31T09:05Z ",
  ];
  const invalid = [
    "2023-02-29",
    "1900-02-29",
    "2022-04-31",
    "2022-13-01",
    "2022-00-10",
    "2022-01-00",
    "31/01/2022",
    "2022-1-31",
    "٢٠٢٢-٠١-٣١",
    "+022-01-31",
    "2022-01-31T",
    "2022-01-31t09:05",
    "2022-01-31T24:00",
    "2022-01-31T09:60",
    "2022-01-31T9:05",
    "2022-01-31T09:05:07.250Z",
    "2022-01-31T09:05+0300",
    "2022-01-31Z",
    "2022-01-31T09:05+26:00",
    "2022-01-31T09:05Z03",
    "2022-01-31T09:05Z+03:00",
    "2022-01-31 T09:05",
  ];
  for (const date of valid) {
    assert.deepEqual(complaints(bundle(article({ date }))), [], date);
  }
  for (const date of invalid) {
    assert.notDeepEqual(complaints(bundle(article({ date }))), [], `${JSON.stringify(date)} should be refused`);
  }
});

test("what the reader refuses, skips or warns about is invalid", () => {
  const { sahifa, ...withoutVersion } = bundle(article());
  const table = {
    "missing sahifa": withoutVersion,
    "version 2": { ...bundle(article()), sahifa: 2 },
    "version as a string": { ...bundle(article()), sahifa: "1" },
    "version true": { ...bundle(article()), sahifa: true },
    "a JSON array instead of a bundle": [article()],
    "missing articles": { sahifa: 1, title: "أرشيف", lang: "ar" },
    "articles as null": { ...bundle(), articles: null },
    "articles as an object": { ...bundle(), articles: { a: article() } },
    "a bundle title that is not a string": { ...bundle(article()), title: 5 },
    "a bundle lang that is null": { ...bundle(article()), lang: null },
    "a description that is not a string (canonical form)": { ...bundle(article()), description: 5 },
    "blank bundle title": { ...bundle(article()), title: " " },
    "missing bundle lang": { sahifa: 1, title: "أرشيف", articles: [article()] },
    "an article without a title": bundle({ id: "a", body: ["فقرة"] }),
    "an article without an id": bundle({ title: "عنوان", body: ["فقرة"] }),
    "an id with a fraction": bundle(article({ id: 7.5 })),
    "an id that is a boolean": bundle(article({ id: true })),
    "a blank id": bundle(article({ id: "  " })),
    "a title of the wrong type": bundle(article({ title: 5 })),
    "a date in another order": bundle(article({ date: "31/01/2022" })),
    "a day that does not exist": bundle(article({ date: "2023-02-29" })),
    "a date that is a number": bundle(article({ date: 20220131 })),
    "a body that is an object": bundle(article({ body: { text: "فقرة" } })),
    "a body that is a number": bundle(article({ body: 5 })),
    "an empty body": bundle(article({ body: [] })),
    "a blank body string": bundle(article({ body: "\n\n  " })),
    "a paragraph that is not a string": bundle(article({ body: ["فقرة", 2] })),
    "tags as a number": bundle(article({ tags: 5 })),
    "a tag that is not a string": bundle(article({ tags: ["وسم", 5] })),
    "places as an object": bundle(article({ places: { name: "مكان" } })),
    "events as a string": bundle(article({ events: "حدث" })),
    "an event that is not an object": bundle(article({ events: ["2022-01-20"] })),
    "a javascript: url": bundle(article({ url: "javascript:alert(1)" })),
    "a relative url": bundle(article({ url: "/news/17" })),
    "a scheme-relative url": bundle(article({ url: "//example.org/news/17" })),
    "a url of the wrong type": bundle(article({ url: 5 })),
    "a source url that is not http": bundle(article({ source: { name: "وكالة", url: "ftp://example.org" } })),
    "a source with a blank name and a javascript: url": bundle(article({ source: { name: " ", url: "javascript:x" } })),
    "a source that is a number": bundle(article({ source: 5 })),
    "a source without a name": bundle(article({ source: { url: "https://example.org" } })),
    "an event with a bad date": bundle(article({ events: [{ date: "20 January 2022", label: "حدث" }] })),
    "an event with a time": bundle(article({ events: [{ date: "2022-01-20T10:00", label: "حدث" }] })),
    "an event without a label": bundle(article({ events: [{ date: "2022-01-20" }] })),
    "an event with a blank label": bundle(article({ events: [{ date: "2022-01-20", label: " " }] })),
    "an article that is a string": bundle("a"),
    "an article that is null": bundle(null),
    "a verification status outside the vocabulary": bundle(article({ provenance: { verification: { status: "true" } } })),
    "a file hash that is not SHA-256": bundle(article({ provenance: { sha256: "abc" } })),
    "an archived copy without its archive's name": bundle(article({ provenance: { archived: [{ url: "https://web.archive.org/x" }] } })),
    "an archived copy at a javascript: address": bundle(
      article({ provenance: { archived: [{ archive: "x", url: "javascript:alert(1)" }] } }),
    ),
    "a correction on no real day": bundle(article({ provenance: { corrections: [{ date: "2022-13-01", change: "x" }] } })),
    "provenance that is a string": bundle(article({ provenance: "موثق" })),
    "an integrity record without the bundle's hash": { ...bundle(article()), integrity: { articles: {} } },
    "an article hash that is not hex": { ...bundle(article()), integrity: { articles: { a: "xyz" }, bundle: "0".repeat(64) } },
  };
  for (const [name, value] of Object.entries(table)) {
    assert.notDeepEqual(complaints(value), [], `${name} should be refused`);
  }
});

// docs/archive.schema.json against a manifest `sahifa build --archive` wrote (`cargo xtask test`
// writes the sample's into target/e2e/sample-archive/ before the journeys).
const archiveSchema = new Ajv2020({ allErrors: true, strict: true }).compile(readJson("docs/archive.schema.json"));
const sampleManifest = new URL("target/e2e/sample-archive/manifest.json", repo);

test("a written archive's manifest is valid, and the schema refuses what the reader refuses", (t) => {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(sampleManifest, "utf8"));
  } catch {
    t.skip("no archive at target/e2e/sample-archive: `cargo xtask test` writes it");
    return;
  }
  assert.ok(archiveSchema(manifest), JSON.stringify(archiveSchema.errors));
  const refused = {
    "another version": { ...manifest, sahifa_archive: 2 },
    "a name outside the folder": { ...manifest, front: "../f/0123456789abcdef.json" },
    "a name without its hash": { ...manifest, index: "i/index.json" },
    "no article count": Object.fromEntries(Object.entries(manifest).filter(([k]) => k !== "articles")),
  };
  for (const [name, value] of Object.entries(refused)) {
    assert.equal(archiveSchema(value), false, name);
  }
});
