import { expect, test } from "@playwright/test";
import { articleId, publishArticle, revalidate, uniqueSlug, withdrawArticle } from "./support/db";
import { fetchXml, hiddenMarkers, jpegSize, parseXml, rozanaPath, rozanaSlug } from "./support/seo";

const RSS = /^application\/rss\+xml; charset=utf-8$/;
const arrays = ["item", "category", "dc:creator"];
const rfc2822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/;

type Item = Record<string, any>;

for (const { locale, feed, home } of [
  { locale: "ar", feed: "/feed.xml", home: "/" },
  { locale: "en", feed: "/en/feed.xml", home: "/en" },
]) {
  test.describe(`the ${locale} edition feed`, () => {
    test("is RSS 2.0 with a self link, a cache lifetime and every required element on each item", async ({ request, baseURL }) => {
      const { response, body, doc } = await fetchXml(request, feed, RSS, arrays);
      expect(response.headers()["cache-control"]).toMatch(/max-age=[1-9]\d*/);
      const channel = doc.rss.channel;
      expect(doc.rss["@_version"]).toBe("2.0");
      expect(channel.language).toBe(locale);
      expect(channel.link).toBe(`${baseURL}${home}`);
      expect(channel["atom:link"]).toMatchObject({ "@_href": `${baseURL}${feed}`, "@_rel": "self", "@_type": "application/rss+xml" });
      const items: Item[] = channel.item;
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(50);
      for (const item of items) {
        expect(item.title).toBeTruthy();
        expect(item.link.startsWith(`${baseURL}${locale === "en" ? "/en" : ""}/articles/`)).toBe(true);
        expect(item.guid["@_isPermaLink"]).toBe("false");
        expect(item.guid["#text"]).toMatch(/^nashra:article:\d+$/);
        expect(item.pubDate).toMatch(rfc2822);
        expect(item["dc:creator"].length).toBeGreaterThan(0);
        expect(item.category.length).toBeGreaterThan(0);
        expect(item.description).toBeTruthy();
        expect(item["content:encoded"]).toContain("<p>");
      }
      for (const marker of hiddenMarkers) expect(body).not.toContain(marker);
    });
  });
}

