import http from "node:http";
import type { AddressInfo } from "node:net";
import { brotliCompressSync, deflateSync, gunzipSync, gzipSync, inflateSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { isReaderPageRequest, stripNextRuntime, stripRuntimeFromResponse } from "./next-runtime.mjs";

/** The shape of what Next 16 renders for one of our pages (trimmed from a real build). */
const page = [
  '<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charSet="utf-8"/>',
  '<link rel="preload" href="/fonts/plex-arabic-400.woff2" as="font" crossorigin="" type="font/woff2"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/1j9w4hq33jeux.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0j1we3cwg31qe.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/mod.js"/>',
  '<link rel="preload" as="image" href="/media/images/k/800.avif"/>',
  '<script src="/_next/static/chunks/0a_n79vxbr0_4.js" async=""></script>',
  '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
  "<title>نشرة</title></head><body><main><h1>الذاكرة</h1><p>نص &lt;script&gt; المقال</p></main>",
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"الذاكرة"}</script>',
  '<script>(function(){document.getElementById("view-beacon")})()</script>',
  '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"]})</script>',
  '<script src="https://example.org/widget.js" async=""></script>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]"])</script>',
  "</body></html>",
].join("");

describe("stripNextRuntime (scripts/next-runtime.mjs)", () => {
  const out = stripNextRuntime(page);

  it("takes out Next's script files, their preloads, the React payload and Turbopack's chunk list", () => {
    expect(out).not.toContain("/_next/static/chunks/0a_n79vxbr0_4.js");
    expect(out).not.toContain("0cz1d0mv5g_q7.js");
    expect(out).not.toContain("0j1we3cwg31qe.js");
    expect(out).not.toContain("mod.js");
    expect(out).not.toContain("__next_f");
    expect(out).not.toContain("TURBOPACK");
  });

  it("keeps the page itself: markup, styles, image and font preloads, JSON-LD, our inline script, other scripts", () => {
    expect(out).toContain('<link rel="stylesheet" href="/_next/static/chunks/1j9w4hq33jeux.css" data-precedence="next"/>');
    expect(out).toContain('<link rel="preload" as="image" href="/media/images/k/800.avif"/>');
    expect(out).toContain('<link rel="preload" href="/fonts/plex-arabic-400.woff2"');
    expect(out).toContain("<main><h1>الذاكرة</h1><p>نص &lt;script&gt; المقال</p></main>");
    expect(out).toContain('<script type="application/ld+json">{"@type":"NewsArticle","headline":"الذاكرة"}</script>');
    expect(out).toContain('<script>(function(){document.getElementById("view-beacon")})()</script>');
    expect(out).toContain('<script src="https://example.org/widget.js" async=""></script>');
    expect(out.startsWith('<!DOCTYPE html><html lang="ar" dir="rtl">')).toBe(true);
    expect(out.endsWith("</body></html>")).toBe(true);
  });

  it("removes exactly the runtime's elements and nothing between them", () => {
    const removed = [
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/0j1we3cwg31qe.js"/>',
      '<link rel="modulepreload" href="/_next/static/chunks/mod.js"/>',
      '<script src="/_next/static/chunks/0a_n79vxbr0_4.js" async=""></script>',
      '<script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script>',
      '<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"]})</script>',
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
      '<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"h1\\",null,{\\"children\\":\\"\\u003c/script\\u003e\\"}]"])</script>',
    ];
    expect(out).toBe(removed.reduce((html, element) => html.replace(element, ""), page));
  });

  it("leaves a page without Next's runtime as it is", () => {
    const plain = "<!DOCTYPE html><html><body><script>var self={};</script><p>x</p></body></html>";
    expect(stripNextRuntime(plain)).toBe(plain);
    expect(stripNextRuntime(out)).toBe(out);
  });

  it("knows the runtime's elements however their markup is spelled", () => {
    const variants = [
      '<SCRIPT SRC="/_next/static/chunks/a.js" ASYNC></SCRIPT>',
      "<script src='/_next/static/chunks/b.js'></script >",
      "<script src=/_next/static/chunks/c.js async></script>",
      '<script nonce="abc"> (self.__next_f = self.__next_f || []).push([0])</script>',
      '<script>\n self.__next_f.push([1,"x"])</script>',
      '<script>( globalThis[ "TURBOPACK" ] || []).push({})</script>',
      "<script>(globalThis.TURBOPACK = globalThis.TURBOPACK || []).push({})</script>",
      '<link rel="preload" as="script" href="/_next/static/chunks/d.js">',
      "<LINK REL=PRELOAD AS=SCRIPT HREF=/_next/static/chunks/e.js>",
      "<link rel='modulepreload' href='/_next/static/chunks/f.js'/>",
    ];
    for (const element of variants) expect(stripNextRuntime(`<p>a</p>${element}<p>b</p>`), element).toBe("<p>a</p><p>b</p>");
  });

  it("keeps what only looks like the runtime: another site's build files, other preloads, scripts that mention it later", () => {
    const kept = [
      '<script src="https://cdn.example.org/_next/static/chunks/a.js"></script>',
      '<link rel="preload" as="style" href="/_next/static/chunks/a.css"/>',
      '<link rel="preload" href="/_next/static/chunks/a.js"/>',
      '<link rel="stylesheet" as="script" href="/_next/static/chunks/a.js"/>',
      '<link rel="preload" as="script" href="https://cdn.example.org/_next/static/a.js"/>',
      "<script>var ready = 1; (self.__next_f = []).push([0])</script>",
      '<script>window.x = (globalThis["TURBOPACK"])</script>',
    ];
    for (const element of kept) expect(stripNextRuntime(element), element).toBe(element);
  });

  it("keeps a script that only mentions the runtime further in, or loads a file of ours outside Next's build", () => {
    const kept = '<script>window.x = 1; self.__next_f = []</script><script src="/fonts/x.js"></script><script src="/_next/image?url=a"></script>';
    expect(stripNextRuntime(kept)).toBe(kept);
  });
});

