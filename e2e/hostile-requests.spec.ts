import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDistDir } from "../scripts/e2e-env.mjs";
import { seed } from "./support/site";
import { rawRequest, pageFacts, type RawRequest, type RawResponse } from "./support/raw-http";

/**
 * What an attacker or a broken client sends, generated (over a thousand requests)
 * and sent to the built server as raw HTTP. Each family has its exact expected
 * status; nothing may be a 5xx, and nothing sent may come back as markup.
 */
type Case = RawRequest & { family: string; expect: number; allow?: boolean };

/** Reflected as markup, this would run in a reader's browser. */
const MARKUP = "<svg onload=alert(1)>";
const markupSegment = encodeURIComponent(MARKUP);
const prefixes = ["", "/en"];
/** Stands for the server's own origin in a header; filled in when the request is sent. */
const SELF = "__self__";

/** Segments the proxy refuses before anything routes them. */
const refusedSegments = [
  "%zz",
  "%E0%A4%A",
  "%C3%28",
  "%",
  "%25zz",
  "%252e%252e",
  "..%2Fwithdrawn",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "%2E",
  "a%2Fb",
  "a%5Cb",
  "a%00b",
  "%0d%0aSet-Cookie:%20x=1",
  "%C0%AE%C0%AE%2F",
  "a%09b",
];
/** Well-formed segments that name nothing. */
const unknownSegments = [
  markupSegment,
  "%F0%9F%92%A9",
  "a".repeat(300),
  "%D8%A7%D9%84%D8%A3%D8%B3%D8%AF-%D9%85%D8%AC%D9%87%D9%88%D9%84",
  "'%20OR%201=1--",
  "%22%3E%3Cb%3E",
];
const bases = ["", "/articles", "/sections", "/authors", "/tags", "/podcasts", `/podcasts/${seed.show}`, "/preview", "/cookies", "/staff"];

function pathCases(): Case[] {
  const cases: Case[] = [];
  for (const prefix of prefixes)
    for (const base of bases) {
      for (const segment of refusedSegments) {
        cases.push({ family: "refused path", path: `${prefix}${base}/${segment}`, expect: 404 });
        cases.push({ family: "refused path", path: `${prefix}${base}/${segment}/more`, expect: 404 });
      }
      // Staff pages send a reader without a session to sign in; everything else is simply not there.
      for (const segment of unknownSegments) cases.push({ family: "unknown path", path: `${prefix}${base}/${segment}`, expect: base === "/staff" ? 303 : 404 });
    }
  return cases;
}

const badNumbers = ["0", "-1", "01", "1e3", "1.5", "abc", "%00", markupSegment, "999999", "%25zz", "%zz", "9".repeat(40), "2&page=3", ""];

function queryCases(): Case[] {
  const cases: Case[] = [];
  for (const prefix of prefixes) {
    for (const list of ["/sections/reports", "/authors/malek-al-hafez", "/tags/isis"])
      for (const n of badNumbers) cases.push({ family: "bad page number", path: `${prefix}${list}?page=${n}`, expect: 404 });
    for (const n of badNumbers.filter((n) => !n.includes("&")).concat(["99", "-3", "2abc"]))
      cases.push({ family: "bad season", path: `${prefix}/podcasts/${seed.show}?season=${n}`, expect: 404 });
    // Query strings that mean nothing to a page are ignored, never echoed.
    const junk = [`q=${markupSegment}`, "utm_source=%zz", "a[b]=c&a[c]=d", `x=${"y".repeat(3000)}`, "__proto__[x]=1", "page=%0d%0a", "_rsc=zz", "%zz=%zz"];
    for (const page of ["", "/cookies", `/podcasts/${seed.show}`])
      for (const q of junk) cases.push({ family: "ignored query", path: `${prefix}${page}`.replace(/^$/, "/") + `?${q}`, expect: 200 });
  }
  return cases;
}

