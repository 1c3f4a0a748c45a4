import "server-only";
import { db } from "@/lib/db";
import { readBody, readingMinutes, relatedArticleIds } from "@/lib/blocks";
import { isPublic } from "@/lib/visibility";
import { getRelatedTargets } from "./articles";
import { getEpisodeRowView, episodeViewSelect } from "./podcasts";
import { cardSelect, toCard, toImage } from "./select";
import type { ArticleView, Locale, RelatedTarget } from "./views";
import type { EpisodeView } from "./podcasts";

/**
 * Draft views for previews: the latest content of an item whatever its
 * status. Never cached, never called on the normal public path: callers
 * (article-page.ts, episode-page.ts, the /preview/<token> page) decide who
 * may see it. `audience` says whose links to drafts show: staff see related
 * links to other drafts, token holders only links to public articles.
 */
export type Audience = "staff" | "token";

const articleSelect = {
  ...cardSelect,
  status: true,
  updatedAt: true,
  body: true,
  tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" as const } } },
} as const;

type Where = { id: number } | { locale: Locale; slug: string };

export async function getDraftArticle(where: Where, audience: Audience, now = new Date()): Promise<ArticleView | null> {
  const row = "id" in where ? await db.article.findUnique({ where: { id: where.id }, select: articleSelect }) : await db.article.findUnique({ where: { locale_slug: where }, select: articleSelect });
  if (!row) return null;
  const body = readBody(row.body);
  const ids = relatedArticleIds(body);
  const related = audience === "staff" ? await anyRelated(ids) : await getRelatedTargets(ids);
  const card = toCard(row, row.locale as Locale);
  const publishedAt = (row.status !== "DRAFT" && row.publishedAt ? row.publishedAt : now).toISOString();
  return {
    ...card,
    publishedAt,
    hero: toImage(row),
    updatedAt: publishedAt > row.updatedAt.toISOString() ? publishedAt : row.updatedAt.toISOString(),
    body,
    tags: row.tags.map((t) => ({ slug: t.tag.slug, name: t.tag.name })),
    related,
    translation: null,
    readingMinutes: readingMinutes(body),
  };
}

async function anyRelated(ids: number[]): Promise<Record<number, RelatedTarget>> {
  if (ids.length === 0) return {};
  const rows = await db.article.findMany({ where: { id: { in: ids } }, select: { id: true, locale: true, slug: true, title: true } });
  return Object.fromEntries(rows.map((r) => [r.id, { ...r, locale: r.locale as Locale }]));
}

export async function getDraftEpisode(where: { id: number } | { showSlug: string; slug: string }, now = new Date()): Promise<EpisodeView | null> {
  const row =
    "id" in where
      ? await db.episode.findUnique({ where: { id: where.id }, select: episodeViewSelect })
      : await db.episode.findFirst({ where: { slug: where.slug, show: { slug: where.showSlug } }, select: episodeViewSelect });
  if (!row) return null;
  const view = getEpisodeRowView(row);
  return isPublic(row, now) ? view : { ...view, publishedAt: (row.status === "SCHEDULED" && row.publishedAt ? row.publishedAt : now).toISOString() };
}
