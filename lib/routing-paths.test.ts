import { describe, expect, it } from "vitest";
import { internalPath, joinPath, mapPublicPath, safeDecodePath, splitPath } from "./routing-paths";

const map = (path: string, query = "") => mapPublicPath(path, new URLSearchParams(query));

describe("mapPublicPath: list pages", () => {
  it.each(["sections", "authors", "tags"])("maps /%s/x?page=N onto the internal page route", (kind) => {
    expect(map(`/${kind}/reports`)).toEqual({ kind: "ok", path: `/${kind}/reports` });
    expect(map(`/${kind}/reports`, "page=1")).toEqual({ kind: "ok", path: `/${kind}/reports` });
    expect(map(`/${kind}/reports`, "page=2")).toEqual({ kind: "ok", path: `/${kind}/reports/p/2` });
    expect(map(`/${kind}/reports`, "page=37")).toEqual({ kind: "ok", path: `/${kind}/reports/p/37` });
  });

  it.each(["page=0", "page=abc", "page=", "page=-1", "page=01", "page=1.5", "page=2&page=3", "page=9999999"])("answers not-found for ?%s", (query) => {
    expect(map("/sections/reports", query)).toEqual({ kind: "not-found" });
  });

  it("keeps Arabic slugs", () => {
    expect(map("/tags/داعش", "page=2")).toEqual({ kind: "ok", path: "/tags/داعش/p/2" });
  });

  it("ignores ?page on pages that are not lists", () => {
    expect(map("/articles/x", "page=2")).toEqual({ kind: "ok", path: "/articles/x" });
    expect(map("/", "page=abc")).toEqual({ kind: "ok", path: "/" });
  });
});

describe("mapPublicPath: seasons", () => {
  it("maps ?season=N onto the internal season route", () => {
    expect(map("/podcasts/shu-al-hal", "season=3")).toEqual({ kind: "ok", path: "/podcasts/shu-al-hal/season/3" });
    expect(map("/podcasts/shu-al-hal")).toEqual({ kind: "ok", path: "/podcasts/shu-al-hal" });
  });

  it.each(["season=abc", "season=", "season=-1", "season=3&season=2", "season=12345", "season=01", "season=0"])("answers not-found for ?%s", (query) => {
    expect(map("/podcasts/shu-al-hal", query)).toEqual({ kind: "not-found" });
  });

  it("leaves an episode's URL alone", () => {
    expect(map("/podcasts/shu-al-hal/rent-crisis", "season=3")).toEqual({ kind: "ok", path: "/podcasts/shu-al-hal/rent-crisis" });
  });
});

describe("mapPublicPath: internal shapes are not public", () => {
  it.each(["/sections/reports/p/2", "/authors/malek-al-hafez/p/1", "/tags/isis/p", "/podcasts/shu-al-hal/season/3", "/podcasts/shu-al-hal/season"])(
    "%s is not-found",
    (path) => {
      expect(map(path)).toEqual({ kind: "not-found" });
    },
  );
});

describe("safeDecodePath", () => {
  it("decodes Arabic paths", () => {
    expect(safeDecodePath("/tags/%D8%AF%D8%A7%D8%B9%D8%B4")).toBe("/tags/داعش");
  });
  it("returns null for malformed percent-encoding", () => {
    expect(safeDecodePath("/articles/%E0%A4%A")).toBeNull();
    expect(safeDecodePath("/articles/%")).toBeNull();
    expect(safeDecodePath("/articles/%ZZ")).toBeNull();
  });
});

describe("internalPath", () => {
  it("puts the locale and page variant first", () => {
    expect(internalPath("ar", "unset", "/")).toBe("/ar/unset");
    expect(internalPath("en", "granted", "/sections/reports/p/2")).toBe("/en/chosen/sections/reports/p/2");
    expect(internalPath("en", "denied", "/sections/reports/p/2")).toBe("/en/chosen/sections/reports/p/2");
  });

  it("keeps granted and denied apart only where the page differs: articles (beacon) and the settings page", () => {
    expect(internalPath("ar", "granted", "/articles/x")).toBe("/ar/granted/articles/x");
    expect(internalPath("ar", "denied", "/articles/x")).toBe("/ar/denied/articles/x");
    expect(internalPath("ar", "unset", "/articles/x")).toBe("/ar/unset/articles/x");
    expect(internalPath("ar", "granted", "/cookies")).toBe("/ar/granted/cookies");
    expect(internalPath("ar", "granted", "/podcasts/show/ep")).toBe("/ar/chosen/podcasts/show/ep");
  });

  it("leaves the desk, previews, the 404 and 410 pages outside the variants", () => {
    expect(internalPath("ar", "unset", "/staff")).toBe("/ar/staff");
    expect(internalPath("en", "granted", "/staff/articles/new")).toBe("/en/staff/articles/new");
    expect(internalPath("ar", "denied", "/preview/abc")).toBe("/ar/preview/abc");
    expect(internalPath("ar", "unset", "/withdrawn")).toBe("/ar/withdrawn");
    expect(internalPath("en", "granted", "/not-found-page")).toBe("/en/not-found-page");
    expect(internalPath("ar", "unset", "/staffroom")).toBe("/ar/unset/staffroom");
  });
});

describe("mapPublicPath: what never reaches a page", () => {
  it("ignores unknown query parameters", () => {
    expect(map("/sections/reports", "utm_source=x")).toEqual({ kind: "ok", path: "/sections/reports" });
  });

  it("keeps the 410 page unreachable from outside (it would be a soft 404)", () => {
    expect(map("/withdrawn")).toEqual({ kind: "not-found" });
  });
});

describe("splitPath: the proxy decides on the path Next routes", () => {
  it("decodes each segment once and keeps Arabic", () => {
    expect(splitPath("/tags/%D8%AF%D8%A7%D8%B9%D8%B4")).toEqual({ kind: "ok", segments: ["tags", "داعش"] });
    expect(splitPath("/")).toEqual({ kind: "ok", segments: [] });
    expect(splitPath("/en/articles/a-b")).toEqual({ kind: "ok", segments: ["en", "articles", "a-b"] });
  });

  it.each(["/%zz", "/sections/%E0%A4%A", "/en/%", "/tags/%C3%28"])("calls %s malformed", (raw) => {
    expect(splitPath(raw)).toEqual({ kind: "malformed" });
  });

  it.each([
    "/x/..%2Fwithdrawn",
    "/x/%2E%2E",
    "/x/%2e",
    "/staff%2Flogin",
    "/sections/a%5Cb",
    "/sections/%25zz",
    "/sections/%2525",
    "/tags/a%00b",
    "/tags/a%0Ab",
    "/tags/a%7Fb",
    "/a//b",
    "relative",
    `/${"a".repeat(2100)}`,
  ])("refuses %s", (raw) => {
    expect(splitPath(raw)).toEqual({ kind: "not-found" });
  });

  it("joins segments back so that Next decodes them exactly once", () => {
    const split = splitPath("/tags/%D8%AF%D8%A7%D8%B9%D8%B4");
    expect(split.kind === "ok" && joinPath(split.segments)).toBe("/tags/%D8%AF%D8%A7%D8%B9%D8%B4");
    expect(joinPath(["ar", "unset", "a?b#c"])).toBe("/ar/unset/a%3Fb%23c");
  });
});
