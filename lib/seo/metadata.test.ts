import { beforeEach, describe, expect, it, vi } from "vitest";
import { articleFixture, TRICKY_TITLE } from "./fixtures";
import { articleMetadata, editionPageMetadata, pageMetadata } from "./metadata";
import { paths } from "@/lib/paths";

const site = { locale: "ar" as const, name: "نشرة" };
const enc = encodeURIComponent;

beforeEach(() => {
  vi.stubEnv("SITE_URL", "https://nashra.example");
});

describe("article metadata", () => {
  it("has an absolute canonical and only a self hreflang when there is no translation", () => {
    const m = articleMetadata(articleFixture(), site, "شعار");
    const self = `https://nashra.example/articles/${enc("داعش-يجدد-استهداف")}`;
    expect(m.alternates?.canonical).toBe(self);
    expect(m.alternates?.languages).toEqual({ ar: self });
  });

  it("lists both editions and x-default when a translation exists", () => {
    const m = articleMetadata(
      articleFixture({ locale: "en", slug: "isis-strikes", translation: { locale: "ar", slug: "داعش" } }),
      { locale: "en", name: "Nashra" },
      "logo",
    );
    expect(m.alternates?.languages).toEqual({
      en: "https://nashra.example/en/articles/isis-strikes",
      ar: `https://nashra.example/articles/${enc("داعش")}`,
      "x-default": `https://nashra.example/articles/${enc("داعش")}`,
    });
  });

  it("is an OpenGraph article with dates, section, authors, tags, locale and a large image", () => {
    const m = articleMetadata(articleFixture(), site, "شعار");
    expect(m.openGraph).toMatchObject({
      type: "article",
      publishedTime: "2021-01-01T08:00:00.000Z",
      modifiedTime: "2021-01-02T09:30:00.000Z",
      section: "تقارير",
      authors: ["https://nashra.example/authors/malek-al-hafez"],
      tags: ["داعش", "البادية السورية"],
      locale: "ar_AR",
      images: [{ url: "https://nashra.example/media/images/hero-1.jpg", width: 1600, height: 900, alt: "رسم" }],
    });
    expect(m.twitter).toMatchObject({ card: "summary_large_image" });
  });

  it("passes a hostile title through as data (React escapes it in attributes)", () => {
    const m = articleMetadata(articleFixture({ title: TRICKY_TITLE }), site, "شعار");
    expect(m.title).toBe(TRICKY_TITLE);
    expect((m.openGraph as { title?: string }).title).toBe(TRICKY_TITLE);
  });
});

describe("list and edition pages", () => {
  it("page 1 of a section has the bare URL and both editions; later pages canonicalise to themselves", () => {
    const first = editionPageMetadata({ site, title: "تقارير", description: "d", defaultImageAlt: "شعار", pathFor: (l) => paths.section(l, "reports", 1) });
    expect(first.alternates?.canonical).toBe("https://nashra.example/sections/reports");
    expect(first.alternates?.languages).toEqual({
      ar: "https://nashra.example/sections/reports",
      en: "https://nashra.example/en/sections/reports",
      "x-default": "https://nashra.example/sections/reports",
    });
    const third = pageMetadata({ site, title: "تقارير (3)", description: "d", defaultImageAlt: "شعار", path: paths.section("ar", "reports", 3) });
    expect(third.alternates?.canonical).toBe("https://nashra.example/sections/reports?page=3");
    expect(third.alternates?.languages).toEqual({ ar: "https://nashra.example/sections/reports?page=3" });
  });

  it("falls back to the 1200-wide brand image with its alt text, and advertises a feed", () => {
    const m = pageMetadata({
      site: { locale: "en", name: "Nashra" },
      title: "Home",
      description: "d",
      defaultImageAlt: "The Nashra logo",
      path: "/en",
      feed: { path: "/en/feed.xml", title: "RSS" },
    });
    expect(m.openGraph).toMatchObject({
      locale: "en_US",
      images: [{ url: "https://nashra.example/brand/og-default.png", width: 1200, height: 630, alt: "The Nashra logo" }],
    });
    expect(m.alternates?.types).toEqual({ "application/rss+xml": [{ url: "https://nashra.example/en/feed.xml", title: "RSS" }] });
  });
});

describe("feeds every page advertises", () => {
  const site = { locale: "ar" as const, name: "نشرة", feedTitle: "نشرة (RSS)" };
  it("an article page: the edition feed and its section feed", () => {
    const a = articleFixture();
    const m = articleMetadata(a, site, "شعار", "القسم (RSS)");
    expect(m.alternates?.types).toEqual({
      "application/rss+xml": [
        { url: "https://nashra.example/feed.xml", title: "نشرة (RSS)" },
        { url: `https://nashra.example${paths.sectionFeed("ar", a.section.slug)}`, title: "القسم (RSS)" },
      ],
    });
  });
  it("any other page: the edition feed, once", () => {
    const m = pageMetadata({ site, title: "t", description: "d", defaultImageAlt: "x", path: "/", feed: { path: "/feed.xml", title: "نشرة (RSS)" } });
    expect(m.alternates?.types).toEqual({ "application/rss+xml": [{ url: "https://nashra.example/feed.xml", title: "نشرة (RSS)" }] });
  });
});
