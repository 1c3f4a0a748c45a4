import "server-only";
import { db } from "@/lib/db";
import { relatedArticleIds } from "@/lib/blocks";
import { cacheTags } from "@/lib/cache-tags";
import { publicWhere } from "@/lib/visibility";
import type { FeedEpisode, FeedShow } from "@/lib/feeds/podcast";
import { cachedRead } from "./cache";
import { localized, nameIn, otherLocale } from "@/i18n/config";
import { toShow } from "./podcasts";
import { listPageIds } from "./article-keys";
import { articleSelect, findRelatedTargets, toArticle } from "./select";
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
    const itemIds = await listPageIds(locale, section ? { kind: "section", id: section.id } : { kind: "edition" }, now, { offset: 0, limit: FEED_SIZE }, 0);
    const byId = new Map((await db.article.findMany({ where: { id: { in: itemIds } }, select: articleSelect })).map((r) => [r.id, r]));
    const items = itemIds.flatMap((id): FeedArticle[] => {
      const row = byId.get(id);
      return row ? [toArticle(row, locale)] : [];
    });
    const ids = [...new Set(items.flatMap((i) => relatedArticleIds(i.body)))];
    return {
      section: section && {
        slug: section.slug,
        name: nameIn(section, locale),
        description: localized(section, "description", locale),
      },
      items,
      related: await findRelatedTargets(ids, now),
    };
  },
  // Related targets may be in the other edition: a publish anywhere refreshes the feed.
  (locale, sectionSlug) => [cacheTags.articles(locale), cacheTags.articles(otherLocale(locale)), ...(sectionSlug ? [cacheTags.section(sectionSlug)] : [])],
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
      show: toShow(show, rows.length),
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
