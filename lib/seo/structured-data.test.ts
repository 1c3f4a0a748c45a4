import { beforeEach, describe, expect, it, vi } from "vitest";
import { serializeJsonLd } from "./json-ld";
import { articleFixture, TRICKY_TITLE } from "./fixtures";
import { breadcrumbs, newsArticle, newsOrganization, podcastEpisode, podcastSeason, podcastSeries, profilePage, webSite } from "./structured-data";

const site = { locale: "ar" as const, name: "نشرة" };

beforeEach(() => {
  vi.stubEnv("SITE_URL", "https://nashra.example");
});

describe("NewsArticle", () => {
  it("carries every field Google asks for, with absolute URLs", () => {
    const ld = newsArticle(articleFixture(), site) as Record<string, any>;
    expect(ld["@context"]).toBe("https://schema.org");
    expect(ld["@type"]).toBe("NewsArticle");
    expect(ld.headline).toBe('"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟');
    expect(ld.description).toBe("هجمات متجددة & أسئلة <قديمة>");
    expect(ld.image[0].url).toBe("https://nashra.example/media/images/hero-1.jpg");
    expect(ld.image[0].width.value).toBe(1600);
    expect(ld.datePublished).toBe("2021-01-01T08:00:00.000Z");
    expect(ld.dateModified).toBe("2021-01-02T09:30:00.000Z");
    expect(ld.author).toEqual([{ "@type": "Person", name: "مالك الحافظ", url: "https://nashra.example/authors/malek-al-hafez" }]);
    expect(ld.articleSection).toBe("تقارير");
    expect(ld.keywords).toEqual(["داعش", "البادية السورية"]);
    expect(ld.inLanguage).toBe("ar");
    expect(ld.isAccessibleForFree).toBe(true);
    const url = `https://nashra.example/articles/${encodeURIComponent("داعش-يجدد-استهداف")}`;
    expect(ld.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": url });
    expect(ld.publisher["@type"]).toBe("NewsMediaOrganization");
    expect(ld.publisher.logo.url).toBe("https://nashra.example/brand/logo.png");
    expect(ld.publisher.publishingPrinciples).toBe("https://nashra.example/about/editorial-principles");
  });

  it("cuts an overlong headline to 110 characters", () => {
    const title = "عنوان طويل جداً ".repeat(12).trim();
    const ld = newsArticle(articleFixture({ title }), site) as Record<string, any>;
    expect([...ld.headline].length).toBeLessThanOrEqual(110);
    expect(ld.headline.endsWith("…")).toBe(true);
  });

  it("falls back to the brand image when the article has no hero", () => {
    const ld = newsArticle(articleFixture({ hero: null }), site) as Record<string, any>;
    expect(ld.image[0].url).toBe("https://nashra.example/brand/og-default.png");
  });

  it("stays inert with a hostile title and round-trips through the escaped JSON", () => {
    const ld = newsArticle(articleFixture({ title: TRICKY_TITLE }), site);
    const json = serializeJsonLd(ld);
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toMatch(/[<>&]/);
    expect((JSON.parse(json) as { headline: string }).headline).toBe(TRICKY_TITLE);
  });
});

describe("the other page types", () => {
  it("publisher and website on the home page", () => {
    const org = newsOrganization(site) as Record<string, any>;
    expect(org).toMatchObject({ "@type": "NewsMediaOrganization", name: "نشرة", url: "https://nashra.example/" });
    expect(org.logo.width.value).toBe(512);
    const web = webSite({ locale: "en", name: "Nashra" }, "Independent news") as Record<string, any>;
    expect(web).toMatchObject({ "@type": "WebSite", url: "https://nashra.example/en", inLanguage: "en", publisher: { "@id": org["@id"] } });
  });

  it("breadcrumbs are positioned list items with absolute URLs", () => {
    const ld = breadcrumbs([
      { name: "الرئيسية", path: "/" },
      { name: "تقارير", path: "/sections/reports" },
    ]) as Record<string, any>;
    expect(ld.itemListElement).toEqual([
      { "@type": "ListItem", position: 1, name: "الرئيسية", item: "https://nashra.example/" },
      { "@type": "ListItem", position: 2, name: "تقارير", item: "https://nashra.example/sections/reports" },
    ]);
  });

  it("a profile page wraps the author as a Person", () => {
    const ld = profilePage({ slug: "malek-al-hafez", name: "مالك الحافظ", bio: "صحفي", avatarUrl: null }, "en") as Record<string, any>;
    expect(ld["@type"]).toBe("ProfilePage");
    expect(ld.mainEntity).toMatchObject({
      "@type": "Person",
      name: "مالك الحافظ",
      url: "https://nashra.example/en/authors/malek-al-hafez",
      description: "صحفي",
    });
  });

  const show = {
    slug: "shu-al-hal",
    title: "شو الحل؟",
    description: "بودكاست",
    language: "ar",
    author: "نشرة",
    artwork: { url: "/media/podcasts/shu-al-hal.jpg" },
  };

  it("a show is a PodcastSeries with its feed, a season a PodcastSeason", () => {
    const series = podcastSeries(show, "ar") as Record<string, any>;
    expect(series).toMatchObject({ "@type": "PodcastSeries", name: "شو الحل؟", webFeed: "https://nashra.example/podcasts/shu-al-hal/feed.xml" });
    const season = podcastSeason(show, { number: 2, title: "الموسم الثاني", episodeCount: 3 }, "ar") as Record<string, any>;
    expect(season).toMatchObject({
      "@type": "PodcastSeason",
      seasonNumber: 2,
      numberOfEpisodes: 3,
      url: "https://nashra.example/podcasts/shu-al-hal?season=2",
    });
    expect(season.partOfSeries.name).toBe("شو الحل؟");
  });

  it("an episode has series, season, number, date, ISO duration and its audio", () => {
    const ld = podcastEpisode(
      {
        slug: "bread-prices",
        title: "ربطة الخبز",
        showNotes: "ملاحظات",
        publishedAt: "2024-02-05T07:00:00.000Z",
        episodeNumber: 1,
        seasonNumber: 1,
        seasonTitle: "الموسم الأول",
        durationSec: 754,
        audio: { url: "/media/podcasts/shu-al-hal/bread-prices.mp3", mimeType: "audio/mpeg", bytes: 48501 },
        show: { slug: "shu-al-hal", title: "شو الحل؟", language: "ar" },
      },
      "ar",
    ) as Record<string, any>;
    expect(ld).toMatchObject({
      "@type": "PodcastEpisode",
      episodeNumber: 1,
      datePublished: "2024-02-05T07:00:00.000Z",
      timeRequired: "PT12M34S",
      partOfSeries: { "@type": "PodcastSeries", name: "شو الحل؟" },
      partOfSeason: { "@type": "PodcastSeason", seasonNumber: 1 },
      associatedMedia: {
        "@type": "AudioObject",
        contentUrl: "https://nashra.example/media/podcasts/shu-al-hal/bread-prices.mp3",
        encodingFormat: "audio/mpeg",
        duration: "PT12M34S",
      },
    });
  });
});
