import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { guardResponse, hasDotSegment, hasUndecodablePath } from "./error-shell.mjs";

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

  it("answers 503 with Retry-After, in the reader's language, when the render failed because the database is away", async () => {
    (globalThis as { __nashraDatabaseDownAt?: number }).__nashraDatabaseDownAt = Date.now();
    try {
      const res = await fetch(`${await serve(500)}/en/sections/news`);
      expect(res.status).toBe(503);
      expect(res.headers.get("retry-after")).toBe("10");
      expect(res.headers.get("cache-control")).toBe("private, no-store");
      expect(await res.text()).toMatch(/<html lang="en" dir="ltr">[\s\S]*Temporarily unavailable/);
    } finally {
      delete (globalThis as { __nashraDatabaseDownAt?: number }).__nashraDatabaseDownAt;
    }
    // A 500 with the database answering stays a 500.
    server?.close();
    expect((await fetch(`${await serve(500)}/`)).status).toBe(500);
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

describe("the site's own 404 page", () => {
  it("is answered with the status the proxy asked for, as rendered, and uncacheable", async () => {
    server = http.createServer((req, res) => {
      guardResponse(req, res, (server!.address() as AddressInfo).port);
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("x-nashra-status", "404");
      res.setHeader("cache-control", "s-maxage=60");
      res.end('<html lang="ar" dir="rtl"><title>الصفحة غير موجودة | نشرة</title><h1>الصفحة غير موجودة</h1></html>');
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/articles/nope`);
    expect(res.status).toBe(404);
    expect(res.headers.get("x-nashra-status")).toBeNull();
    expect(res.headers.get("cache-control")).toBe("private, no-store");
    expect(await res.text()).toContain("<title>الصفحة غير موجودة | نشرة</title>");
  });
});

describe("dot segments", () => {
  it.each(["/a/..", "/a/.", "/a/%2e%2E/b", "/a/.%2e", "/%2E?x=1"])("finds one in %s", (url) => expect(hasDotSegment(url)).toBe(true));
  it.each(["/a/..b", "/a/b.c", "/?x=..", "/a/%2e%2e%2e", "/"])("finds none in %s", (url) => expect(hasDotSegment(url)).toBe(false));
});

describe("paths that do not decode", () => {
  it.each(["/media/%zz.mp3", "/media/%C0%AE.mp3", "/api/views/%", "/en/a%E0%A4"])("refuses %s", (url) => expect(hasUndecodablePath(url)).toBe(true));
  it.each(["/media/podcasts/a.mp3", "/%D8%B9%D8%B1%D8%A8%D9%8A", "/x?q=%zz", "/a%2Fb"])("lets %s through", (url) =>
    expect(hasUndecodablePath(url)).toBe(false),
  );
});

describe("a route handler's private length header", () => {
  const BODY = "0123456789".repeat(100);

  /** A server whose "Next" streams BODY behind the guard, as `answer` writes it. */
  async function serveWith(answer: (res: http.ServerResponse) => void) {
    server = http.createServer((req, res) => {
      guardResponse(req, res, (server!.address() as AddressInfo).port);
      answer(res);
    });
    await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  /** Status line and headers exactly as sent (fetch would hide the framing). */
  function rawHead(base: string, method = "GET"): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
    return new Promise((resolve, reject) => {
      const req = http.request(`${base}/media/x.mp3`, { method, agent: false }, (res) => {
        let body = "";
        res.setEncoding("latin1");
        res.on("data", (c: string) => (body += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      });
      req.on("error", reject);
      req.end();
    });
  }

  it("becomes Content-Length when the body is streamed without an explicit writeHead", async () => {
    const base = await serveWith((res) => {
      res.statusCode = 200;
      res.setHeader("content-type", "audio/mpeg");
      res.setHeader("x-nashra-content-length", String(BODY.length));
      res.write(BODY.slice(0, 300));
      setTimeout(() => res.end(BODY.slice(300)), 10);
    });
    const res = await rawHead(base);
    expect(res.status).toBe(200);
    expect(res.headers["content-length"]).toBe(String(BODY.length));
    expect(res.headers["transfer-encoding"]).toBeUndefined();
    expect(res.headers["x-nashra-content-length"]).toBeUndefined();
    expect(res.body).toBe(BODY);
  });

  it("becomes Content-Length on an explicit writeHead, for a range and for HEAD", async () => {
    const base = await serveWith((res) => {
      res.writeHead(206, { "content-type": "audio/mpeg", "content-range": "bytes 0-99/1000", "x-nashra-content-length": "100" });
      res.end(res.req.method === "HEAD" ? undefined : BODY.slice(0, 100));
    });
    for (const method of ["GET", "HEAD"]) {
      const res = await rawHead(base, method);
      expect(res.status).toBe(206);
      expect(res.headers["content-length"], method).toBe("100");
      expect(res.headers["content-range"]).toBe("bytes 0-99/1000");
      expect(res.headers["x-nashra-content-length"]).toBeUndefined();
      expect(res.body).toBe(method === "HEAD" ? "" : BODY.slice(0, 100));
    }
  });

  it("is dropped without promotion when the body is encoded (its length is not the file's)", async () => {
    const base = await serveWith((res) => {
      res.setHeader("content-type", "image/svg+xml");
      res.setHeader("content-encoding", "identity-test");
      res.setHeader("x-nashra-content-length", "999999");
      res.write("abc");
      res.end("def");
    });
    const res = await rawHead(base);
    expect(res.headers["content-length"]).toBeUndefined();
    expect(res.headers["x-nashra-content-length"]).toBeUndefined();
    expect(res.body).toBe("abcdef");
  });
});
