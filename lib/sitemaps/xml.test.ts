import { XMLValidator } from "fast-xml-parser";
import { xmlParser } from "@/lib/testing/xml";
import { describe, expect, it } from "vitest";
import { chunkCount, MAX_URLS_PER_SITEMAP, newsSitemap, sitemapIndex, urlSet } from "./xml";

const parser = xmlParser(["url", "sitemap", "xhtml:link"]);

describe("sitemap XML", () => {
  it("chunks so no file exceeds 50,000 URLs", () => {
    expect(chunkCount(0)).toBe(1);
    expect(chunkCount(50_000)).toBe(1);
    expect(chunkCount(50_001)).toBe(2);
    expect(chunkCount(120_000)).toBe(3);
    expect(() => urlSet(Array.from({ length: MAX_URLS_PER_SITEMAP + 1 }, () => ({ loc: "https://x/", lastmod: "2021-01-01T00:00:00Z" })))).toThrow(RangeError);
  });

  it("writes an index with loc and lastmod", () => {
    const xml = sitemapIndex([{ loc: "https://nashra.example/sitemaps/articles-1.xml", lastmod: "2021-01-01T10:00:00+02:00" }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(parser.parse(xml).sitemapindex.sitemap).toEqual([{ loc: "https://nashra.example/sitemaps/articles-1.xml", lastmod: "2021-01-01T08:00:00.000Z" }]);
  });

  it("writes URL entries with lastmod and hreflang alternates, escaping &", () => {
    const xml = urlSet([
      {
        loc: "https://nashra.example/a?x=1&y=2",
        lastmod: "2021-01-01T00:00:00Z",
        alternates: { ar: "https://nashra.example/a", en: "https://nashra.example/en/a" },
      },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const url = parser.parse(xml).urlset.url[0];
    expect(url.loc).toBe("https://nashra.example/a?x=1&y=2");
    expect(url["xhtml:link"]).toEqual([
      { "@_rel": "alternate", "@_hreflang": "ar", "@_href": "https://nashra.example/a" },
      { "@_rel": "alternate", "@_hreflang": "en", "@_href": "https://nashra.example/en/a" },
    ]);
  });

  it("writes Google News entries with publication, date and title", () => {
    const xml = newsSitemap(
      [{ loc: "https://nashra.example/articles/x", title: 'عاجل: "حريق" & <دخان>', language: "ar", publishedAt: "2026-11-29T10:00:00Z" }],
      (l) => (l === "ar" ? "نشرة" : "Nashra"),
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const news = parser.parse(xml).urlset.url[0]["news:news"];
    expect(news["news:publication"]).toEqual({ "news:name": "نشرة", "news:language": "ar" });
    expect(news["news:publication_date"]).toBe("2026-11-29T10:00:00.000Z");
    expect(news["news:title"]).toBe('عاجل: "حريق" & <دخان>');
  });
});
