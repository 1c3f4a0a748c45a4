import { expect, test, type Page } from "@playwright/test";
import { metaContent, rozanaPath } from "./support/seo";

/** URLs as the WHATWG parser normalises them (Next prints the site root without its slash). */
const norm = (u: string | null) => (u === null ? null : new URL(u).href);

async function head(page: Page) {
  const alternates = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((links) => Object.fromEntries(links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")])));
  for (const k of Object.keys(alternates)) alternates[k] = norm(alternates[k]);
  return {
    canonical: norm(await page.locator('head link[rel="canonical"]').getAttribute("href")),
    alternates,
    robots: await metaContent(page, 'meta[name="robots"]'),
    description: await metaContent(page, 'meta[name="description"]'),
    ogLocale: await metaContent(page, 'meta[property="og:locale"]'),
    ogType: await metaContent(page, 'meta[property="og:type"]'),
    ogUrl: norm(await metaContent(page, 'meta[property="og:url"]')),
    ogImage: await metaContent(page, 'meta[property="og:image"]'),
    ogImageWidth: Number(await metaContent(page, 'meta[property="og:image:width"]')),
    ogImageAlt: await metaContent(page, 'meta[property="og:image:alt"]'),
    twitterCard: await metaContent(page, 'meta[name="twitter:card"]'),
  };
}

test.describe("page metadata", () => {
  test("the seed article: absolute canonical, self-only hreflang, OpenGraph article, Twitter card, large previews", async ({ page, baseURL }) => {
    await page.goto(rozanaPath);
    const url = `${baseURL}${rozanaPath}`;
    await expect(page).toHaveTitle('"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟ | نشرة');
    const h = await head(page);
    expect(h.canonical).toBe(url);
    expect(h.alternates).toEqual({ ar: url });
    expect(h.robots).toContain("max-image-preview:large");
    expect(h.description).toBeTruthy();
    expect(h).toMatchObject({ ogLocale: "ar_AR", ogType: "article", ogUrl: url, twitterCard: "summary_large_image" });
    expect(h.ogImage).toBe(`${baseURL}/media/images/hero-1.jpg`);
    expect(h.ogImageWidth).toBeGreaterThanOrEqual(1200);
    expect(h.ogImageAlt).toBeTruthy();
    expect(await metaContent(page, 'meta[property="article:published_time"]')).toBe("2021-01-01T08:00:00.000Z");
    expect(await metaContent(page, 'meta[property="article:modified_time"]')).toBeTruthy();
    expect(await metaContent(page, 'meta[property="article:section"]')).toBe("تقارير");
    expect(await metaContent(page, 'meta[property="article:author"]')).toBe(`${baseURL}/authors/malek-al-hafez`);
    const tags = await page.locator('head meta[property="article:tag"]').evaluateAll((m) => m.map((x) => x.getAttribute("content")));
    expect(tags.sort()).toEqual(["البادية السورية", "داعش"].sort());
    expect(await metaContent(page, 'meta[name="twitter:image"]')).toBe(h.ogImage);
  });

  test("a translated article lists both editions and x-default, from either side", async ({ page, baseURL }) => {
    await page.goto("/en/articles/20000-oil-barrels-reach-syrian-regime-from-sdf-areas");
    const en = await head(page);
    expect(en.ogLocale).toBe("en_US");
    expect(Object.keys(en.alternates).sort()).toEqual(["ar", "en", "x-default"]);
    expect(en.alternates.en).toBe(`${baseURL}/en/articles/20000-oil-barrels-reach-syrian-regime-from-sdf-areas`);
    expect(en.alternates["x-default"]).toBe(en.alternates.ar);
    await page.goto(new URL(en.alternates.ar).pathname);
    const ar = await head(page);
    expect(ar.canonical).toBe(en.alternates.ar);
    expect(ar.alternates).toEqual(en.alternates);
  });

  for (const [locale, path, ogLocale] of [
    ["ar", "/", "ar_AR"],
    ["en", "/en", "en_US"],
  ] as const) {
    test(`the ${locale} home page: both editions, the brand image with its alt text`, async ({ page, baseURL }) => {
      await page.goto(path);
      const h = await head(page);
      expect(h.canonical).toBe(norm(`${baseURL}${path}`));
      expect(h.alternates).toEqual({ ar: `${baseURL}/`, en: `${baseURL}/en`, "x-default": `${baseURL}/` });
      expect(h).toMatchObject({
        ogLocale,
        ogType: "website",
        twitterCard: "summary_large_image",
        ogImage: `${baseURL}/brand/og-default.png`,
        ogImageWidth: 1200,
      });
      expect(h.ogImageAlt).toBeTruthy();
      expect(h.robots).toContain("max-image-preview:large");
    });
  }

  test("every public page type has a title with the site name, a description and a canonical", async ({ page, baseURL }) => {
    for (const path of [
      "/sections/reports",
      "/en/sections/economy",
      "/authors/malek-al-hafez",
      "/tags/isis",
      "/podcasts",
      "/en/podcasts",
      "/podcasts/shu-al-hal",
      "/podcasts/shu-al-hal/bread-prices",
      "/about/editorial-principles",
      "/en/about/editorial-principles",
      "/cookies",
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page, path).toHaveTitle(/ \| (نشرة|Nashra)$/);
      const h = await head(page);
      expect(h.description, path).toBeTruthy();
      expect(h.canonical, path).toBe(norm(`${baseURL}${path}`));
      expect(h.ogUrl, path).toBe(h.canonical);
      expect(h.ogImageWidth, path).toBeGreaterThanOrEqual(1200);
      expect(h.robots, path).toContain("max-image-preview:large");
    }
  });

  test("pagination: ?page=1 canonicalises to the bare URL, page 2 to itself, unknown parameters never", async ({ page, baseURL }) => {
    await page.goto("/sections/reports?page=1&utm_source=newsletter");
    expect((await head(page)).canonical).toBe(`${baseURL}/sections/reports`);
    await page.goto("/sections/reports?page=2&fbclid=abc");
    const second = await head(page);
    expect(second.canonical).toBe(`${baseURL}/sections/reports?page=2`);
    expect(second.alternates).toEqual({ ar: `${baseURL}/sections/reports?page=2` });
    await expect(page).toHaveTitle(/\(2\) \| نشرة$/);
    await page.goto("/podcasts/shu-al-hal?season=2&ref=x");
    expect((await head(page)).canonical).toBe(`${baseURL}/podcasts/shu-al-hal?season=2`);
  });

  test("an edition with nothing in a listing yet is not indexed, and the other edition does not point at it", async ({ page, baseURL }) => {
    // The seed has no English article in the News section.
    const response = await page.goto("/en/sections/news");
    expect(response?.status()).toBe(200);
    expect(await metaContent(page, 'meta[name="robots"]')).toMatch(/noindex/);
    await page.goto("/sections/news");
    expect(await metaContent(page, 'meta[name="robots"]')).not.toMatch(/noindex/);
    expect((await head(page)).alternates).toEqual({ ar: `${baseURL}/sections/news` });
    await page.goto("/sections/economy");
    expect(Object.keys((await head(page)).alternates).sort()).toEqual(["ar", "en", "x-default"]);
  });
});