describe("which requests are reader pages", () => {
  const req = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers }) as unknown as http.IncomingMessage;
  it("takes public pages of both editions, GET and HEAD", () => {
    for (const url of ["/", "/en", "/articles/x", "/en/sections/culture?page=2", "/search?q=x", "/not-found-page"])
      expect(isReaderPageRequest(req(url)), url).toBe(true);
    expect(isReaderPageRequest(req("/", {}, "HEAD"))).toBe(true);
  });
  it("leaves staff, previews, APIs, media, build files, client navigations, form posts and draft mode alone", () => {
    for (const url of [
      "/staff",
      "/en/staff/articles",
      "/preview/abc",
      "/en/preview/abc",
      "/api/views",
      "/media/a.mp3",
      "/_next/static/chunks/a.js",
      "/articles/x?_rsc=1",
    ])
      expect(isReaderPageRequest(req(url)), url).toBe(false);
    expect(isReaderPageRequest(req("/articles/x", { rsc: "1" }))).toBe(false);
    expect(isReaderPageRequest(req("/articles/x", { "next-action": "abc" }))).toBe(false);
    for (const cookie of ["a=1; __prerender_bypass=xyz", "__prerender_bypass=xyz", "a=1;__prerender_bypass=xyz"])
      expect(isReaderPageRequest(req("/articles/x", { cookie })), cookie).toBe(false);
    for (const url of ["/api", "/media", "/staff", "/en/preview"]) expect(isReaderPageRequest(req(url)), url).toBe(false);
    expect(isReaderPageRequest(req("/articles/x", {}, "POST"))).toBe(false);
  });
});

type Answer = { type?: string; encoding?: "gzip" | "br" | "deflate"; chunks?: string[]; status?: number; raw?: Buffer; head?: boolean };
const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";
const HASH = "'sha256-b3Vycw=='";

