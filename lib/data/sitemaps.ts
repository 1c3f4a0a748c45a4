import "server-only";
import { db } from "@/lib/db";
import { cacheTags } from "@/lib/cache-tags";
import { isPublic, publicWhere } from "@/lib/visibility";
import { newsWindowStart } from "@/lib/seo/news-window";
import { cachedRead } from "./cache";
import { laterOf } from "./select";
import type { Locale } from "./views";

/** Everything that lists articles of either edition is refreshed by a publish in either. */
const allArticles = () => [cacheTags.articles("ar"), cacheTags.articles("en")];

export type SitemapArticle = {
  locale: Locale;
  slug: string;
  lastmod: string;
  translation: { locale: Locale; slug: string } | null;
};

const translationFields = { locale: true, slug: true, status: true, publishedAt: true, withdrawnAt: true } as const;

/** How many public articles there are (both editions), to size the chunked article sitemaps. */
export const countSitemapArticles = cachedRead(
  "sitemap-article-count",
  async (): Promise<number> => db.article.count({ where: publicWhere(new Date()) }),
  allArticles,
);

/** One chunk of public articles in id order (stable across requests), with their public translation. */
export const listSitemapArticles = cachedRead(
  "sitemap-articles",
  async (offset: number, limit: number): Promise<SitemapArticle[]> => {
    const now = new Date();
    const rows = await db.article.findMany({
      where: publicWhere(now),
      orderBy: { id: "asc" },
      skip: offset,
      take: limit,
      select: {
        locale: true,
        slug: true,
        updatedAt: true,
        publishedAt: true,
        translation: { select: translationFields },
        translatedBy: { select: translationFields },
      },
    });
    return rows.map((r) => {
      const other = [r.translation, r.translatedBy].find((t) => t && t.locale !== r.locale && isPublic(t, now));
      return {
        locale: r.locale as Locale,
        slug: r.slug,
        lastmod: laterOf(r.updatedAt, r.publishedAt).toISOString(),
        translation: other ? { locale: other.locale as Locale, slug: other.slug } : null,
      };
    });
  },
  allArticles,
);

export type ListingEntry = { kind: "section" | "author" | "tag"; slug: string; locale: Locale; lastmod: string };

/**
 * Section, author and tag pages that list at least one public article in an
 * edition, each with the time of its newest change. Empty listings are left
 * out: they are thin pages (and marked noindex).
 */
export const listSitemapListings = cachedRead(
  "sitemap-listings",
  async (): Promise<ListingEntry[]> => {
    const rows = await db.article.findMany({
      where: publicWhere(new Date()),
      select: {
        locale: true,
        updatedAt: true,
        publishedAt: true,
        section: { select: { slug: true } },
        authors: { select: { author: { select: { slug: true } } } },
        tags: { select: { tag: { select: { slug: true } } } },
      },
    });
    const newest = new Map<string, ListingEntry>();
    const note = (kind: ListingEntry["kind"], slug: string, locale: Locale, at: Date) => {
      const key = `${kind}:${locale}:${slug}`;
      const iso = at.toISOString();
      const seen = newest.get(key);
      if (!seen || seen.lastmod < iso) newest.set(key, { kind, slug, locale, lastmod: iso });
    };
    for (const r of rows) {
      const locale = r.locale as Locale;
      const at = laterOf(r.updatedAt, r.publishedAt);
      note("section", r.section.slug, locale, at);
      for (const a of r.authors) note("author", a.author.slug, locale, at);
      for (const t of r.tags) note("tag", t.tag.slug, locale, at);
    }
    return [...newest.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug) || a.locale.localeCompare(b.locale));
  },
  allArticles,
);

export type SitemapShow = {
  slug: string;
  lastmod: string;
  seasons: { number: number; lastmod: string }[];
  episodes: { slug: string; lastmod: string }[];
};

/** Shows, their seasons with public episodes, and their public episodes. */
export const listSitemapPodcasts = cachedRead(
  "sitemap-podcasts",
  async (): Promise<SitemapShow[]> => {
    const shows = await db.podcastShow.findMany({
      orderBy: [{ position: "asc" }, { id: "asc" }],
      select: {
        slug: true,
        updatedAt: true,
        episodes: {
          where: publicWhere(new Date()),
          orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
          select: { slug: true, updatedAt: true, publishedAt: true, season: { select: { number: true } } },
        },
      },
    });
    return shows.map((s) => {
      const episodes = s.episodes.map((e) => ({ slug: e.slug, lastmod: laterOf(e.updatedAt, e.publishedAt).toISOString(), season: e.season?.number ?? null }));
      const seasons = new Map<number, string>();
      for (const e of episodes) if (e.season !== null && (seasons.get(e.season) ?? "") < e.lastmod) seasons.set(e.season, e.lastmod);
      const lastmod = episodes.reduce((max, e) => (e.lastmod > max ? e.lastmod : max), s.updatedAt.toISOString());
      return {
        slug: s.slug,
        lastmod,
        seasons: [...seasons].map(([number, at]) => ({ number, lastmod: at })).sort((a, b) => a.number - b.number),
        episodes: episodes.map(({ slug, lastmod }) => ({ slug, lastmod })),
      };
    });
  },
  () => [cacheTags.podcasts],
);

export type RecentArticle = { locale: Locale; slug: string; title: string; publishedAt: string };

/**
 * Public articles published in the news window as of this read. The route
 * filters again with its own clock (lib/seo/news-window), so a cached result
 * never keeps an article past its 48 hours.
 */
export const listRecentArticles = cachedRead(
  "recent-articles",
  async (): Promise<RecentArticle[]> => {
    const now = new Date();
    const rows = await db.article.findMany({
      where: { ...publicWhere(now), publishedAt: { gte: newsWindowStart(now), lte: now } },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: 1000,
      select: { locale: true, slug: true, title: true, publishedAt: true },
    });
    return rows.map((r) => ({ locale: r.locale as Locale, slug: r.slug, title: r.title, publishedAt: (r.publishedAt ?? now).toISOString() }));
  },
  allArticles,
);
