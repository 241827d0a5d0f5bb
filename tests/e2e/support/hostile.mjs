// Hostile input for the hostile-input suite (hostile.test.mjs), made as classes rather than
// fixed strings: markup built from openers, tags, handlers and quotes; addresses from schemes,
// the blanks and controls a browser skips, and the joints that make an address relative; every
// bidi control, balanced or not; words and paragraphs far longer than any real one; damaged,
// mis-encoded and mis-versioned bundles; crafted URL state and stored settings. Deterministic,
// so a failure names an input that fails again.

/** A word in every hostile title and body, so a search reaches them and marks its matches. */
export const WORD = "الحسكة";

/** Markup that a browser would run or render if text were ever read as HTML: every opener with
 * every tag, handler and quoting. */
export function markupPayloads() {
  const openers = ["", '">', "'>", "</title>", "</textarea>", "-->", "]]>"];
  const tags = ["img", "svg", "script", "iframe", "details", "math", "x-hostile", "a"];
  const handlers = ["onerror", "onload", "onclick", "ontoggle", "onfocus"];
  const quotes = ["", '"', "'", "`"];
  const out = [];
  for (const opener of openers) {
    for (const tag of tags) {
      for (const [h, handler] of handlers.entries()) {
        const q = quotes[(h + tag.length) % quotes.length];
        out.push(`${opener}<${tag} data-hostile src=x href=javascript:alert(1) ${handler}=${q}alert(1)${q}>${tag}</${tag}>`);
      }
    }
  }
  out.push(
    "<style>*{display:none}</style>",
    '<base href="javascript:alert(1)//">',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "<template><img src=x onerror=alert(1)></template>",
    "&lt;img src=x onerror=alert(1)&gt; &#60;script&#62;",
    "{{constructor.constructor('alert(1)')()}} ${alert(1)}",
    "<!-- <img src=x onerror=alert(1)> -->",
  );
  return out;
}

/** Addresses for the link fields: `javascript:`, `data:` and `vbscript:` in every case, after the
 * blanks and controls a browser strips, and split by a tab it ignores; `http:javascript:`-style
 * relative forms; and real addresses with markup in their query. */
export function urlPayloads() {
  const leads = ["", " ", "\u0001", "\t", "\u0000", "\u00a0", "\n"];
  const schemes = ["javascript", "JaVaScRiPt", "java\tscript", "data", "vbscript", "http", "https", "HTTPS", "file"];
  const joints = ["://", ":", ":/", ":///", ":\\\\", "://\\", ":%2F%2F", "&#58;//"];
  const rests = ["alert(1)", "javascript:alert(1)", "evil.example/x", "text/html,<script>alert(1)</script>", "@evil.example"];
  // Every scheme with every joint, the leads and the rests taking turns: few enough that the
  // journey opens every article.
  const out = [];
  let n = 0;
  for (const scheme of schemes) {
    for (const joint of joints) {
      out.push(`${leads[n % leads.length]}${scheme}${joint}${rests[n % rests.length]}`);
      n += 1;
    }
  }
  out.push('https://example.org/a?b="><img src=x onerror=alert(1)>', "https://example.org/\u202eevil", "//evil.example/x");
  return out;
}

/** The explicit bidi controls: embeddings, overrides, their PDF, the isolates and PDI. */
export const BIDI_CONTROLS = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"];

/** Text with bidi controls: each control before Latin and Arabic letters, unclosed, closed by
 * the wrong one, nested, and a run of all of them. */
export function bidiTexts() {
  const out = [];
  for (const control of BIDI_CONTROLS) {
    out.push(`${control}Human Rights Watch`, `منظمة ${control}العفو الدولية`, `${control}${control}abc${WORD}`);
    for (const closer of ["\u202c", "\u2069"]) out.push(`${control}Syria ${WORD}${closer} after`);
  }
  out.push(BIDI_CONTROLS.join("x"), [...BIDI_CONTROLS].reverse().join(" "), "\u202e\u202d\u202e\u202d nested \u202c\u202c");
  return out;
}

