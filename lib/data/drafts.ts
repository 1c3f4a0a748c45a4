import "server-only";
import { db } from "@/lib/db";
import { readingMinutes, relatedArticleIds } from "@/lib/blocks";
import { isPublic } from "@/lib/visibility";
import { getRelatedTargets } from "./articles";
import { getEpisodeRowView, episodeViewSelect } from "./podcasts";
import { articleSelect, findRelatedTargets, toArticle } from "./select";
import type { ArticleView, Locale } from "./views";
import type { EpisodeView } from "./podcasts";
import { withPendingArticle, withPendingEpisode } from "./revisions";

/**
 * Draft views for previews: the latest content of an item whatever its
 * status, pending changes of a live item included. Never cached, never called on the normal public path: callers
 * (article-page.ts, episode-page.ts, the /preview/<token> page) decide who
 * may see it. `audience` says whose links to drafts show: staff see related
 * links to other drafts, token holders only links to public articles.
 */
export type Audience = "staff" | "token";

const draftSelect = { ...articleSelect, status: true } as const;

type Where = { id: number } | { locale: Locale; slug: string };

export async function getDraftArticle(where: Where, audience: Audience, now = new Date()): Promise<ArticleView | null> {
  const live =
    "id" in where
      ? await db.article.findUnique({ where: { id: where.id }, select: draftSelect })
      : await db.article.findUnique({ where: { locale_slug: where }, select: draftSelect });
  if (!live) return null;
  // A live story with changes pending previews as it will be once they are published.
  const row = await withPendingArticle(live);
  // A draft shows as if published now; a scheduled item at its planned time.
  const article = toArticle(row, row.locale as Locale, row.status !== "DRAFT" && row.publishedAt ? row.publishedAt : now);
  const ids = relatedArticleIds(article.body);
  const related = audience === "staff" ? await findRelatedTargets(ids, null) : await getRelatedTargets(ids);
  return { ...article, related, translation: null, readingMinutes: readingMinutes(article.body) };
}

export async function getDraftEpisode(where: { id: number } | { showSlug: string; slug: string }, now = new Date()): Promise<EpisodeView | null> {
  const live =
    "id" in where
      ? await db.episode.findUnique({ where: { id: where.id }, select: episodeViewSelect })
      : await db.episode.findFirst({ where: { slug: where.slug, show: { slug: where.showSlug } }, select: episodeViewSelect });
  if (!live) return null;
  const row = await withPendingEpisode(live);
  const view = getEpisodeRowView(row);
  return isPublic(row, now) ? view : { ...view, publishedAt: (row.status === "SCHEDULED" && row.publishedAt ? row.publishedAt : now).toISOString() };
}
