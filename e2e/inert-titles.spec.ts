import { expect, test } from "@playwright/test";
import { publishArticle, uniqueSlug } from "./support/db";
import { fetchXml, jsonLdOf, metaContent } from "./support/seo";

/**
 * A headline written to break out of every context it is printed in: the
 * JSON-LD script, HTML attributes and the feed's XML (and the HTML inside it).
 */
const hostile = (tag: string) => `Raid </script><script>window.__pwned=1</script> & "quotes" 'apos' <b>bold</b> &amp; ${tag}`;

test.describe("hostile titles stay inert", () => {
  test("in the page title, meta tags, JSON-LD and the feeds", async ({ page, request, baseURL }) => {
    const slug = uniqueSlug("hostile");
    const title = hostile(slug);
    await publishArticle(request, {
      locale: "en",
      slug,
      title,
      standfirst: `Standfirst <i>x</i> & "y" ${slug}`,
      section: "culture",
      publishedAt: new Date("2019-01-01T10:00:00Z"),
      body: [{ type: "paragraph", text: `Body </script> & <em>not markup</em> ${slug}` }],
    });
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const response = await page.goto(`/en/articles/${slug}`);
    expect(response?.status()).toBe(200);

    await expect(page).toHaveTitle(`${title} | Nashra`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    expect(await metaContent(page, 'meta[property="og:title"]')).toBe(title);
    expect(await metaContent(page, 'meta[name="twitter:title"]')).toBe(title);
    expect(await metaContent(page, 'meta[name="description"]')).toBe(`Standfirst <i>x</i> & "y" ${slug}`);

    // The injected script never ran and no <b> element was created from the title.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await expect(page.locator("h1 b")).toHaveCount(0);

    // JSON-LD parses and carries the exact title; the raw script text has no markup.
    const article = await jsonLdOf(page, "NewsArticle");
    expect(article.headline.endsWith("…") || article.headline === title).toBe(true);
    expect(title.startsWith(article.headline.replace(/…$/, ""))).toBe(true);
    const raw = await page.locator('script[type="application/ld+json"]').allTextContents();
    for (const text of raw) expect(text).not.toMatch(/[<>]/);
    const crumbs = await jsonLdOf(page, "BreadcrumbList");
    expect(crumbs.itemListElement.at(-1).name).toBe(title);
    // Exactly the JSON-LD blocks we render: the hostile </script> did not split one into two.
    const html = await (await request.get(`/en/articles/${slug}`)).text();
    expect(html.match(/<script type="application\/ld\+json">/g)).toHaveLength(2);

    for (const feed of ["/en/feed.xml", "/en/sections/culture/feed.xml"]) {
      const { doc } = await fetchXml(request, feed, /^application\/rss\+xml/, ["item"]);
      const item = doc.rss.channel.item.find((i: { link: string }) => i.link === `${baseURL}/en/articles/${slug}`);
      expect(item, feed).toBeTruthy();
      expect(item.title).toBe(title);
      expect(item.description).toBe(`Standfirst <i>x</i> & "y" ${slug}`);
      // In content:encoded the body is HTML whose text is the paragraph, not markup made from it.
      expect(item["content:encoded"]).toContain(`<p>Body &lt;/script&gt; &amp; &lt;em&gt;not markup&lt;/em&gt; ${slug}</p>`);
    }
  });
});