/** One article with `fields`, made whole: an id, a title with `WORD`, a body, a date. */
function article(n, fields = {}) {
  const day = String(1 + (n % 28)).padStart(2, "0");
  const month = String(1 + (n % 12)).padStart(2, "0");
  return { id: `h${n}`, title: `${WORD} ${n}`, date: `20${10 + (n % 14)}-${month}-${day}`, body: [`${WORD} ${n}`], ...fields };
}

/** A bundle's text from its articles and top-level fields. */
export function bundle(articles, top = {}) {
  return JSON.stringify({ sahifa: 1, title: "hostile", lang: "ar", articles, ...top });
}

/** Puts `texts` in every text field in turn, rotating, so each field meets many of them. */
export function everyTextField(texts, top = texts) {
  const at = (i) => texts[i % texts.length];
  const articles = [];
  const perArticle = 14;
  // Each text lands in two fields, one article holding fourteen.
  for (let n = 0; n * perArticle < 2 * texts.length; n++) {
    const i = n * perArticle;
    articles.push(
      article(n, {
        id: `h${n}${at(i)}`,
        title: `${at(i + 1)} ${WORD} ${at(i + 2)}`,
        summary: at(i + 3),
        byline: at(i + 4),
        publisher: at(i + 5),
        source: { name: at(i + 6), url: "https://example.org/" },
        tags: [at(i + 7), `tag ${n % 3}`],
        places: [at(i + 8)],
        people: [at(i + 9)],
        organizations: [at(i + 10)],
        lang: n % 4 === 0 ? at(i + 11) : "ar",
        events: [{ date: `2015-01-${String(1 + (n % 28)).padStart(2, "0")}`, label: at(i + 12) }],
        body: [`${at(i + 13)} ${WORD} ${at(i)}`, at(i + 2)],
      }),
    );
  }
  return bundle(articles, { title: `${top[0]} ${WORD}`, description: top[1 % top.length] });
}

/** How many articles `everyUrlField(urls)` makes. */
export const everyUrlFieldCount = (urls) => Math.ceil(urls.length / 2);

/** Every address in both link fields, two to an article (`h0`, `h1`, …). */
export function everyUrlField(urls) {
  const articles = [];
  for (let n = 0; n * 2 < urls.length; n++) {
    articles.push(article(n, { url: urls[2 * n], source: { name: `source ${n % 5}`, url: urls[2 * n + 1] ?? urls[0] } }));
  }
  return bundle(articles);
}

/** A word of `length` letters (100,000 unless given: longer than any real word by a thousand
 * times) in every field that shows text, the links' paths included. */
export function longWords(letter, length = 100_000) {
  const word = letter.repeat(length);
  const articles = [
    article(0, {
      title: `${WORD} ${word}`,
      summary: word,
      source: { name: word, url: `https://example.org/${word}` },
      url: `https://example.org/${word}`,
      byline: word,
      publisher: word,
      tags: [word],
      places: [word],
      people: [word],
      organizations: [word],
      events: [{ date: "2015-01-02", label: word }],
      body: [`${word} ${WORD} ${word}`],
    }),
    article(1, { body: [`${WORD} ${word}`] }),
  ];
  return bundle(articles, { title: word, description: word });
}

/** Paragraphs of a megabyte of words each, the searched word throughout. */
export function megabyteParagraphs() {
  const megabyte = `${WORD} سجن `.repeat(Math.ceil(1_000_000 / 20));
  return bundle([article(0, { body: [megabyte, `${WORD} end`] }), article(1, { summary: megabyte, body: [`${WORD} ${megabyte}`] })]);
}

const encoder = new TextEncoder();
const SMALL = bundle([article(0), article(1, { id: "second" })]);

/** Bundles that must end in a message (`fatal`) or show their valid articles and name the rest
 * (`skipped`), each with what the message must say. */
