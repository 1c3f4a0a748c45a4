import "server-only";
import { locales, type Locale } from "@/i18n/config";
import { listLatest } from "@/lib/data/articles";
import { listSitemapArticles, listSitemapChunks, listSitemapListings, listSitemapPodcasts } from "@/lib/data/sitemaps";
import { absoluteUrl, paths } from "@/lib/paths";
import { editionAlternates, PRINCIPLES_UPDATED, X_DEFAULT_LOCALE } from "@/lib/seo/site";
import type { SitemapEntry } from "./xml";

/**
 * The child sitemaps behind /sitemap.xml: articles (chunked), edition pages,
 * sections, authors, tags and podcasts. Each is a list of entries; the
 * routes turn them into XML.
 */
export type ChildName = `articles-${number}` | "pages" | "sections" | "authors" | "tags" | "podcasts";

export const childPath = (name: ChildName) => `/sitemaps/${name}.xml`;

/** Parses a child file name from the URL (`articles-2.xml`); null when it is not one of ours. */
export function parseChildName(file: string): ChildName | null {
  const m = /^(pages|sections|authors|tags|podcasts|articles-([1-9][0-9]{0,5}))\.xml$/.exec(file);
  return m ? (m[1] as ChildName) : null;
}

const bothEditions = (pathFor: (locale: Locale) => string, lastmod: string): SitemapEntry[] =>
  locales.map((locale) => ({ loc: absoluteUrl(pathFor(locale)), lastmod, alternates: editionAlternates(pathFor) }));

const newest = (dates: string[], fallback: string) => dates.reduce((max, d) => (d > max ? d : max), fallback);

async function articleEntries(chunk: number): Promise<SitemapEntry[] | null> {
  // An id range with no public article is a 404 like one past the end (the index leaves it out too). Asked of
  // the chunk itself: the whole index's list is not read to render one chunk.
  const rows = await listSitemapArticles(chunk);
  if (rows.length === 0) return null;
  return rows.map((a) => {
    const self = absoluteUrl(paths.article(a.locale, a.slug));
    if (!a.translation) return { loc: self, lastmod: a.lastmod, alternates: { [a.locale]: self } };
    const other = absoluteUrl(paths.article(a.translation.locale, a.translation.slug));
    const byLocale: Record<string, string> = { [a.locale]: self, [a.translation.locale]: other };
    return { loc: self, lastmod: a.lastmod, alternates: { ...byLocale, "x-default": byLocale[X_DEFAULT_LOCALE] ?? self } };
  });
}

async function pageEntries(): Promise<SitemapEntry[]> {
  const [ar, en, shows] = await Promise.all([listLatest("ar", 1), listLatest("en", 1), listSitemapPodcasts()]);
  const homeLastmod = newest(
    [ar[0]?.publishedAt, en[0]?.publishedAt].filter((d): d is string => Boolean(d)),
    PRINCIPLES_UPDATED,
  );
  const podcastsLastmod = newest(
    shows.map((s) => s.lastmod),
    PRINCIPLES_UPDATED,
  );
  return [
    ...bothEditions((l) => paths.home(l), homeLastmod),
    ...bothEditions((l) => paths.podcasts(l), podcastsLastmod),
    ...bothEditions((l) => paths.principles(l), PRINCIPLES_UPDATED),
  ];
}

async function listingEntries(kind: "section" | "author" | "tag"): Promise<SitemapEntry[]> {
  const listings = (await listSitemapListings()).filter((l) => l.kind === kind);
  const listedIn = (slug: string) => new Set(listings.filter((o) => o.slug === slug).map((o) => o.locale));
  return listings.map((l) => {
    const loc = absoluteUrl(paths[kind](l.locale, l.slug));
    // Sections are edition-wide pages, alternates of each other when both editions list something
    // (an empty edition is noindex); author and tag pages list different articles per edition.
    if (kind !== "section" || listedIn(l.slug).size < locales.length) return { loc, lastmod: l.lastmod };
    return { loc, lastmod: l.lastmod, alternates: editionAlternates((x) => paths.section(x, l.slug)) };
  });
}

async function podcastEntries(): Promise<SitemapEntry[]> {
  const shows = await listSitemapPodcasts();
  return shows.flatMap((s) => [
    ...bothEditions((l) => paths.show(l, s.slug), s.lastmod),
    ...s.seasons.flatMap((season) => bothEditions((l) => paths.show(l, s.slug, season.number), season.lastmod)),
    ...s.episodes.flatMap((e) => bothEditions((l) => paths.episode(l, s.slug, e.slug), e.lastmod)),
  ]);
}

/** The entries of one child sitemap; null when it does not exist (404). */
export async function childEntries(name: ChildName): Promise<SitemapEntry[] | null> {
  if (name.startsWith("articles-")) return articleEntries(Number(name.slice("articles-".length)));
  switch (name) {
    case "pages":
      return pageEntries();
    case "sections":
      return listingEntries("section");
    case "authors":
      return listingEntries("author");
    case "tags":
      return listingEntries("tag");
    case "podcasts":
      return podcastEntries();
  }
  return null;
}

/**
 * Every child sitemap with the newest lastmod among its entries; empty ones are left out.
 * Article chunks come with their count and lastmod from their stored summaries: none is read here.
 */
export async function childIndex(): Promise<{ name: ChildName; lastmod: string }[]> {
  const chunks = (await listSitemapChunks()).filter((c) => c.count > 0);
  const others: ChildName[] = ["pages", "sections", "authors", "tags", "podcasts"];
  const withEntries = await Promise.all(others.map(async (name) => ({ name, entries: (await childEntries(name)) ?? [] })));
  return [
    ...chunks.map((c) => ({ name: `articles-${c.chunk}` as const, lastmod: c.lastmod })),
    ...withEntries
      .filter((c) => c.entries.length > 0)
      .map((c) => ({
        name: c.name,
        lastmod: newest(
          c.entries.map((e) => e.lastmod),
          c.entries[0].lastmod,
        ),
      })),
  ];
}