test.describe("article items", () => {
  test("the Rozana report's item has its full body, and its related links are plain links to public articles", async ({ request, baseURL }) => {
    const { doc } = await fetchXml(request, "/sections/reports/feed.xml", RSS, arrays);
    const item: Item = doc.rss.channel.item.find((i: Item) => i.link === `${baseURL}${rozanaPath}`);
    expect(item).toBeTruthy();
    expect(item.guid["#text"]).toBe(`nashra:article:${articleId("ar", rozanaSlug)}`);
    expect(item["dc:creator"]).toEqual(["مالك الحافظ"]);
    expect(item.category.map((c: Item) => c["#text"])).toContain("تقارير");
    expect(item.pubDate).toBe("Fri, 01 Jan 2021 08:00:00 GMT");
    const html = parseXml(`<div>${item["content:encoded"]}</div>`, ["p", "a"]);
    const paragraphs: unknown[] = html.div.p;
    expect(paragraphs.length).toBeGreaterThanOrEqual(16);
    const links = paragraphs.flatMap((p) => (typeof p === "object" && p && "a" in p ? (p as Item).a : [])) as Item[];
    expect(links.map((a) => a["#text"])).toEqual(['20 ألف برميل نفط تصل النظام السوري من مناطق "قسد"', '"حرب ظل" تستهدف تنظيم جهادي في إدلب']);
    for (const a of links) {
      expect(a["@_href"].startsWith(`${baseURL}/articles/`)).toBe(true);
      expect((await request.get(new URL(a["@_href"]).pathname)).status()).toBe(200);
    }
  });

  test("a related link to a draft or scheduled article is left out of the feed", async ({ request, baseURL }) => {
    const slug = uniqueSlug("feed-related");
    await publishArticle(request, {
      slug,
      title: `روابط ${slug}`,
      section: "culture",
      // Backdated so it does not become the home page lead for other specs.
      publishedAt: new Date("2019-06-01T10:00:00Z"),
      body: [
        { type: "paragraph", text: "فقرة قبل الروابط." },
        { type: "related", label: "mayInterest", articleId: articleId("ar", "draft-budget-leak") },
        { type: "related", label: "readAlso", articleId: articleId("ar", "scheduled-election-preview") },
        { type: "related", label: "readAlso", articleId: articleId("ar", rozanaSlug) },
      ],
    });
    const { body, doc } = await fetchXml(request, "/sections/culture/feed.xml", RSS, arrays);
    const item: Item = doc.rss.channel.item.find((i: Item) => i.link === `${baseURL}/articles/${slug}`);
    expect(item).toBeTruthy();
    expect(item["content:encoded"]).toContain(`href="${baseURL}${rozanaPath}"`);
    expect(item["content:encoded"]).not.toContain("قد يهمك");
    for (const marker of hiddenMarkers) expect(body).not.toContain(marker);
  });

  test("publishing adds the item to the feeds and the sitemap; withdrawing it takes it out again", async ({ request, baseURL }) => {
    const slug = uniqueSlug("feed-lifecycle");
    const link = `${baseURL}/articles/${slug}`;
    const links = async (path: string) => ((await fetchXml(request, path, RSS, arrays)).doc.rss.channel.item as Item[]).map((i) => i.link);
    const sitemap = async () =>
      ((await fetchXml(request, "/sitemaps/articles-1.xml", /xml/, ["url", "xhtml:link"])).doc.urlset.url as Item[]).map((u) => u.loc);
    expect(await links("/sections/society/feed.xml")).not.toContain(link);
    const id = await publishArticle(request, { slug, title: `دورة حياة ${slug}`, section: "society", publishedAt: new Date("2019-03-01T10:00:00Z") });
    expect(await links("/sections/society/feed.xml")).toContain(link);
    expect(await sitemap()).toContain(link);
    withdrawArticle(id);
    await revalidate(request, ["articles:ar", "section:society"]);
    expect(await links("/sections/society/feed.xml")).not.toContain(link);
    expect(await sitemap()).not.toContain(link);
  });

  test("a section feed lists only that section, in both editions; an unknown section is a 404", async ({ request, baseURL }) => {
    for (const [path, page] of [
      ["/sections/economy/feed.xml", "/sections/economy"],
      ["/en/sections/economy/feed.xml", "/en/sections/economy"],
    ]) {
      const { doc } = await fetchXml(request, path, RSS, arrays);
      expect(doc.rss.channel.link).toBe(`${baseURL}${page}`);
      for (const item of doc.rss.channel.item as Item[]) expect(item.category[0]["@_domain"]).toBe(`${baseURL}${page}`);
    }
    expect((await request.get("/sections/no-such-section/feed.xml")).status()).toBe(404);
    expect((await request.get("/en/sections/no-such-section/feed.xml")).status()).toBe(404);
  });
});