export function brokenBundles() {
  const cases = [];
  const add = (name, bytes, expect, says) => cases.push({ name, bytes: typeof bytes === "string" ? encoder.encode(bytes) : bytes, expect, says });
  // Truncated at every kind of place: in a key, a string, a number, between articles, at the
  // end; and inside a character, which reads as bytes that are not UTF-8 at the cut.
  const utf8 = encoder.encode(SMALL);
  const at = (byte) => utf8.indexOf(byte);
  for (const cut of [1, 9, 14, 30, at(0xd8) + 2, at(0x7d) + 1, utf8.length - 2, utf8.length - 1]) {
    add(`cut after ${cut} of ${utf8.length} bytes`, utf8.subarray(0, cut), "fatal", /not valid JSON|EOF/);
  }
  add("cut inside a letter", utf8.subarray(0, at(0xd8) + 1), "fatal", /not UTF-8/);
  const lead = at(0xd8);
  add("a lone lead byte in a title", Uint8Array.from([...utf8.subarray(0, lead), 0xd8, 0x20, ...utf8.subarray(lead + 2)]), "fatal", /not UTF-8/);
  add("an overlong slash", Uint8Array.from([...encoder.encode('{"sahifa": 1, "title": "'), 0xc0, 0xaf, ...encoder.encode('"}')]), "fatal", /not UTF-8/);
  // Arabic written in Windows-1256, the encoding an old Arabic spreadsheet saves.
  add("Windows-1256 text", Uint8Array.from([...encoder.encode('{"sahifa": 1, "title": "'), 0xc7, 0xe1, 0xcd, 0xd3, 0xdf, 0xc9, ...encoder.encode('", "articles": []}')]), "fatal", /not UTF-8/);
  const utf16 = new Uint8Array(2 + SMALL.length * 2);
  utf16.set([0xff, 0xfe]);
  for (let i = 0; i < SMALL.length; i++) utf16[2 + 2 * i] = SMALL.charCodeAt(i) & 0xff;
  add("UTF-16 with its byte order mark", utf16, "fatal", /not UTF-8/);
  add("a NUL byte in a string", SMALL.replace(WORD, `${WORD}\u0000`), "fatal", /not valid JSON/);
  add("an empty file", "", "fatal", /not valid JSON|EOF/);
  add("white space only", " \n\t ", "fatal", /not valid JSON|EOF/);
  add("an array", "[]", "fatal", /not a sahifa bundle/);
  add("a string", '"<img src=x onerror=alert(1)>"', "fatal", /not a sahifa bundle/);
  add("an HTML page", "<!doctype html><script>alert(1)</script>", "fatal", /not valid JSON/);
  add("an empty object", "{}", "fatal", /not a sahifa bundle/);
  add("articles given twice", '{"sahifa": 1, "articles": [], "articles": []}', "fatal", /not valid JSON|duplicate|not a sahifa bundle/);
  for (const version of ["2", "0", "-1", "1.0", "1e0", "18446744073709551616", "null", "true", "[1]", '{"v": 1}']) {
    add(`version ${version}`, SMALL.replace('"sahifa":1', `"sahifa":${version}`), "fatal", /format version|not a sahifa bundle/);
  }
  add('version "1"', SMALL.replace('"sahifa":1', '"sahifa":"1"'), "fatal", /a string/);
  add("no version", SMALL.replace('"sahifa":1,', ""), "fatal", /format version/);
  add("articles not an array", bundle([]).replace('"articles":[]', '"articles":{"a":1}'), "fatal", /array/);
  // Recoverable: the valid articles show, the rest are named.
  const dated = (dates) => bundle([article(0, { id: "kept" }), ...dates.map((date, n) => article(n + 1, { id: `dated-${n}`, date }))]);
  add("bad dates", dated(["2023-02-29", "0000-00-00", "2022-13-01", "99999-01-01", "yesterday", "2022-01-31T25:00", "٢٠٢٢-٠١-٣١", "2022-\u202e01-31"]), "skipped", /dated-7/);
  add("absurd dates", dated(["0000-01-01", "9999-12-31", "0202-01-01", "2022-01-31T23:59:59-25:59"]), "list", null);
  add("duplicate ids", bundle([article(0, { id: "twice" }), article(1, { id: "twice" }), article(2, { id: " twice " }), article(3, { id: 7 }), article(4, { id: "7" })]), "skipped", /already used/);
  add(
    "garbage among articles",
    bundle([5, null, "x", [], article(0, { id: "kept" }), { id: "no-title", body: ["p"] }, { ...article(1), body: 5 }, { ...article(2), tags: 5 }, { ...article(3), id: "\u202eevil" , title: "" }]),
    "skipped",
    /no-title/,
  );
  return cases;
}

