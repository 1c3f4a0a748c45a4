import "server-only";
import { db } from "@/lib/db";
import type { ItemType } from "@/lib/preview/token";
import { pendingKey, readArticleRevision, readEpisodeRevision } from "@/lib/revision-data";
import { publicWhere } from "@/lib/visibility";
import type { ArticleRow } from "./select";

/**
 * Reads of pending revisions (lib/content/revisions.ts): for previews (the
 * pending version over the live row) and for the desk. Never cached, never
 * on a public path: a reader's page reads the Article/Episode row only.
 */
export async function pendingData(itemType: ItemType, itemId: number): Promise<{ data: string; updatedAt: Date } | null> {
  return db.revision.findUnique({ where: { pendingKey: pendingKey(itemType, itemId) }, select: { data: true, updatedAt: true } });
}

/** An article row as it will be once its pending changes are published (the row itself when none are pending). */
export async function withPendingArticle<R extends ArticleRow & { id: number }>(row: R): Promise<R> {
  const pending = await pendingData("article", row.id);
  if (!pending) return row;
  const { authorIds, tagIds, sectionId, ...fields } = readArticleRevision(pending.data);
  const [section, authors, tags] = await Promise.all([
    db.section.findUnique({ where: { id: sectionId }, select: { slug: true, nameAr: true, nameEn: true } }),
    db.author.findMany({ where: { id: { in: authorIds } }, select: { id: true, slug: true, name: true } }),
    db.tag.findMany({ where: { id: { in: tagIds } }, orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  const byId = new Map(authors.map((a) => [a.id, a]));
  return {
    ...row,
    locale: fields.locale,
    slug: fields.slug,
    title: fields.title,
    standfirst: fields.standfirst,
    heroUrl: fields.heroUrl,
    heroAlt: fields.heroAlt,
    heroCaption: fields.heroCaption,
    heroCredit: fields.heroCredit,
    heroWidth: fields.heroWidth,
    heroHeight: fields.heroHeight,
    body: fields.body,
    updatedAt: pending.updatedAt,
    section: section ?? row.section,
    authors: authorIds.flatMap((id) => {
      const a = byId.get(id);
      return a ? [{ author: { slug: a.slug, name: a.name } }] : [];
    }),
    tags: tags.map((t) => ({ tag: t })),
  };
}

type EpisodeLike = {
  id: number;
  slug: string;
  title: string;
  showNotes: string;
  audioUrl: string;
  audioMime: string;
  audioBytes: number;
  durationSec: number;
  episodeNumber: number | null;
  episodeType: string;
  updatedAt: Date;
  season: { number: number; title: string } | null;
};

/** An episode row as it will be once its pending changes are published. */
export async function withPendingEpisode<R extends EpisodeLike>(row: R): Promise<R> {
  const pending = await pendingData("episode", row.id);
  if (!pending) return row;
  const { seasonId, ...fields } = readEpisodeRevision(pending.data);
  const season = seasonId === null ? null : await db.season.findUnique({ where: { id: seasonId }, select: { number: true, title: true } });
  return {
    ...row,
    slug: fields.slug,
    title: fields.title,
    showNotes: fields.showNotes,
    audioUrl: fields.audioUrl,
    audioMime: fields.audioMime,
    audioBytes: fields.audioBytes,
    durationSec: fields.durationSec,
    episodeNumber: fields.episodeNumber,
    episodeType: fields.episodeType,
    updatedAt: pending.updatedAt,
    season: season ? { ...row.season, ...season } : null,
  };
}

export type PendingInfo = { revisionId: number; version: number; updatedAt: string; updatedBy: string | null };
export type HistoryEntry = { revisionId: number; title: string; publishedAt: string; publishedBy: string | null; first: boolean };

/** The pending change of an item (who saved it last, when) and its history of published versions, newest first. */
export async function revisionsOf(itemType: ItemType, itemId: number): Promise<{ pending: PendingInfo | null; history: HistoryEntry[] }> {
  const [pending, published] = await Promise.all([
    db.revision.findUnique({ where: { pendingKey: pendingKey(itemType, itemId) }, select: { id: true, version: true, updatedAt: true, updatedById: true } }),
    db.revision.findMany({
      where: { itemType, itemId, state: "published" },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: 50,
      select: { id: true, data: true, publishedAt: true, publishedById: true },
    }),
  ]);
  const userIds = [pending?.updatedById, ...published.map((p) => p.publishedById)].filter((v): v is number => typeof v === "number");
  const users = await db.staffUser.findMany({ where: { id: { in: [...new Set(userIds)] } }, select: { id: true, displayName: true } });
  const name = (id: number | null | undefined) => users.find((u) => u.id === id)?.displayName ?? null;
  const oldest = published.at(-1)?.id;
  return {
    pending: pending && { revisionId: pending.id, version: pending.version, updatedAt: pending.updatedAt.toISOString(), updatedBy: name(pending.updatedById) },
    history: published.map((p) => {
      const data = JSON.parse(p.data) as { title?: unknown };
      return {
        revisionId: p.id,
        title: typeof data.title === "string" ? data.title : "",
        publishedAt: (p.publishedAt ?? new Date(0)).toISOString(),
        publishedBy: name(p.publishedById),
        first: p.id === oldest && p.publishedById === null,
      };
    }),
  };
}

/** Which of these items have changes pending (for the desk's mark). */
export async function pendingItemIds(itemType: ItemType, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.revision.findMany({ where: { itemType, itemId: { in: ids }, state: "pending" }, select: { itemId: true } });
  return new Set(rows.map((r) => r.itemId));
}

/** Whether readers can see the item now (an edit of it then waits as a pending change). */
export async function isLiveItem(itemType: ItemType, itemId: number, now = new Date()): Promise<boolean> {
  const where = { id: itemId, ...publicWhere(now) };
  return (itemType === "article" ? await db.article.count({ where }) : await db.episode.count({ where })) > 0;
}