function headerCases(): Case[] {
  const headers: Record<string, string>[] = [
    { "accept-language": "*;q=zz, ar-XX;q=2, en" },
    { "accept-language": "x".repeat(4000) },
    { "x-forwarded-host": "evil.example" },
    { "x-forwarded-proto": "javascript" },
    { "x-forwarded-for": "not-an-ip, ::::, 999.1.1.1" },
    { range: "bytes=junk" },
    { range: "bytes=999999999-" },
    { "if-none-match": '"' + "x".repeat(500) },
    { "if-modified-since": "yesterday" },
    { accept: "application/json" },
    { accept: MARKUP },
    { referer: "javascript:alert(1)" },
    { "user-agent": MARKUP },
    { "next-router-prefetch": "zz" },
    { "next-url": "/%zz" },
    { cookie: "x".repeat(6000) },
    { cookie: "a=%zz; b=\u00ff" },
  ];
  const cases: Case[] = [];
  for (const path of ["/", "/en", "/cookies", "/en/cookies", "/sections/reports", `/articles/${encodeURIComponent(seed.rozana.slug)}`])
    for (const h of headers) cases.push({ family: "hostile header", path, headers: h, expect: 200 });
  return cases;
}

function cookieCases(): Case[] {
  const consent = ["granted", "v1.granted", "v1.granted.x", "v2.granted.1764374400", "v1.maybe.1", "%zz", MARKUP, "v1.granted." + "9".repeat(40)];
  const cases: Case[] = [];
  for (const prefix of prefixes) {
    for (const value of consent)
      cases.push({ family: "bad consent cookie", path: prefix || "/", headers: { cookie: `nashra_consent=${encodeURIComponent(value)}` }, expect: 200 });
    for (const value of ["x", "%zz", "a".repeat(500), MARKUP]) {
      // The desk itself finds no session behind the cookie and sends the reader to sign in.
      cases.push({
        family: "bad session cookie",
        path: `${prefix}/staff`,
        headers: { cookie: `nashra_staff=${encodeURIComponent(value)}; __Host-nashra_staff=${encodeURIComponent(value)}` },
        expect: 307,
      });
      cases.push({
        family: "bad draft cookie",
        path: `${prefix}/articles/${encodeURIComponent(seed.draft.slug)}`,
        headers: { cookie: `__prerender_bypass=${encodeURIComponent(value)}` },
        expect: 404,
      });
    }
  }
  return cases;
}

const oddMethods = ["TRACE", "PUT", "DELETE", "PATCH", "PROPFIND", "MKCOL", "LOCK"];
/** Tokens Node's HTTP parser does not know at all: it answers 400 before any of our code runs. */
const unparsedMethods = ["TRACK", "FOO"];

function methodCases(): Case[] {
  const paths = [
    "/",
    "/en",
    `/articles/${encodeURIComponent(seed.rozana.slug)}`,
    "/feed.xml",
    "/sitemap.xml",
    "/api/views",
    "/api/staff/login",
    "/staff/login",
    "/media/podcasts/x.mp3",
    "/sections/reports",
    "/en/feed.xml",
    "/podcasts",
    "/robots.txt",
    "/api/consent",
    "/staff",
  ];
  const cases: Case[] = [];
  for (const path of paths) {
    for (const method of oddMethods) cases.push({ family: "unknown method", method, path, expect: 405, allow: true });
    for (const method of unparsedMethods) cases.push({ family: "method the HTTP parser does not know", method, path, expect: 400 });
  }
  return cases;
}

function bodyCases(): Case[] {
  const cases: Case[] = [];
  const form = { "content-type": "application/x-www-form-urlencoded" };
  for (const prefix of prefixes)
    for (const page of ["", "/cookies", "/sections/reports", `/articles/${encodeURIComponent(seed.rozana.slug)}`, "/podcasts", "/no-such-page"])
      cases.push({
        family: "POST to a page",
        method: "POST",
        path: `${prefix}${page}`.replace(/^$/, "/"),
        headers: form,
        body: `q=${markupSegment}`,
        expect: 405,
        allow: true,
      });
  const huge = "x".repeat(1024 * 1024 + 1);
  for (const path of ["/", "/api/views", "/api/consent", "/api/staff/login", "/staff/login"]) {
    cases.push({ family: "oversized body", method: "POST", path, headers: { ...form, "content-length": String(huge.length) }, body: huge, expect: 413 });
    // A body without a declared length could be endless: the server asks for the length instead.
    cases.push({ family: "body without a length", method: "POST", path, headers: { ...form, "transfer-encoding": "chunked" }, body: "a=b", expect: 411 });
  }
  const json = { "content-type": "application/json", origin: SELF, "sec-fetch-site": "same-origin" };
  for (const body of ["{", "[]", "null", '{"choice":"' + MARKUP + '"}', '{"__proto__":{"x":1}}', "\u0000"])
    cases.push({ family: "bad JSON to the consent API", method: "POST", path: "/api/consent", headers: json, body, expect: 400 });
  return cases;
}

