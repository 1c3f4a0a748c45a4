import { describe, expect, it } from "vitest";
import { backPath, readCappedBody, readCappedForm, safeLocalPath } from "./http";

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
