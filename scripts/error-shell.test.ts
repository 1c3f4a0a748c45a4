import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { guardResponse, hasDotSegment } from "./error-shell.mjs";

const SHELL = '<!DOCTYPE html><html id="__next_error__"><head></head><body><script>self.__next_f=[]</script></body></html>';
let server: http.Server | undefined;

/** A server whose "Next" answers with `status` and Next's error shell, behind the guard. */
async function serve(status: number, type = "text/html; charset=utf-8") {
  server = http.createServer((req, res) => {
    if (req.url?.endsWith("/not-found-page")) {
      res.writeHead(404, { "content-type": "text/html" });
      return res.end('<html lang="en" dir="ltr"><h1>Page not found</h1></html>');
    }
    guardResponse(req, res, (server!.address() as AddressInfo).port);
    res.statusCode = status;
    res.setHeader("content-type", type);
    res.setHeader("cache-control", "s-maxage=60, stale-while-revalidate=31535940");
    res.setHeader("x-middleware-rewrite", "/ar/unset/secret");
    res.write(SHELL.slice(0, 20));
    res.end(SHELL.slice(20));
  });
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterEach(() => server?.close());

describe("error shells never reach a reader", () => {
  it("replaces an HTML 404 with the site's 404 page of the same edition, uncacheable", async () => {
    const res = await fetch(`${await serve(404)}/en/sections/nope`);
    expect(res.status).toBe(404);
    const body = await res.text();
    expect(body).toContain("<h1>Page not found</h1>");
    expect(body).not.toContain("__next_error__");
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(res.headers.get("x-middleware-rewrite")).toBeNull();
  });

  it("replaces an HTML 500 with a complete error page in the reader's language", async () => {
    const res = await fetch(`${await serve(500)}/`);
    expect(res.status).toBe(500);
    const body = await res.text();
    expect(body).toMatch(/<html lang="ar" dir="rtl">/);
    expect(body).toContain("حدث خطأ");
    expect(body).not.toContain("__next_error__");
  });

  it("leaves other answers alone", async () => {
    const base = await serve(200);
    const res = await fetch(`${base}/`);
    expect(await res.text()).toBe(SHELL);
    expect(res.headers.get("x-middleware-rewrite")).toBeNull();
  });

  it("leaves a client navigation's payload to the client", async () => {
    const res = await fetch(`${await serve(404)}/x`, { headers: { rsc: "1" } });
    expect(await res.text()).toBe(SHELL);
  });

  it("leaves a feed's 404 alone", async () => {
    const res = await fetch(`${await serve(404, "application/rss+xml")}/feed.xml`);
    expect(await res.text()).toBe(SHELL);
  });
});

describe("dot segments", () => {
  it.each(["/a/..", "/a/.", "/a/%2e%2E/b", "/a/.%2e", "/%2E?x=1"])("finds one in %s", (url) => expect(hasDotSegment(url)).toBe(true));
  it.each(["/a/..b", "/a/b.c", "/?x=..", "/a/%2e%2e%2e", "/"])("finds none in %s", (url) => expect(hasDotSegment(url)).toBe(false));
});