const cases = [...pathCases(), ...queryCases(), ...headerCases(), ...cookieCases(), ...methodCases(), ...bodyCases()];

test("over a thousand hostile requests: no 5xx, each family its exact status, nothing reflected as markup", async ({ baseURL }) => {
  test.setTimeout(240_000);
  expect(cases.length).toBeGreaterThanOrEqual(1000);
  const results: { c: Case; res: RawResponse }[] = [];
  const queue = [...cases];
  // A few at a time, like a small crawler: enough to be quick, not a load test.
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let c = queue.shift(); c; c = queue.shift()) {
        const headers = Object.fromEntries(Object.entries(c.headers ?? {}).map(([k, v]) => [k, v === SELF ? new URL(baseURL!).origin : v]));
        results.push({ c, res: await rawRequest(baseURL!, { ...c, headers }) });
      }
    }),
  );
  const wrong = results
    .filter(({ c, res }) => res.status !== c.expect || (c.allow && !res.headers.allow) || res.body.includes(MARKUP))
    .map(({ c, res }) => `${c.family}: ${c.method ?? "GET"} ${c.path.slice(0, 120)} -> ${res.status}${res.body.includes(MARKUP) ? " (reflected)" : ""}`);
  expect(wrong, wrong.slice(0, 40).join("\n")).toEqual([]);
  expect(results.filter(({ res }) => res.status >= 500)).toEqual([]);
  // Every HTML answer is a page a reader can read: never Next's script-only shell (a redirect's body is never shown).
  const shells = results.filter(
    ({ res }) => (res.status < 300 || res.status >= 400) && String(res.headers["content-type"]).startsWith("text/html") && pageFacts(res.body).errorShell,
  );
  expect(shells.map(({ c }) => c.path)).toEqual([]);
});

/** Every file under the build's page cache and data cache, with its size. */
function cacheSnapshot(): string[] {
  const dist = path.join(process.cwd(), e2eDistDir());
  const out: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(`${path.relative(dist, full)}:${statSync(full).size}`);
    }
  };
  walk(path.join(dist, "server", "app"));
  walk(path.join(dist, "cache"));
  return out.sort();
}

test("a thousand made-up URLs leave the cache folder as it was", async ({ baseURL }) => {
  test.setTimeout(240_000);
  const kinds = [
    (i: number) => `/tags/made-up-${i}`,
    (i: number) => `/sections/made-up-${i}`,
    (i: number) => `/authors/made-up-${i}`,
    (i: number) => `/podcasts/made-up-${i}`,
    (i: number) => `/podcasts/${seed.show}/made-up-${i}`,
    (i: number) => `/podcasts/${seed.show}?season=${100 + i}`,
    (i: number) => `/sections/reports?page=${500 + i}`,
    (i: number) => `/tags/isis?page=${500 + i}`,
    (i: number) => `/articles/made-up-${i}`,
    (i: number) => `/made/up/${i}`,
  ];
  const consent = ["", "nashra_consent=v1.granted.1764374400", "nashra_consent=v1.denied.1764374400"];
  const urls = Array.from({ length: 1000 }, (_, i) => ({
    path: `${i % 2 ? "/en" : ""}${kinds[i % kinds.length](i)}`,
    headers: consent[i % 3] ? { cookie: consent[i % 3] } : undefined,
  }));
  // Warm what a reader's first visit would cache anyway, so only the made-up URLs can change the folder.
  for (const prefix of ["", "/en"]) await rawRequest(baseURL!, { path: `${prefix}/not-found-page` });
  const before = cacheSnapshot();
  expect(before.length).toBeGreaterThan(0);
  const queue = [...urls];
  const statuses: number[] = [];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let u = queue.shift(); u; u = queue.shift()) statuses.push((await rawRequest(baseURL!, u)).status);
    }),
  );
  expect(new Set(statuses)).toEqual(new Set([404]));
  expect(cacheSnapshot()).toEqual(before);
});
