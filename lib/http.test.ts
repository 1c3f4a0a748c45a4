import { describe, expect, it } from "vitest";
import { backPath, errorPage, isSameOrigin, readCappedBody, readCappedForm, readCappedJson, requestLocale, safeLocalPath } from "./http";

const site = "http://localhost:3000";
const from = (referer: string | null, locale: "ar" | "en" = "ar") =>
  backPath(new Request(`${site}/api/consent`, { method: "POST", headers: referer === null ? {} : { referer } }), locale);

describe("redirects go back only to paths on this site", () => {
  const hostile = [
    "//evil.example/x",
    "/\\evil.example",
    "/\\/evil.example",
    "\\\\evil.example",
    "/%2F/evil.example",
    "/%2f%2fevil.example",
    "/%5Cevil.example",
    "/%5cevil.example",
    "/%252F%252Fevil.example",
    "/%255Cevil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/%09/evil.example",
    "/%0d%0aSet-Cookie:x=1",
    "https://evil.example/",
    "http:evil.example",
    "evil.example",
    "javascript:alert(1)",
    "",
    "///evil.example",
  ];
  it.each(hostile)("refuses %j", (path) => {
    expect(safeLocalPath(path)).toBeNull();
  });

  it.each(["/", "/en", "/articles/%D8%AF%D8%A7%D8%B9%D8%B4", "/sections/reports?page=2", "/search?q=100%25", "/a//b", "/en/podcasts/show?season=1"])(
    "keeps our own path %j",
    (path) => {
      expect(safeLocalPath(path)).toBe(path);
    },
  );

  it("sends a hostile Referer path to the edition's home instead", () => {
    expect(from(`${site}//evil.example/x`)).toBe("/");
    expect(from(`${site}/%5Cevil.example`, "en")).toBe("/en");
    expect(from(`${site}/%2F%2Fevil.example`)).toBe("/");
  });

  it("goes back to the page the reader came from on this site, and never to another site", () => {
    expect(from(`${site}/sections/reports?page=2`)).toBe("/sections/reports?page=2");
    expect(from("https://evil.example/x")).toBe("/");
    expect(from(null, "en")).toBe("/en");
  });
});

describe("request bodies are read up to a cap", () => {
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request(`${site}/x`, { method: "POST", body, headers, duplex: "half" } as RequestInit);

  it("refuses a declared length over the cap without reading", async () => {
    expect(await readCappedBody(post("x".repeat(10), { "content-length": "5000" }), 1024)).toBeNull();
  });

  it("stops reading a body without a length once it passes the cap", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(new Uint8Array(512));
        if (pulled > 100) controller.close();
      },
    });
    expect(await readCappedBody(post(stream), 2048)).toBeNull();
    expect(pulled).toBeLessThan(10);
  });

  it("returns a small form whole", async () => {
    const read = await readCappedForm(post("email=a%40b.example&password=x", { "content-type": "application/x-www-form-urlencoded" }), 1024);
    expect(read.tooLarge).toBe(false);
    expect(!read.tooLarge && read.value?.get("email")).toBe("a@b.example");
  });
});

