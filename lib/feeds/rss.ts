/**
 * RSS 2.0 for an edition or a section: one item per public article with its
 * absolute link, a guid that never changes (the database id, not the slug,
 * which editors may change), RFC 2822 dates, dc:creator, categories, the
 * standfirst and the full body in content:encoded.
 */
import type { FeedArticle, RelatedTarget } from "@/lib/data/views";
import { absoluteUrl, paths } from "@/lib/paths";
import { rfc2822 } from "@/lib/seo/duration";
import { el, xmlDocument } from "@/lib/xml/build";
import { bodyToHtml, type BodyLabels } from "./body-html";

export const RSS_CONTENT_TYPE = "application/rss+xml; charset=utf-8";

export const namespaces = {
  atom: "http://www.w3.org/2005/Atom",
  content: "http://purl.org/rss/1.0/modules/content/",
  dc: "http://purl.org/dc/elements/1.1/",
  itunes: "http://www.itunes.com/dtds/podcast-1.0.dtd",
};

export const articleGuid = (id: number) => `nashra:article:${id}`;

export type RssChannel = {
  title: string;
  description: string;
  /** The page this feed mirrors (path). */
  link: string;
  /** This feed's own path, for atom:link rel=self. */
  self: string;
  language: string;
  copyright: string;
  /** Used for lastBuildDate when there is no item. */
  now: Date;
};

export function buildArticleFeed(channel: RssChannel, items: FeedArticle[], related: Record<number, RelatedTarget>, labels: BodyLabels): string {
  const rss = el(xmlDocument(), "rss", {
    version: "2.0",
    "xmlns:atom": namespaces.atom,
    "xmlns:content": namespaces.content,
    "xmlns:dc": namespaces.dc,
  });
  const ch = el(rss, "channel");
  el(ch, "title", null, channel.title);
  el(ch, "link", null, absoluteUrl(channel.link));
  el(ch, "description", null, channel.description);
  el(ch, "language", null, channel.language);
  el(ch, "copyright", null, channel.copyright);
  const newest = items.reduce<string | null>((max, i) => (max === null || i.updatedAt > max ? i.updatedAt : max), null);
  el(ch, "lastBuildDate", null, rfc2822(newest ?? channel.now));
  el(ch, "atom:link", { href: absoluteUrl(channel.self), rel: "self", type: "application/rss+xml" });
  for (const a of items) {
    const item = el(ch, "item");
    el(item, "title", null, a.title);
    el(item, "link", null, absoluteUrl(paths.article(a.locale, a.slug)));
    el(item, "guid", { isPermaLink: "false" }, articleGuid(a.id));
    el(item, "pubDate", null, rfc2822(a.publishedAt));
    for (const author of a.authors) el(item, "dc:creator", null, author.name);
    el(item, "category", { domain: absoluteUrl(paths.section(a.locale, a.section.slug)) }, a.section.name);
    for (const tag of a.tags) el(item, "category", { domain: absoluteUrl(paths.tag(a.locale, tag.slug)) }, tag.name);
    el(item, "description", null, a.standfirst);
    // The hero leads the HTML body as an ordinary figure (an RSS enclosure would need its byte length).
    const hero = a.hero ? [{ type: "image" as const, ...a.hero, caption: a.hero.caption ?? undefined, credit: a.hero.credit ?? undefined }] : [];
    el(item, "content:encoded", null, bodyToHtml([...hero, ...a.body], related, labels));
  }
  return rss.end({ prettyPrint: true });
}