describe("stripRuntimeFromResponse, on a real HTTP server", () => {
  const servers: http.Server[] = [];
  afterEach(() => servers.splice(0).forEach((s) => s.close()));

  async function serve(answer: Answer) {
    const server = http.createServer((req, res) => {
      stripRuntimeFromResponse(req, res, { scriptHashes: [HASH] });
      const body = (answer.chunks ?? [page]).join("");
      res.statusCode = answer.status ?? 200;
      res.setHeader("content-type", answer.type ?? "text/html; charset=utf-8");
      res.setHeader("content-security-policy", POLICY);
      if (answer.head) {
        // Next's way for some answers: the status and headers in one writeHead call.
        res.removeHeader("content-type");
        res.writeHead(answer.status ?? 200, { "content-type": answer.type ?? "text/html; charset=utf-8", "x-extra": "1" });
        res.end(body);
        return;
      }
      if (answer.raw) {
        res.setHeader("content-encoding", "gzip");
        res.end(answer.raw);
        return;
      }
      if (answer.encoding) {
        res.setHeader("content-encoding", answer.encoding);
        const encoded = answer.encoding === "gzip" ? gzipSync(body) : answer.encoding === "deflate" ? deflateSync(body) : brotliCompressSync(body);
        res.write(encoded.subarray(0, 10));
        res.end(encoded.subarray(10));
        return;
      }
      res.setHeader("content-length", Buffer.byteLength(body));
      for (const chunk of (answer.chunks ?? [page]).slice(0, -1)) res.write(chunk);
      res.end((answer.chunks ?? [page]).at(-1));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** The raw response: status, headers and the bytes as sent (not decoded). */
  function get(base: string, path: string, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
    return new Promise((resolve, reject) => {
      http
        .request(base + path, { method }, (res) => {
          const chunks: Buffer[] = [];
          res.on("data", (c) => chunks.push(c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
        })
        .on("error", reject)
        .end();
    });
  }

  it("sends a reader page without the runtime, with the stripped length", async () => {
    const base = await serve({ chunks: [page.slice(0, 300), page.slice(300, 301), page.slice(301)] });
    const res = await get(base, "/articles/x");
    expect(res.body.toString()).toBe(stripNextRuntime(page));
    expect(Number(res.headers["content-length"])).toBe(res.body.length);
  });

  it("decodes what Next compressed, strips it and compresses it again (gzip, brotli)", async () => {
    const gz = await get(await serve({ encoding: "gzip" }), "/");
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gz.body).toString()).toBe(stripNextRuntime(page));
    expect(Number(gz.headers["content-length"])).toBe(gz.body.length);
    const br = await fetch((await serve({ encoding: "br" })) + "/");
    expect(await br.text()).toBe(stripNextRuntime(page));
  });

  it("strips deflate too, and a page whose status and headers came in one writeHead", async () => {
    const deflated = await get(await serve({ encoding: "deflate" }), "/");
    expect(inflateSync(deflated.body).toString()).toBe(stripNextRuntime(page));
    const headed = await get(await serve({ head: true, status: 404 }), "/articles/x");
    expect(headed.status).toBe(404);
    expect(headed.headers["x-extra"]).toBe("1");
    expect(headed.headers["content-security-policy"]).toBe("default-src 'self'; script-src 'self' 'sha256-b3Vycw=='; style-src 'self' 'unsafe-inline'");
    expect(headed.body.toString()).toBe(stripNextRuntime(page));
    const xml = await get(await serve({ head: true, type: "application/xml" }), "/feed.xml");
    expect(xml.body.toString()).toBe(page);
  });

  it("keeps the status of a 404 page and strips it too", async () => {
    const res = await get(await serve({ status: 404 }), "/no-such-page");
    expect(res.status).toBe(404);
    expect(res.body.toString()).toBe(stripNextRuntime(page));
  });

  it("passes staff pages, client navigations and what is not HTML through as written", async () => {
    const base = await serve({});
    expect((await get(base, "/staff/articles")).body.toString()).toBe(page);
    expect((await get(base, "/preview/abc")).body.toString()).toBe(page);
    const xml = await get(await serve({ type: "application/rss+xml" }), "/feed.xml");
    expect(xml.body.toString()).toBe(page);
    expect(Number(xml.headers["content-length"])).toBe(Buffer.byteLength(page));
  });

  it("narrows a reader page's policy to our script's hash, and leaves staff pages' as Next gave it", async () => {
    const base = await serve({});
    const reader = await get(base, "/articles/x");
    expect(reader.headers["content-security-policy"]).toBe("default-src 'self'; script-src 'self' 'sha256-b3Vycw=='; style-src 'self' 'unsafe-inline'");
    expect((await get(base, "/articles/x", "HEAD")).headers["content-security-policy"]).toBe(reader.headers["content-security-policy"]);
    expect((await get(base, "/staff/articles")).headers["content-security-policy"]).toBe(POLICY);
    expect((await get(await serve({ type: "application/json" }), "/articles/x")).headers["content-security-policy"]).toBe(POLICY);
  });

  it("sends a body it cannot decode as Next wrote it, under Next's own policy", async () => {
    const broken = Buffer.from("not gzip at all");
    const res = await get(await serve({ raw: broken }), "/articles/x");
    expect(res.body).toEqual(broken);
    expect(res.headers["content-security-policy"]).toBe(POLICY);
  });

  it("answers HEAD without a length it cannot know", async () => {
    const res = await get(await serve({}), "/articles/x", "HEAD");
    expect(res.status).toBe(200);
    expect(res.headers["content-length"]).toBeUndefined();
  });
});