test.describe("the podcast feed", () => {
  test("meets Apple Podcasts' channel requirements", async ({ request, baseURL }) => {
    const { response, body, doc } = await fetchXml(request, "/podcasts/shu-al-hal/feed.xml", RSS, ["item"]);
    expect(response.headers()["cache-control"]).toMatch(/max-age=[1-9]\d*/);
    const ch = doc.rss.channel;
    expect(ch.title).toBe("شو الحل؟");
    expect(ch.description.length).toBeGreaterThan(10);
    expect(ch.language).toBe("ar");
    expect(ch["itunes:category"]["@_text"]).toBe("News");
    expect(["true", "false"]).toContain(ch["itunes:explicit"]);
    expect(ch["itunes:author"]).toBe("نشرة");
    expect(ch["itunes:owner"]["itunes:name"]).toBeTruthy();
    expect(ch["itunes:owner"]["itunes:email"]).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(["episodic", "serial"]).toContain(ch["itunes:type"]);
    expect(ch["atom:link"]).toMatchObject({ "@_href": `${baseURL}/podcasts/shu-al-hal/feed.xml`, "@_rel": "self" });
    // Artwork: absolute URL of a square JPEG between 1400 and 3000 pixels.
    const art = await request.get(new URL(ch["itunes:image"]["@_href"]).pathname);
    expect(ch["itunes:image"]["@_href"].startsWith(`${baseURL}/`)).toBe(true);
    expect(art.status()).toBe(200);
    const size = jpegSize(await art.body());
    expect(size.width).toBe(size.height);
    expect(size.width).toBeGreaterThanOrEqual(1400);
    expect(size.width).toBeLessThanOrEqual(3000);
    for (const marker of hiddenMarkers) expect(body).not.toContain(marker);
  });

  test("gives every episode what Apple requires, with the exact byte length of an audio file that answers range requests", async ({ request, baseURL }) => {
    const { doc } = await fetchXml(request, "/podcasts/shu-al-hal/feed.xml", RSS, ["item"]);
    const items: Item[] = doc.rss.channel.item;
    // 8 public episodes of the 10 seeded (one draft, one scheduled), the season-three trailer among them.
    expect(items).toHaveLength(8);
    expect(items.filter((i) => i["itunes:episodeType"] === "trailer")).toHaveLength(1);
    for (const item of items) {
      expect(item.title).toBeTruthy();
      expect(item.description).toBeTruthy();
      expect(item.guid["#text"]).toMatch(/^nashra:episode:\d+$/);
      expect(item.pubDate).toMatch(rfc2822);
      expect(item["itunes:duration"]).toMatch(/^\d+$/);
      expect(["full", "trailer", "bonus"]).toContain(item["itunes:episodeType"]);
      if (item["itunes:episodeType"] === "full") {
        expect(item["itunes:season"]).toMatch(/^\d+$/);
        expect(item["itunes:episode"]).toMatch(/^\d+$/);
      }
      const enclosure = item.enclosure;
      expect(enclosure["@_url"].startsWith(`${baseURL}/media/podcasts/`)).toBe(true);
      expect(enclosure["@_type"]).toBe("audio/mpeg");
      const path = new URL(enclosure["@_url"]).pathname;
      const full = await request.get(path);
      expect(full.status()).toBe(200);
      expect((await full.body()).length).toBe(Number(enclosure["@_length"]));
      const range = await request.get(path, { headers: { range: "bytes=0-99" } });
      expect(range.status()).toBe(206);
      expect(range.headers()["content-range"]).toBe(`bytes 0-99/${enclosure["@_length"]}`);
      expect((await range.body()).length).toBe(100);
    }
    expect(new Set(items.map((i) => i.guid["#text"])).size).toBe(items.length);
  });

  test("has one address: the English-prefixed one and unknown shows are 404s", async ({ request }) => {
    expect((await request.get("/podcasts/the-briefing/feed.xml")).status()).toBe(200);
    expect((await request.get("/en/podcasts/the-briefing/feed.xml")).status()).toBe(404);
    expect((await request.get("/podcasts/no-such-show/feed.xml")).status()).toBe(404);
  });
});

test.describe("pages advertise their feeds", () => {
  // Every page: its edition's feed first, then the feed of what it shows (section, show).
  for (const [page, feeds] of [
    ["/", ["/feed.xml"]],
    ["/en", ["/en/feed.xml"]],
    ["/cookies", ["/feed.xml"]],
    ["/sections/reports", ["/feed.xml", "/sections/reports/feed.xml"]],
    ["/en/sections/economy", ["/en/feed.xml", "/en/sections/economy/feed.xml"]],
    [`/articles/${encodeURIComponent("داعش-يجدد-استهداف-قوات-النظام-ما-مصدر-قوته")}`, ["/feed.xml", "/sections/reports/feed.xml"]],
    ["/podcasts/shu-al-hal", ["/feed.xml", "/podcasts/shu-al-hal/feed.xml"]],
    ["/en/podcasts/shu-al-hal", ["/en/feed.xml", "/podcasts/shu-al-hal/feed.xml"]],
  ] as const) {
    test(`${decodeURIComponent(page)} links ${feeds.join(" and ")}`, async ({ page: p, request, baseURL }) => {
      await p.goto(page);
      const links = p.locator('head link[rel="alternate"][type="application/rss+xml"]');
      await expect(links).toHaveCount(feeds.length);
      for (const [i, feed] of feeds.entries()) {
        await expect(links.nth(i)).toHaveAttribute("href", `${baseURL}${feed}`);
        expect((await request.get(feed)).status()).toBe(200);
      }
    });
  }
});
