import { XMLValidator } from "fast-xml-parser";
import { xmlParser } from "@/lib/testing/xml";
import { describe, expect, it, vi } from "vitest";
import type { FeedArticle } from "@/lib/data/views";
import { articleFixture, TRICKY_TITLE } from "@/lib/seo/fixtures";
import { articleGuid, buildArticleFeed } from "./rss";

const parser = xmlParser(["item", "category", "dc:creator"]);
const labels = { mayInterest: "قد يهمك:", readAlso: "اقرأ أيضاً:", credit: (c: string) => `تصوير: ${c}`, audio: (t: string) => `استمع: ${t}` };
const channel = {
  title: "نشرة",
  description: "أخبار & تقارير",
  link: "/",
  self: "/feed.xml",
  language: "ar",
  copyright: "© نشرة",
  now: new Date("2026-11-29T00:00:00Z"),
};

function feedItem(overrides: Partial<FeedArticle> = {}): FeedArticle {
  const { related: _r, translation: _t, readingMinutes: _m, ...rest } = articleFixture();
  return { ...rest, ...overrides };
}

// Module level: the feeds below are built while the suite is collected.
vi.stubEnv("SITE_URL", "https://nashra.example");

describe("the RSS builder", () => {
  const xml = buildArticleFeed(channel, [feedItem({ title: TRICKY_TITLE }), feedItem({ id: 43, slug: "ثاني", authors: [] })], articleFixture().related, labels);
  const rss = parser.parse(xml).rss;

  it('writes well-formed XML, Arabic and a title with & < " included', () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(rss["@_version"]).toBe("2.0");
    expect(rss.channel.item[0].title).toBe(TRICKY_TITLE);
    expect(xml).not.toContain("</script>");
  });

  it("has a self atom:link, language and a lastBuildDate on the channel", () => {
    expect(rss.channel["atom:link"]).toMatchObject({ "@_href": "https://nashra.example/feed.xml", "@_rel": "self", "@_type": "application/rss+xml" });
    expect(rss.channel.language).toBe("ar");
    expect(rss.channel.lastBuildDate).toBe("Sat, 02 Jan 2021 09:30:00 GMT");
    expect(rss.channel.description).toBe("أخبار & تقارير");
  });

  it("gives each item an absolute link, a stable guid, an RFC 2822 date, creator, categories and the standfirst", () => {
    const item = rss.channel.item[0];
    expect(item.link).toBe(`https://nashra.example/articles/${encodeURIComponent("داعش-يجدد-استهداف")}`);
    expect(item.guid).toEqual({ "#text": articleGuid(42), "@_isPermaLink": "false" });
    expect(item.pubDate).toBe("Fri, 01 Jan 2021 08:00:00 GMT");
    expect(item["dc:creator"]).toEqual(["مالك الحافظ"]);
    expect(item.category.map((c: { "#text": string }) => c["#text"])).toEqual(["تقارير", "داعش", "البادية السورية"]);
    expect(item.description).toBe("هجمات متجددة & أسئلة <قديمة>");
  });

  it("puts the whole body in content:encoded as escaped HTML, with related links as plain links and non-public ones dropped", () => {
    const html: string = rss.channel.item[0]["content:encoded"];
    expect(html).toContain("<p>فقرة أولى &amp; &lt;ثانية&gt;</p>");
    expect(html).toContain('<img src="https://nashra.example/media/images/hero-1.jpg"');
    expect(html).toContain(
      `<strong>قد يهمك:</strong> <a href="https://nashra.example/articles/${encodeURIComponent("نفط-قسد")}" hreflang="ar">نفط "قسد" &amp; النظام</a>`,
    );
    // Article 99 is not in the public related map: no link, no label.
    expect(html).not.toContain("اقرأ أيضاً");
    // Parsed as markup, the body holds the text itself, not markup made from it.
    const body = xmlParser(["p"]).parse(`<div>${html}</div>`);
    expect(body.div.p[0]).toBe("فقرة أولى & <ثانية>");
    expect(html).not.toContain("<ثانية>");
  });

  it("keeps a title that literally contains an entity as that text", () => {
    const literal = "AT&amp;T &lt;b&gt; & <i>";
    const one = parser.parse(buildArticleFeed(channel, [feedItem({ title: literal, body: [{ type: "paragraph", text: literal }] })], {}, labels)).rss.channel
      .item[0];
    expect(one.title).toBe(literal);
    expect(one["content:encoded"]).toContain("<p>AT&amp;amp;T &amp;lt;b&amp;gt; &amp; &lt;i&gt;</p>");
  });

  it("is still valid with no items", () => {
    const empty = buildArticleFeed(channel, [], {}, labels);
    expect(XMLValidator.validate(empty)).toBe(true);
    expect(parser.parse(empty).rss.channel.lastBuildDate).toBe("Sun, 29 Nov 2026 00:00:00 GMT");
  });
});
