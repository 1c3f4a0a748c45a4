import { expect, test } from "@playwright/test";
import { hiddenMarkers, jsonLdBlocks, jsonLdOf, rozanaPath } from "./support/seo";

const iso = (s: unknown) => typeof s === "string" && !Number.isNaN(Date.parse(s));

test.describe("structured data", () => {
  test("article: NewsArticle with every required field, the publisher and breadcrumbs", async ({ page, request, baseURL }) => {
    await page.goto(rozanaPath);
    const url = `${baseURL}${rozanaPath}`;
    const a = await jsonLdOf(page, "NewsArticle");
    expect(a.headline).toBe('"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟');
    expect([...a.headline].length).toBeLessThanOrEqual(110);
    expect(a.description).toBeTruthy();
    expect(a.image.length).toBeGreaterThan(0);
    expect(a.image[0].url).toBe(`${baseURL}/media/images/hero-1.jpg`);
    expect(a.image[0].width.value).toBeGreaterThanOrEqual(1200);
    expect(a.datePublished).toBe("2021-01-01T08:00:00.000Z");
    expect(iso(a.dateModified)).toBe(true);
    expect(a.author).toEqual([{ "@type": "Person", name: "مالك الحافظ", url: `${baseURL}/authors/malek-al-hafez` }]);
    expect(a.articleSection).toBe("تقارير");
    expect([...a.keywords].sort()).toEqual(["البادية السورية", "داعش"].sort());
    expect(a.inLanguage).toBe("ar");
    expect(a.isAccessibleForFree).toBe(true);
    expect(a.mainEntityOfPage).toEqual({ "@type": "WebPage", "@id": url });
    const p = a.publisher;
    expect(p["@type"]).toBe("NewsMediaOrganization");
    expect(p.name).toBe("نشرة");
    expect(p.logo).toMatchObject({ "@type": "ImageObject", url: `${baseURL}/brand/logo.png`, width: { value: 512 }, height: { value: 512 } });
    expect((await request.get(new URL(p.logo.url).pathname)).status()).toBe(200);
    expect(p.publishingPrinciples).toBe(`${baseURL}/about/editorial-principles`);
    const crumbs = await jsonLdOf(page, "BreadcrumbList");
    expect(crumbs.itemListElement.map((c: { position: number; name: string; item: string }) => [c.position, c.name, c.item])).toEqual([
      [1, "الرئيسية", `${baseURL}/`],
      [2, "تقارير", `${baseURL}/sections/reports`],
      [3, a.headline, url],
    ]);
  });

  test("the publisher's principles page is a real page in both editions", async ({ page }) => {
    await page.goto("/about/editorial-principles");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("مبادئنا التحريرية");
    for (const name of ["الدقة", "الاستقلالية", "المصادر", "الإنصاف", "التصحيحات", "الخصوصية"])
      await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
    await page.goto("/en/about/editorial-principles");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Editorial principles");
    await expect(page.getByRole("heading", { level: 2, name: "Corrections" })).toBeVisible();
    await page.getByRole("contentinfo").getByRole("link", { name: "Editorial principles" }).click();
    await expect(page).toHaveURL(/\/en\/about\/editorial-principles$/);
  });

  for (const [path, locale, name] of [
    ["/", "ar", "نشرة"],
    ["/en", "en", "Nashra"],
  ] as const) {
    test(`home (${locale}): WebSite and the organization`, async ({ page, baseURL }) => {
      await page.goto(path);
      const site = await jsonLdOf(page, "WebSite");
      const org = await jsonLdOf(page, "NewsMediaOrganization");
      expect(site).toMatchObject({ name, url: `${baseURL}${path}`, inLanguage: locale, publisher: { "@id": org["@id"] } });
      expect(org).toMatchObject({ name, logo: { url: `${baseURL}/brand/logo.png` } });
      expect(org.publishingPrinciples).toBe(`${baseURL}${locale === "en" ? "/en" : ""}/about/editorial-principles`);
    });
  }

  test("section and tag: BreadcrumbList, in both editions", async ({ page, baseURL }) => {
    await page.goto("/sections/reports");
    expect((await jsonLdOf(page, "BreadcrumbList")).itemListElement.map((c: { item: string }) => c.item)).toEqual([
      `${baseURL}/`,
      `${baseURL}/sections/reports`,
    ]);
    await page.goto("/en/sections/economy");
    const en = await jsonLdOf(page, "BreadcrumbList");
    expect(en.itemListElement.map((c: { name: string }) => c.name)).toEqual(["Home", "Economy"]);
    await page.goto("/tags/isis");
    expect((await jsonLdOf(page, "BreadcrumbList")).itemListElement.map((c: { item: string }) => c.item)).toEqual([`${baseURL}/`, `${baseURL}/tags/isis`]);
  });

  test("author: ProfilePage with a Person", async ({ page, baseURL }) => {
    await page.goto("/authors/malek-al-hafez");
    const profile = await jsonLdOf(page, "ProfilePage");
    expect(profile.mainEntity).toMatchObject({ "@type": "Person", name: "مالك الحافظ", url: `${baseURL}/authors/malek-al-hafez` });
    await page.goto("/en/authors/malek-al-hafez");
    expect((await jsonLdOf(page, "ProfilePage")).mainEntity.url).toBe(`${baseURL}/en/authors/malek-al-hafez`);
  });

  test("show: PodcastSeries and breadcrumbs; season: PodcastSeason", async ({ page, baseURL }) => {
    await page.goto("/podcasts/shu-al-hal");
    const series = await jsonLdOf(page, "PodcastSeries");
    expect(series).toMatchObject({
      name: "شو الحل؟",
      url: `${baseURL}/podcasts/shu-al-hal`,
      webFeed: `${baseURL}/podcasts/shu-al-hal/feed.xml`,
      image: `${baseURL}/media/podcasts/shu-al-hal.jpg`,
    });
    expect(series.description).toBeTruthy();
    expect((await jsonLdOf(page, "BreadcrumbList")).itemListElement).toHaveLength(3);
    await page.goto("/en/podcasts/shu-al-hal?season=2");
    const season = await jsonLdOf(page, "PodcastSeason");
    expect(season).toMatchObject({
      seasonNumber: 2,
      url: `${baseURL}/en/podcasts/shu-al-hal?season=2`,
      partOfSeries: { "@type": "PodcastSeries", name: "شو الحل؟" },
    });
    expect(season.numberOfEpisodes).toBe(2);
    expect((await jsonLdOf(page, "BreadcrumbList")).itemListElement).toHaveLength(4);
  });

  test("episode: PodcastEpisode with series, season, number, date, ISO duration and its audio", async ({ page, request, baseURL }) => {
    await page.goto("/podcasts/shu-al-hal/bread-prices");
    const e = await jsonLdOf(page, "PodcastEpisode");
    expect(e).toMatchObject({
      name: "ربطة الخبز: لماذا يرتفع سعرها كل مرة؟",
      episodeNumber: 1,
      timeRequired: "PT12S",
      partOfSeries: { "@type": "PodcastSeries", name: "شو الحل؟", url: `${baseURL}/podcasts/shu-al-hal` },
      partOfSeason: { "@type": "PodcastSeason", seasonNumber: 1 },
      associatedMedia: {
        "@type": "AudioObject",
        contentUrl: `${baseURL}/media/podcasts/shu-al-hal/bread-prices.mp3`,
        encodingFormat: "audio/mpeg",
        duration: "PT12S",
      },
    });
    expect(iso(e.datePublished)).toBe(true);
    expect((await request.get(new URL(e.associatedMedia.contentUrl).pathname)).status()).toBe(200);
    const crumbs = (await jsonLdOf(page, "BreadcrumbList")).itemListElement;
    expect(crumbs.at(-1).item).toBe(`${baseURL}/podcasts/shu-al-hal/bread-prices`);
  });

  test("no draft or scheduled item appears in the structured data of the pages that list or link them", async ({ page }) => {
    for (const path of [
      "/",
      rozanaPath,
      "/sections/reports",
      "/sections/reports?page=2",
      "/authors/malek-al-hafez",
      "/tags/isis",
      "/podcasts/shu-al-hal",
      "/podcasts/shu-al-hal?season=3",
    ]) {
      await page.goto(path);
      const blocks = await jsonLdBlocks(page);
      expect(blocks.length, path).toBeGreaterThan(0);
      const text = JSON.stringify(blocks);
      for (const marker of hiddenMarkers) expect(text, `${path}: ${marker}`).not.toContain(marker);
    }
    for (const path of [
      "/articles/draft-budget-leak",
      "/articles/scheduled-election-preview",
      "/podcasts/shu-al-hal/draft-episode",
      "/podcasts/shu-al-hal/scheduled-episode",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await jsonLdBlocks(page), path).toEqual([]);
    }
  });
});
