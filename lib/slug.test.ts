import { describe, expect, it } from "vitest";
import { decodeSlug, isValidSlug, slugify } from "./slug";
import { paths } from "./paths";

describe("decodeSlug", () => {
  it("decodes a percent-encoded Arabic slug", () => {
    expect(decodeSlug(encodeURIComponent("انقطاع-الكهرباء"))).toBe("انقطاع-الكهرباء");
  });
  it("leaves an already-decoded slug as it is", () => {
    expect(decodeSlug("انقطاع-الكهرباء")).toBe("انقطاع-الكهرباء");
    expect(decodeSlug("oil-prices")).toBe("oil-prices");
  });
  it("returns null for malformed encoding", () => {
    expect(decodeSlug("%E0%A4%A")).toBeNull();
  });
  it("normalises to NFC", () => {
    expect(decodeSlug("cafe\u0301")).toBe("caf\u00e9");
  });
});

describe("slugify", () => {
  it("keeps Arabic words, joined by hyphens, without punctuation", () => {
    expect(slugify('"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟')).toBe("داعش-يجدد-استهداف-قوات-النظام-ما-مصدر-قوته");
  });
  it("drops tashkeel and tatweel", () => {
    expect(slugify("مُحَمَّد الـحـافظ")).toBe("محمد-الحافظ");
  });
  it("lower-cases Latin and strips accents", () => {
    expect(slugify("Élections in Aleppo: 2026!")).toBe("elections-in-aleppo-2026");
  });
  it("produces slugs that validate", () => {
    expect(isValidSlug(slugify('20 ألف برميل نفط تصل النظام السوري من مناطق "قسد"'))).toBe(true);
  });
});

describe("isValidSlug", () => {
  it("rejects spaces, slashes and edge hyphens", () => {
    expect(isValidSlug("a b")).toBe(false);
    expect(isValidSlug("a/b")).toBe(false);
    expect(isValidSlug("-a")).toBe(false);
    expect(isValidSlug("")).toBe(false);
  });
});

describe("paths", () => {
  it("prints Arabic slugs percent-encoded, once", () => {
    expect(paths.article("ar", "انقطاع")).toBe("/articles/%D8%A7%D9%86%D9%82%D8%B7%D8%A7%D8%B9");
  });
  it("prefixes English with /en and leaves Arabic at the root", () => {
    expect(paths.home("ar")).toBe("/");
    expect(paths.home("en")).toBe("/en");
    expect(paths.section("en", "news", 2)).toBe("/en/sections/news?page=2");
    expect(paths.section("ar", "news", 1)).toBe("/sections/news");
  });
});
