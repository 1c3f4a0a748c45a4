/**
 * Sitemap XML (sitemaps.org, with xhtml:link alternates and Google News
 * extensions), built with xmlbuilder2 from plain entries. Pure functions.
 */
import { el, xmlDocument } from "@/lib/xml/build";

const SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS = "http://www.w3.org/1999/xhtml";
const NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

/** The sitemaps.org limit per file. */
export const MAX_URLS_PER_SITEMAP = 50_000;

export const SITEMAP_CONTENT_TYPE = "application/xml; charset=utf-8";

export type SitemapRef = { loc: string; lastmod: string };
export type SitemapEntry = { loc: string; lastmod: string; alternates?: Record<string, string> };
export type NewsEntry = { loc: string; title: string; language: string; publishedAt: string };

/** How many files `total` URLs need; at least one, so the index never points nowhere. */
export function chunkCount(total: number, size = MAX_URLS_PER_SITEMAP): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Full-precision W3C datetime in UTC. */
const w3c = (iso: string) => new Date(iso).toISOString();

export function sitemapIndex(refs: SitemapRef[]): string {
  const root = el(xmlDocument(), "sitemapindex", { xmlns: SITEMAP_NS });
  for (const r of refs) {
    const s = el(root, "sitemap");
    el(s, "loc", null, r.loc);
    el(s, "lastmod", null, w3c(r.lastmod));
  }
  return root.end({ prettyPrint: true });
}

export function urlSet(entries: SitemapEntry[]): string {
  if (entries.length > MAX_URLS_PER_SITEMAP) throw new RangeError(`${entries.length} URLs in one sitemap`);
  const root = el(xmlDocument(), "urlset", { xmlns: SITEMAP_NS, "xmlns:xhtml": XHTML_NS });
  for (const e of entries) {
    const u = el(root, "url");
    el(u, "loc", null, e.loc);
    el(u, "lastmod", null, w3c(e.lastmod));
    for (const [hreflang, href] of Object.entries(e.alternates ?? {})) el(u, "xhtml:link", { rel: "alternate", hreflang, href });
  }
  return root.end({ prettyPrint: true });
}

export function newsSitemap(entries: NewsEntry[], publicationName: (language: string) => string): string {
  const root = el(xmlDocument(), "urlset", { xmlns: SITEMAP_NS, "xmlns:news": NEWS_NS });
  for (const e of entries) {
    const u = el(root, "url");
    el(u, "loc", null, e.loc);
    const news = el(u, "news:news");
    const pub = el(news, "news:publication");
    el(pub, "news:name", null, publicationName(e.language));
    el(pub, "news:language", null, e.language);
    el(news, "news:publication_date", null, w3c(e.publishedAt));
    el(news, "news:title", null, e.title);
  }
  return root.end({ prettyPrint: true });
}