describe("state-changing requests must come from our own pages", () => {
  const req = (headers: Record<string, string>, url = `${site}/api/staff/login`) => new Request(url, { method: "POST", headers });

  it("refuses a browser's cross-site and same-site requests, whatever the Origin says", () => {
    expect(isSameOrigin(req({ "sec-fetch-site": "cross-site", origin: site }))).toBe(false);
    expect(isSameOrigin(req({ "sec-fetch-site": "same-site", origin: site }))).toBe(false);
  });

  it("takes our own origin, and a request the user typed (Sec-Fetch-Site: none)", () => {
    expect(isSameOrigin(req({ "sec-fetch-site": "same-origin", origin: site }))).toBe(true);
    expect(isSameOrigin(req({ origin: site }))).toBe(true);
    expect(isSameOrigin(req({ "sec-fetch-site": "none" }))).toBe(true);
    expect(isSameOrigin(req({ "sec-fetch-site": "same-origin" }))).toBe(true);
  });

  it("refuses another origin, an opaque one, and another port or scheme of ours", () => {
    expect(isSameOrigin(req({ origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(req({ origin: "null" }))).toBe(false);
    expect(isSameOrigin(req({ origin: "http://localhost:3001" }))).toBe(false);
    expect(isSameOrigin(req({ origin: "https://localhost:3000" }))).toBe(false);
    expect(isSameOrigin(req({ "sec-fetch-site": "same-origin", origin: "https://evil.example" }))).toBe(false);
  });

  it("behind a proxy, compares with the public host and scheme it forwards", () => {
    const behind = (headers: Record<string, string>) => req(headers, "http://127.0.0.1:3000/api/staff/login");
    expect(isSameOrigin(behind({ origin: "https://nashra.example", "x-forwarded-host": "nashra.example", "x-forwarded-proto": "https" }))).toBe(true);
    expect(isSameOrigin(behind({ origin: "https://nashra.example", host: "nashra.example", "x-forwarded-proto": "https" }))).toBe(true);
    expect(isSameOrigin(behind({ origin: "http://nashra.example", host: "nashra.example" }))).toBe(true);
    expect(isSameOrigin(behind({ origin: "https://nashra.example", host: "nashra.example" }))).toBe(false);
    expect(isSameOrigin(behind({ origin: "https://evil.example", "x-forwarded-host": "nashra.example", "x-forwarded-proto": "https" }))).toBe(false);
    expect(
      isSameOrigin(behind({ origin: "https://nashra.example", "x-forwarded-host": "other.example", host: "nashra.example", "x-forwarded-proto": "https" })),
    ).toBe(false);
  });
});

describe("the reader's edition of a route handler's answer comes from the page they were on", () => {
  const of = (referer?: string) => requestLocale(new Request(`${site}/api/consent`, { method: "POST", headers: referer ? { referer } : {} }));
  it.each([
    [`${site}/en/articles/x`, "en"],
    [`${site}/en`, "en"],
    [`${site}/articles/x`, "ar"],
    [`${site}/`, "ar"],
    [`${site}/fr/x`, "ar"],
    ["not a url", "ar"],
    [undefined, "ar"],
  ])("%s → %s", (referer, locale) => {
    expect(of(referer)).toBe(locale);
  });
});

describe("capped bodies, exactly", () => {
  const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
    new Request(`${site}/x`, { method: "POST", body, headers, duplex: "half" } as RequestInit);
  const chunked = (...parts: string[]) =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const p of parts) controller.enqueue(new TextEncoder().encode(p));
        controller.close();
      },
    });

  it("reads a body of exactly the cap, and refuses one byte more", async () => {
    expect(new TextDecoder().decode((await readCappedBody(post("x".repeat(16)), 16))!)).toBe("x".repeat(16));
    expect(await readCappedBody(post(chunked("x".repeat(10), "x".repeat(7))), 16)).toBeNull();
    expect(await readCappedBody(post("x".repeat(16), { "content-length": "16" }), 16)).not.toBeNull();
    expect(await readCappedBody(post("x", { "content-length": "17" }), 16)).toBeNull();
  });

  it("puts the chunks back together in order", async () => {
    expect(new TextDecoder().decode((await readCappedBody(post(chunked("ab", "cd", "", "ef")), 64))!)).toBe("abcdef");
  });

  it("refuses a Content-Length that is not a plain number", async () => {
    for (const declared of ["abc", "1e3", "-1", "0x10", "1".repeat(16)]) {
      expect(await readCappedBody(new Request(`${site}/x`, { method: "POST", body: "x", headers: { "content-length": declared } }), 1024), declared).toBeNull();
    }
  });

  it("gives an empty body for a request without one", async () => {
    expect(await readCappedBody(new Request(`${site}/x`, { method: "POST" }), 16)).toEqual(new Uint8Array(0));
  });

  it("JSON: the value, null when it is not JSON or not UTF-8, tooLarge past the cap", async () => {
    expect(await readCappedJson(post('{"articleId":7}'), 64)).toEqual({ tooLarge: false, value: { articleId: 7 } });
    expect(await readCappedJson(post("{nope"), 64)).toEqual({ tooLarge: false, value: null });
    expect(await readCappedJson(post(new Uint8Array([0x7b, 0xff, 0x7d])), 64)).toEqual({ tooLarge: false, value: null });
    expect(await readCappedJson(post('{"a":"' + "x".repeat(100) + '"}'), 64)).toEqual({ tooLarge: true });
  });

  it("forms: null when the body is not a form, tooLarge past the cap", async () => {
    expect(await readCappedForm(post("a=1", { "content-type": "text/plain" }), 64)).toEqual({ tooLarge: false, value: null });
    expect(await readCappedForm(post("a=" + "x".repeat(100), { "content-type": "application/x-www-form-urlencoded" }), 64)).toEqual({ tooLarge: true });
  });
});

describe("route handlers' error pages", () => {
  it("are complete pages in the reader's language, never stored, with the headers asked for", async () => {
    const res = errorPage("en", 429, "tooMany", { "retry-after": "60" });
    expect(res.status).toBe(429);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(res.headers.get("retry-after")).toBe("60");
    const html = await res.text();
    expect(html).toMatch(/<html lang="en" dir="ltr"/);
    expect(html).toContain("<h1>");
  });
});
