import "server-only";
import { db } from "@/lib/db";
import { cacheTags } from "@/lib/cache-tags";
import { publicWhere } from "@/lib/visibility";
import { newsWindowStart } from "@/lib/seo/news-window";
import { cachedRead } from "./cache";
import { laterOf } from "./select";
import { locales } from "@/i18n/config";
import { sitemapChunks } from "./chunk-summaries";
import { newestInList, readSitemapChunk } from "./article-keys";
import type { Locale } from "./views";

/** Everything that lists articles of either edition is refreshed by a publish in either. */
const allArticles = () => [cacheTags.articles("ar"), cacheTags.articles("en")];

export type SitemapArticle = {
  locale: Locale;
  slug: string;
  lastmod: string;
  translation: { locale: Locale; slug: string } | null;
};

export type SitemapChunk = { chunk: number; count: number; lastmod: string };

/** The non-empty article sitemap chunks (id ranges), each with its count and newest change: one stored row per chunk (lib/data/chunk-summaries.ts). */
export const listSitemapChunks = cachedRead(
  "sitemap-chunks",
  async (): Promise<SitemapChunk[]> => (await sitemapChunks(new Date())).map((c) => ({ ...c, lastmod: c.lastmod.toISOString() })),
  allArticles,
);

/** The public articles of one chunk (an id range of the primary key), in id order, with their public translation. */
export const listSitemapArticles = cachedRead(
  "sitemap-articles",
  async (chunk: number): Promise<SitemapArticle[]> => readSitemapChunk(chunk, new Date()),
  allArticles,
);

export type ListingEntry = { kind: "section" | "author" | "tag"; slug: string; locale: Locale; lastmod: string };

/**
 * Section, author and tag pages that list at least one public article in an
 * edition, each with the last change of its newest article (what changes the
 * listing's first page). Empty listings are left out: they are thin pages (and
 * marked noindex). One newest-first index walk per listing and edition, never a
 * read of every article.
 */
export const listSitemapListings = cachedRead(
  "sitemap-listings",
  async (): Promise<ListingEntry[]> => {
    const now = new Date();
    const [sections, authors, tags] = await Promise.all([
      db.section.findMany({ select: { id: true, slug: true } }),
      db.author.findMany({ select: { id: true, slug: true } }),
      db.tag.findMany({ select: { id: true, slug: true } }),
    ]);
    const wanted = [
      ...sections.map((x) => ({ kind: "section" as const, ...x })),
      ...authors.map((x) => ({ kind: "author" as const, ...x })),
      ...tags.map((x) => ({ kind: "tag" as const, ...x })),
    ].flatMap((x) => locales.map((locale) => ({ ...x, locale })));
    const newest = await Promise.all(wanted.map((w) => newestInList(w.locale, { kind: w.kind, id: w.id }, now)));
    const found = newest.filter((id): id is number => id !== null);
    const dates = new Map(
      (await db.article.findMany({ where: { id: { in: [...new Set(found)] } }, select: { id: true, updatedAt: true, publishedAt: true } })).map((r) => [
        r.id,
        laterOf(r.updatedAt, r.publishedAt).toISOString(),
      ]),
    );
    return wanted
      .flatMap((w, i) => {
        const lastmod = newest[i] === null ? undefined : dates.get(newest[i]!);
        return lastmod ? [{ kind: w.kind, slug: w.slug, locale: w.locale, lastmod }] : [];
      })
      .sort((a, b) => a.kind.localeCompare(b.kind) || a.slug.localeCompare(b.slug) || a.locale.localeCompare(b.locale));
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
