import "server-only";
import { db } from "@/lib/db";
import { readBody, relatedArticleIds } from "@/lib/blocks";
import { cacheTags } from "@/lib/cache-tags";
import { publicWhere } from "@/lib/visibility";
import type { FeedEpisode, FeedShow } from "@/lib/feeds/podcast";
import { cachedRead } from "./cache";
import { cardSelect, toCard } from "./select";
import type { FeedArticle, Locale, RelatedTarget } from "./views";

/** Items per RSS feed. */
export const FEED_SIZE = 50;

export type ArticleFeed = {
  section: { slug: string; name: string; description: string } | null;
  items: FeedArticle[];
  /** Public targets of the items' related links; a link to anything else is left out of the feed. */
  related: Record<number, RelatedTarget>;
};

/**
 * The newest public articles of an edition, or of one section of it, with
 * full bodies for content:encoded. Null for an unknown section.
 */
export const getArticleFeed = cachedRead(
  "article-feed",
  async (locale: Locale, sectionSlug: string | null): Promise<ArticleFeed | null> => {
    const now = new Date();
    const section = sectionSlug ? await db.section.findUnique({ where: { slug: sectionSlug } }) : null;
    if (sectionSlug && !section) return null;
    const rows = await db.article.findMany({
      where: { locale, ...(section ? { sectionId: section.id } : {}), ...publicWhere(now) },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: FEED_SIZE,
      select: {
        ...cardSelect,
        updatedAt: true,
        body: true,
        tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
      },
    });
    const items = rows.map((r): FeedArticle => {
      const published = r.publishedAt ?? new Date(0);
      return {
        ...toCard(r, locale),
        updatedAt: (r.updatedAt > published ? r.updatedAt : published).toISOString(),
        body: readBody(r.body),
        tags: r.tags.map((t) => ({ slug: t.tag.slug, name: t.tag.name })),
      };
    });
    const ids = [...new Set(items.flatMap((i) => relatedArticleIds(i.body)))];
    const targets = ids.length
      ? await db.article.findMany({ where: { id: { in: ids }, ...publicWhere(now) }, select: { id: true, locale: true, slug: true, title: true } })
      : [];
    return {
      section: section && {
        slug: section.slug,
        name: locale === "ar" ? section.nameAr : section.nameEn,
        description: locale === "ar" ? section.descriptionAr : section.descriptionEn,
      },
      items,
      related: Object.fromEntries(targets.map((t) => [t.id, { ...t, locale: t.locale as Locale }])),
    };
  },
  // Related targets may be in the other edition: a publish anywhere refreshes the feed.
  (locale, sectionSlug) => [cacheTags.articles(locale), cacheTags.articles(locale === "ar" ? "en" : "ar"), ...(sectionSlug ? [cacheTags.section(sectionSlug)] : [])],
);

export type ShowFeed = { show: FeedShow; episodes: FeedEpisode[] };

/** A show with all its public episodes, newest first, for its podcast feed; null for an unknown show. */
export const getShowFeed = cachedRead(
  "show-feed",
  async (slug: string): Promise<ShowFeed | null> => {
    const show = await db.podcastShow.findUnique({ where: { slug } });
    if (!show) return null;
    const rows = await db.episode.findMany({
      where: { showId: show.id, ...publicWhere(new Date()) },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: {
        id: true,
        slug: true,
        title: true,
        showNotes: true,
        audioUrl: true,
        audioMime: true,
        audioBytes: true,
        durationSec: true,
        episodeNumber: true,
        episodeType: true,
        publishedAt: true,
        season: { select: { number: true } },
      },
    });
    return {
      show: {
        slug: show.slug,
        title: show.title,
        description: show.description,
        artworkUrl: show.artworkUrl,
        language: show.language,
        category: show.category,
        subcategory: show.subcategory,
        explicit: show.explicit,
        author: show.author,
        ownerName: show.ownerName,
        ownerEmail: show.ownerEmail,
        type: show.type === "serial" ? "serial" : "episodic",
        updatedAt: show.updatedAt.toISOString(),
      },
      episodes: rows.map((e) => ({
        id: e.id,
        slug: e.slug,
        title: e.title,
        showNotes: e.showNotes,
        audioUrl: e.audioUrl,
        audioMime: e.audioMime,
        audioBytes: e.audioBytes,
        durationSec: e.durationSec,
        seasonNumber: e.season?.number ?? null,
        episodeNumber: e.episodeNumber,
        episodeType: e.episodeType === "trailer" || e.episodeType === "bonus" ? e.episodeType : "full",
        publishedAt: (e.publishedAt ?? new Date(0)).toISOString(),
      })),
    };
  },
  (slug) => [cacheTags.podcast(slug), cacheTags.podcasts],
);