/** Addresses for the standalone page that a stranger crafts: markup, overrides and controls in
 * the route and the search, broken escapes, reversed and absurd ranges, tens of thousands of
 * facet values, and `?bundle=` values that are not a same-origin address. */
export function craftedLocations() {
  const e = encodeURIComponent;
  // 50,000 values over every facet (540 KB, the crafted link of issue #18), a few of them markup.
  const many = ["source", "publisher", "tag", "place", "person", "org", "lang", "year"]
    .flatMap((facet) => Array.from({ length: 6_250 }, (_, i) => `${facet}=${i % 1000 ? `v${i}` : e(`<b onclick=alert(${i})>`)}`))
    .join("&");
  return [
    { name: "markup as an article id", path: `/#/article/${e('<img src=x onerror=alert(1)>')}`, shows: "not found" },
    { name: "an override as an article id", path: `/#/article/${e("\u202eevil")}`, shows: "not found" },
    { name: "a raw script tag as an article id", path: "/#/article/<script>alert(1)</script>", shows: "not found" },
    { name: "broken escapes", path: "/#/article/%E0%A4%?q=%E2%80%&tag=%ZZ&place=%00", shows: "not found" },
    { name: "markup and overrides in the search", path: `/#/?q=${e(`<img src=x onerror=alert(1)> \u202e${WORD}`)}&tag=${e("\u202e<b>x</b>")}`, shows: "list" },
    { name: "a 100,000-letter query", path: `/#/?q=${"ب".repeat(100_000)}`, shows: "list", large: true },
    { name: "a reversed, absurd range", path: "/#/?from=9999-12-31&to=0000-01-01&sort=javascript:alert(1)", shows: "list" },
    { name: "50,000 facet values", path: `/#/?${many}`, shows: "list", large: true },
    { name: "questions and hashes", path: "/#/??q=a#b?c=d#/article/x", shows: "list" },
    { name: "a javascript: bundle", path: `/?bundle=${e("javascript:alert(1)")}`, shows: "refused" },
    { name: "a data: bundle", path: `/?bundle=${e(`data:application/json,${bundle([article(0)])}`)}`, shows: "refused" },
    { name: "a protocol-relative bundle", path: `/?bundle=${e("//evil.example/articles.json")}`, shows: "refused" },
    { name: "a bundle after a newline", path: `/?bundle=${e("\njavascript:alert(1)")}`, shows: "refused" },
    // As long as the test server reads a request line (Node's 16 KB of headers).
    { name: "an 8,000-letter bundle address", path: `/?bundle=${"a".repeat(8_000)}`, shows: "missing" },
  ];
}

/** What a poisoned localStorage may hold for the reader's settings (`sahifa.settings`). */
export function poisonedSettings() {
  return [
    "v1;s99;l-1;w99999999999;t<img src=x onerror=alert(1)>;dq;u../../etc",
    "v1;s255;l255;w255;tdark\u202e;da;uar\u202e",
    `v1;${"s1;".repeat(100_000)}`,
    `v1;${"x".repeat(1_000_000)}`,
    "v1;s\u0000;t;d;u",
    "v1;c<img src=x onerror=alert(1)>;ch\u202e;cislamic;c",
    '{"theme": "dark", "__proto__": {"polluted": true}}',
    "v2;tdark",
    "",
  ];
}
