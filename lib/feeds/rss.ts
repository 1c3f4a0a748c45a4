/**
 * RSS 2.0 for an edition or a section: one item per public article with its
 * absolute link, a guid that never changes (the database id, not the slug,
 * which editors may change), RFC 2822 dates, dc:creator, categories, the
 * standfirst and the full body in content:encoded.
 */
import { create } from "xmlbuilder2";
import type { FeedArticle, RelatedTarget } from "@/lib/data/views";
import { absoluteUrl, paths } from "@/lib/paths";
import { rfc2822 } from "@/lib/seo/duration";
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
  const doc = create({ version: "1.0", encoding: "UTF-8" }).ele("rss", {
    version: "2.0",
    "xmlns:atom": namespaces.atom,
    "xmlns:content": namespaces.content,
    "xmlns:dc": namespaces.dc,
  });
  const ch = doc.ele("channel");
  ch.ele("title").txt(channel.title);
  ch.ele("link").txt(absoluteUrl(channel.link));
  ch.ele("description").txt(channel.description);
  ch.ele("language").txt(channel.language);
  ch.ele("copyright").txt(channel.copyright);
  const newest = items.reduce<string | null>((max, i) => (max === null || i.updatedAt > max ? i.updatedAt : max), null);
  ch.ele("lastBuildDate").txt(rfc2822(newest ?? channel.now));
  ch.ele("atom:link", { href: absoluteUrl(channel.self), rel: "self", type: "application/rss+xml" });
  for (const a of items) {
    const item = ch.ele("item");
    item.ele("title").txt(a.title);
    item.ele("link").txt(absoluteUrl(paths.article(a.locale, a.slug)));
    item.ele("guid", { isPermaLink: "false" }).txt(articleGuid(a.id));
    item.ele("pubDate").txt(rfc2822(a.publishedAt));
    for (const author of a.authors) item.ele("dc:creator").txt(author.name);
    item.ele("category", { domain: absoluteUrl(paths.section(a.locale, a.section.slug)) }).txt(a.section.name);
    for (const tag of a.tags) item.ele("category", { domain: absoluteUrl(paths.tag(a.locale, tag.slug)) }).txt(tag.name);
    item.ele("description").txt(a.standfirst);
    // The hero leads the HTML body as an ordinary figure (an RSS enclosure would need its byte length).
    const blocks = a.hero ? [{ type: "image" as const, ...a.hero, caption: a.hero.caption ?? undefined, credit: a.hero.credit ?? undefined }, ...a.body] : a.body;
    item.ele("content:encoded").txt(bodyToHtml(blocks, related, labels));
  }
  return doc.end({ prettyPrint: true });
}
