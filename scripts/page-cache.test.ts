import http from "node:http";
import type { AddressInfo } from "node:net";
import { deflateSync, gzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { consentVariant, createPageCache } from "./page-cache.mjs";

type Page = { status?: number; headers?: Record<string, string>; body?: string | Buffer; chunks?: string[] };

/**
 * A server shaped like scripts/serve.mjs: the page cache first, then a stand-in for
 * Next that renders `page(req)` and counts its renders.
 */
async function stack(
  page: (req: http.IncomingMessage) => Page,
  options: { generation?: () => string | null; now?: () => number; ttlSeconds?: number; maxBytes?: number; maxEntryBytes?: number } = {},
) {
  const cache = createPageCache({ consentCookie: "nashra_consent", generation: options.generation ?? (() => "0"), ...options });
  const seen = { renders: 0 };
  const server = http.createServer(async (req, res) => {
    if (await cache.serve(req, res)) return;
    seen.renders++;
    const p = page(req);
    res.statusCode = p.status ?? 200;
    for (const [k, v] of Object.entries({
      "content-type": "text/html; charset=utf-8",
      "cache-control": "s-maxage=60, stale-while-revalidate=60",
      ...p.headers,
    }))
      res.setHeader(k, v);
    if (p.chunks) {
      for (const c of p.chunks.slice(0, -1)) res.write(c);
      res.end(p.chunks.at(-1));
    } else res.end(p.body ?? `page ${seen.renders}`);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  servers.push(server);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const get = async (path: string, headers: Record<string, string> = {}, method = "GET") => {
    const res = await fetch(base + path, { headers, method, redirect: "manual" });
    return { status: res.status, body: await res.text(), headers: res.headers };
  };
  return { get, seen, cache };
}

const servers: http.Server[] = [];
afterEach(() => servers.splice(0).forEach((s) => s.close()));

const granted = { cookie: "nashra_consent=v1.granted.1764374400" };
const denied = { cookie: "other=1; nashra_consent=v1.denied.1764374400" };

describe("the in-memory page copies (scripts/page-cache.mjs)", () => {
  it("answers a repeated public page from memory, marked as a cache hit", async () => {
    const { get, seen } = await stack(() => ({}));
    const first = await get("/articles/x");
    const second = await get("/articles/x");
    expect(first.body).toBe("page 1");
    expect(second.body).toBe("page 1");
    expect(seen.renders).toBe(1);
    expect(second.headers.get("x-nashra-page-cache")).toBe("HIT");
    expect(second.headers.get("cache-control")).toBe("s-maxage=60, stale-while-revalidate=60");
    expect(second.headers.get("content-length")).toBe("6");
    // Other URLs, other query strings: their own renders.
    expect((await get("/articles/x?page=2")).body).toBe("page 2");
    expect((await get("/articles/y")).body).toBe("page 3");
  });

  it("never gives one consent variant's page to a reader of another", async () => {
    const variantOf = (req: http.IncomingMessage) => consentVariant(String(req.headers.cookie ?? ""), "nashra_consent") ?? "?";
    const { get, seen } = await stack((req) => ({ body: `for ${variantOf(req)}`, headers: { "x-nashra-variant": variantOf(req) } }));
    for (let round = 0; round < 3; round++) {
      expect((await get("/")).body).toBe("for unset");
      expect((await get("/", granted)).body).toBe("for granted");
      expect((await get("/", denied)).body).toBe("for denied");
      // A malformed or outdated answer is no answer, as lib/consent.ts reads it.
      expect((await get("/", { cookie: "nashra_consent=v2.granted.1764374400" })).body).toBe("for unset");
    }
    expect(seen.renders).toBe(3);
    // The consent cookie given twice: not keyed at all, rendered every time.
    await get("/", { cookie: "nashra_consent=v1.granted.1; nashra_consent=v1.denied.1" });
    await get("/", { cookie: "nashra_consent=v1.granted.1; nashra_consent=v1.denied.1" });
    expect(seen.renders).toBe(5);
  });

  it("keeps no page whose rendered variant is not the one its key says", async () => {
    const { get, seen } = await stack(() => ({ headers: { "x-nashra-variant": "granted" } }));
    await get("/");
    await get("/");
    expect(seen.renders).toBe(2);
  });

  it("leaves staff, previews, the API, media, sessions, draft mode and client navigations to Next", async () => {
    const { get, seen } = await stack(() => ({}));
    const cases: [string, Record<string, string>][] = [
      ["/staff", {}],
      ["/en/staff/articles", {}],
      ["/preview/abc", {}],
      ["/api/views", {}],
      ["/media/a.mp3", {}],
      ["/_next/static/x.js", {}],
      ["/", { cookie: "nashra_staff=abc" }],
      ["/", { cookie: "__Host-nashra_staff=abc" }],
      ["/", { cookie: "__prerender_bypass=1" }],
      ["/", { rsc: "1" }],
      ["/?_rsc=abc", {}],
      ["/", { "next-router-prefetch": "1" }],
      ["/", { range: "bytes=0-10" }],
      ["/", { "if-none-match": '"x"' }],
      ["/", { authorization: "Basic eA==" }],
    ];
    for (const [path, headers] of cases) {
      await get(path, headers);
      await get(path, headers);
    }
    expect(seen.renders).toBe(cases.length * 2);
  });

  it("keeps only a public 200 without cookies that is not stale", async () => {
    const pages: Page[] = [
      { status: 404 },
      { status: 410 },
      { status: 301, headers: { location: "/x" } },
      { headers: { "cache-control": "private, no-store" } },
      { headers: { "cache-control": "s-maxage=60, private" } },
      { headers: { "cache-control": "no-cache" } },
      { headers: { "set-cookie": "a=b" } },
      { headers: { "x-nextjs-cache": "STALE" } },
    ];
    for (const [i, p] of pages.entries()) {
      const { get, seen } = await stack(() => p);
      await get(`/p${i}`);
      await get(`/p${i}`);
      expect(seen.renders, JSON.stringify(p)).toBe(2);
    }
  });

  it("drops every copy when the content generation moves, and keeps none while it cannot be read", async () => {
    let generation: string | null = "1";
    const { get, seen } = await stack(() => ({}), { generation: () => generation });
    await get("/");
    await get("/");
    expect(seen.renders).toBe(1);
    generation = "2";
    expect((await get("/")).body).toBe("page 2");
    expect((await get("/")).body).toBe("page 2");
    generation = null;
    expect((await get("/")).body).toBe("page 3");
    expect((await get("/")).body).toBe("page 4");
    // Back: the copies from before the outage are gone, whatever the number says.
    generation = "2";
    expect((await get("/")).body).toBe("page 5");
  });

  it("keeps a copy no longer than its time, nor past the page's s-maxage", async () => {
    let clock = 0;
    const { get, seen } = await stack((req) => ({ headers: req.url === "/short" ? { "cache-control": "s-maxage=1" } : undefined }), {
      now: () => clock,
      ttlSeconds: 5,
    });
    await get("/");
    clock = 4_999;
    await get("/");
    expect(seen.renders).toBe(1);
    clock = 5_000;
    await get("/");
    expect(seen.renders).toBe(2);
    await get("/short");
    clock = 6_000;
    await get("/short");
    expect(seen.renders).toBe(4);
  });

  it("keys the encoding: a gzip copy for gzip readers only", async () => {
    const html = "x".repeat(400);
    const { get, seen } = await stack((req) =>
      String(req.headers["accept-encoding"]).includes("gzip") ? { body: gzipSync(html), headers: { "content-encoding": "gzip" } } : { body: html },
    );
    // Node's fetch asks for gzip and decodes it.
    expect((await get("/")).body).toBe(html);
    expect((await get("/")).body).toBe(html);
    expect(seen.renders).toBe(1);
    expect((await get("/", { "accept-encoding": "identity" })).body).toBe(html);
    expect((await get("/", { "accept-encoding": "identity" })).body).toBe(html);
    expect((await get("/", { "accept-encoding": "gzip;q=0" })).body).toBe(html);
    expect(seen.renders).toBe(2);
  });

  it("never keeps a body in an encoding the key does not say", async () => {
    const { get, seen } = await stack(() => ({ body: deflateSync("page"), headers: { "content-encoding": "deflate" } }));
    await get("/", { "accept-encoding": "deflate" });
    await get("/", { "accept-encoding": "deflate" });
    expect(seen.renders).toBe(2);
  });

  it("answers HEAD from a GET's copy without a body, and never keeps a HEAD", async () => {
    const { get, seen } = await stack(() => ({ body: "hello" }));
    await get("/", {}, "HEAD");
    await get("/", {}, "HEAD");
    expect(seen.renders).toBe(2);
    await get("/");
    const head = await get("/", {}, "HEAD");
    expect(seen.renders).toBe(3);
    expect(head.body).toBe("");
    expect(head.headers.get("content-length")).toBe("5");
  });

  it("keeps a body written in pieces whole, and nothing larger than its limits", async () => {
    const { get, seen } = await stack((req) => (req.url === "/big" ? { body: "y".repeat(2000) } : { chunks: ["<p>", "ف", "</p>"] }), { maxEntryBytes: 1000 });
    expect((await get("/")).body).toBe("<p>ف</p>");
    expect((await get("/")).body).toBe("<p>ف</p>");
    await get("/big");
    await get("/big");
    expect(seen.renders).toBe(3);
  });

  it("forgets the oldest copies beyond its memory budget", async () => {
    const { get, seen, cache } = await stack(() => ({ body: "z".repeat(400) }), { maxBytes: 1000 });
    for (const p of ["/a", "/b", "/c"]) await get(p);
    expect(cache.size()).toBe(2);
    await get("/c");
    expect(seen.renders).toBe(3);
    await get("/a");
    expect(seen.renders).toBe(4);
  });
});
