import { expect, test } from "@playwright/test";
import { fetchXml, hiddenMarkers, rozanaPath } from "./support/seo";
import { publishArticle, uniqueSlug } from "./support/db";

const XML = /^application\/xml; charset=utf-8$/;
const arrays = ["sitemap", "url", "xhtml:link"];

test.describe("robots.txt", () => {
  test("allows the public site, keeps crawlers off staff, previews and APIs, and lists both sitemaps", async ({ request, baseURL }) => {
    const response = await request.get("/robots.txt");
    expect(response.status()).toBe(200);
    const lines = (await response.text()).split("\n").map((l) => l.trim());
    expect(lines).toContain("User-Agent: *");
    expect(lines).toContain("Allow: /");
    for (const path of ["/staff", "/en/staff", "/preview/", "/en/preview/", "/api/"]) expect(lines).toContain(`Disallow: ${path}`);
    expect(lines).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    expect(lines).toContain(`Sitemap: ${baseURL}/news-sitemap.xml`);
  });
});

test.describe("the sitemap index and its children", () => {
  test("every child is listed with lastmod, parses, and every entry has loc and lastmod", async ({ request, baseURL }) => {
    const { response, doc } = await fetchXml(request, "/sitemap.xml", XML, arrays);
    expect(response.headers()["cache-control"]).toMatch(/max-age=\d+/);
    const children: { loc: string; lastmod: string }[] = doc.sitemapindex.sitemap;
    const names = children.map((c) => new URL(c.loc).pathname);
    expect(names).toEqual([
      "/sitemaps/articles-1.xml",
      "/sitemaps/pages.xml",
      "/sitemaps/sections.xml",
      "/sitemaps/authors.xml",
      "/sitemaps/tags.xml",
      "/sitemaps/podcasts.xml",
    ]);
    for (const child of children) {
      expect(child.loc.startsWith(`${baseURL}/`)).toBe(true);
      expect(Number.isNaN(Date.parse(child.lastmod))).toBe(false);
      const { doc: set } = await fetchXml(request, new URL(child.loc).pathname, XML, arrays);
      const urls: { loc: string; lastmod: string }[] = set.urlset.url;
      expect(urls.length, child.loc).toBeGreaterThan(0);
      expect(urls.length).toBeLessThanOrEqual(50_000);
      for (const u of urls) {
        expect(u.loc.startsWith(`${baseURL}/`), u.loc).toBe(true);
        expect(Date.parse(u.lastmod), u.loc).not.toBeNaN();
        // The child's lastmod is the newest of its entries.
        expect(Date.parse(u.lastmod)).toBeLessThanOrEqual(Date.parse(child.lastmod));
      }
    }
  });

  test("article entries carry their alternate-language links; a translated pair points at each other", async ({ request, baseURL }) => {
    const { doc } = await fetchXml(request, "/sitemaps/articles-1.xml", XML, arrays);
    const urls: { loc: string; "xhtml:link": { "@_hreflang": string; "@_href": string }[] }[] = doc.urlset.url;
    // 39 public Arabic + 7 English seed articles (other specs may add more while this runs).
    expect(urls.length).toBeGreaterThanOrEqual(46);
    for (const u of urls) {
      const self = u["xhtml:link"].find((l) => l["@_href"] === u.loc);
      expect(self, `${u.loc} lists itself`).toBeTruthy();
    }
    const rozana = urls.find((u) => u.loc === `${baseURL}${rozanaPath}`);
    expect(rozana?.["xhtml:link"]).toEqual([{ "@_rel": "alternate", "@_hreflang": "ar", "@_href": `${baseURL}${rozanaPath}` }]);
    const english = urls.find((u) => u.loc === `${baseURL}/en/articles/20000-oil-barrels-reach-syrian-regime-from-sdf-areas`);
    const langs = Object.fromEntries((english?.["xhtml:link"] ?? []).map((l) => [l["@_hreflang"], l["@_href"]]));
    expect(Object.keys(langs).sort()).toEqual(["ar", "en", "x-default"]);
    expect(langs["x-default"]).toBe(langs.ar);
    const arabic = urls.find((u) => u.loc === langs.ar);
    expect(arabic?.["xhtml:link"].map((l) => l["@_href"])).toContain(english?.loc);
  });

  test("every URL in every sitemap answers 200 (no redirects, no 404s) and none is a draft or scheduled item", async ({ request }) => {
    // Every page of the site, most rendered for the first time: room for a slow machine.
    test.setTimeout(120_000);
    const { doc } = await fetchXml(request, "/sitemap.xml", XML, arrays);
    for (const child of doc.sitemapindex.sitemap as { loc: string }[]) {
      const { body, doc: set } = await fetchXml(request, new URL(child.loc).pathname, XML, arrays);
      for (const marker of hiddenMarkers) expect(decodeURIComponent(body), `${child.loc} mentions ${marker}`).not.toContain(marker);
      for (const u of set.urlset.url as { loc: string }[]) {
        const response = await request.get(new URL(u.loc).pathname + new URL(u.loc).search, { maxRedirects: 0 });
        expect(response.status(), u.loc).toBe(200);
      }
    }
  });

  test("lists sections, authors, tags, podcasts and the edition pages in both editions", async ({ request, baseURL }) => {
    const locs = async (name: string) =>
      ((await fetchXml(request, `/sitemaps/${name}.xml`, XML, arrays)).doc.urlset.url as { loc: string }[]).map((u) => u.loc);
    expect(await locs("sections")).toEqual(expect.arrayContaining([`${baseURL}/sections/reports`, `${baseURL}/en/sections/reports`]));
    expect(await locs("authors")).toContain(`${baseURL}/authors/malek-al-hafez`);
    expect(await locs("tags")).toContain(`${baseURL}/tags/isis`);
    const podcasts = await locs("podcasts");
    expect(podcasts).toEqual(
      expect.arrayContaining([
        `${baseURL}/podcasts/shu-al-hal`,
        `${baseURL}/en/podcasts/the-briefing`,
        `${baseURL}/podcasts/shu-al-hal/bread-prices`,
        `${baseURL}/podcasts/shu-al-hal?season=2`,
      ]),
    );
    expect(await locs("pages")).toEqual(
      expect.arrayContaining([`${baseURL}/`, `${baseURL}/en`, `${baseURL}/about/editorial-principles`, `${baseURL}/en/podcasts`]),
    );
  });

  test("a child sitemap that does not exist is a 404", async ({ request }) => {
    for (const path of ["/sitemaps/articles-99.xml", "/sitemaps/articles-0.xml", "/sitemaps/drafts.xml"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
  });
});

test.describe("the Google News sitemap", () => {
  test("has none of the seed's articles (all older than 48 hours) and is well-formed", async ({ request }) => {
    const { body, doc } = await fetchXml(request, "/news-sitemap.xml", XML, arrays);
    const urls: { loc: string }[] = doc.urlset.url ?? [];
    // (toContain compares by identity, so an asymmetric matcher inside it could never fail.)
    expect(urls.map((u) => u.loc).filter((loc) => loc.includes(rozanaPath))).toEqual([]);
    for (const marker of hiddenMarkers) expect(body).not.toContain(marker);
  });

  test("includes an article published an hour ago, with publication, date and title, but not one scheduled for later", async ({ request, baseURL }) => {
    const fresh = uniqueSlug("news-fresh");
    const later = uniqueSlug("news-later");
    await publishArticle(request, { slug: fresh, title: `خبر عاجل & "جديد" ${fresh}`, publishedAt: new Date(Date.now() - 3_600_000) });
    await publishArticle(request, { slug: later, title: `خبر مجدول ${later}`, status: "SCHEDULED", publishedAt: new Date(Date.now() + 86_400_000) });
    await publishArticle(request, { slug: uniqueSlug("news-old"), title: "خبر قديم", publishedAt: new Date(Date.now() - 49 * 3_600_000) });
    const { doc } = await fetchXml(request, "/news-sitemap.xml", XML, arrays);
    const urls: { loc: string; "news:news": Record<string, any> }[] = doc.urlset.url;
    const entry = urls.find((u) => u.loc === `${baseURL}/articles/${fresh}`);
    expect(entry, "the fresh article").toBeTruthy();
    expect(entry?.["news:news"]["news:publication"]).toEqual({ "news:name": "نشرة", "news:language": "ar" });
    expect(entry?.["news:news"]["news:title"]).toBe(`خبر عاجل & "جديد" ${fresh}`);
    const date = Date.parse(entry?.["news:news"]["news:publication_date"]);
    expect(Math.abs(date - (Date.now() - 3_600_000))).toBeLessThan(10 * 60_000);
    expect(urls.map((u) => u.loc).filter((l) => l.includes("news-later") || l.includes("news-old"))).toEqual([]);
    for (const u of urls) expect(Date.now() - Date.parse(u["news:news"]["news:publication_date"])).toBeLessThanOrEqual(48 * 3_600_000);
  });
});
