import "server-only";
import { db } from "@/lib/db";
import { pendingKey, readArticleRevision, type ArticleRevisionData } from "@/lib/revision-data";
import { auditData } from "./audit";
import { articleTagsNow, liveArticleData, writeArticle } from "./article-write";
import { claimPending, findPublished, recordBaseline, RevisionError, writePending, type Base } from "./revisions";

/**
 * Pending changes of live articles. Readers, feeds, sitemaps, search and
 * related-link titles read the Article row, which none of these functions
 * touches except "publish changes"; previews read the pending revision on top
 * of it (lib/data/drafts.ts). Each function is one transaction with its audit
 * row and returns the cache tags the caller must invalidate (none for a
 * pending save or a discard: no public read changed).
 */
const item = (id: number) => ({ type: "article" as const, id });

/** Stores `fields` as the article's pending revision (creating or rewriting it). */
export async function saveArticleRevision(id: number, fields: ArticleRevisionData, userId: number, base: Base, now = new Date()): Promise<void> {
  await db.$transaction(async (tx) => {
    const rev = await writePending(tx, item(id), fields, userId, now, base);
    await tx.auditLog.create({
      data: auditData({ action: "revision-save", itemType: "article", itemId: id, actor: { userId }, at: now, detail: `revision ${rev.id}` }),
    });
  });
}

/**
 * "Publish changes": copies the pending revision onto the article (slug
 * change → earlier slug kept for 301, search index rewritten, `updatedAt`
 * moves now) and records it in the history. With `version`, only that version
 * of the revision is published ("stale" if someone saved a newer one).
 */
export async function publishArticleChanges(id: number, userId: number, version?: number, now = new Date()): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const claimed = await claimPending(tx, item(id), "published", userId, now, version);
    const live = await liveArticleData(tx, id);
    if (!live) throw new RevisionError("notFound");
    const fields = readArticleRevision(claimed.data);
    // The slug was free when the change was saved; another story may have taken it since.
    const owner =
      (await tx.article.findUnique({ where: { locale_slug: { locale: fields.locale, slug: fields.slug } }, select: { id: true } }))?.id ??
      (await tx.articleSlug.findUnique({ where: { locale_slug: { locale: fields.locale, slug: fields.slug } }, select: { articleId: true } }))?.articleId;
    if (owner !== undefined && owner !== id) throw new RevisionError("slugTaken");
    const [section, authors, tags] = await Promise.all([
      tx.section.count({ where: { id: fields.sectionId } }),
      tx.author.count({ where: { id: { in: fields.authorIds } } }),
      tx.tag.count({ where: { id: { in: fields.tagIds } } }),
    ]);
    if (section !== 1 || authors !== new Set(fields.authorIds).size || tags !== new Set(fields.tagIds).size) throw new RevisionError("invalid");
    await recordBaseline(tx, item(id), claimed.id, live.data, live.since);
    const before = await articleTagsNow(tx, id);
    await writeArticle(tx, id, fields, { slug: live.data.slug, locale: live.data.locale }, now);
    const after = await articleTagsNow(tx, id);
    await tx.auditLog.create({
      data: auditData({ action: "revision-publish", itemType: "article", itemId: id, actor: { userId }, at: now, detail: `revision ${claimed.id}` }),
    });
    return [...new Set([...before, ...after])];
  });
}

/** "Discard changes": the pending revision is dropped; readers never saw it, so nothing to refresh. */
export async function discardArticleChanges(id: number, userId: number, now = new Date()): Promise<string[]> {
  await db.$transaction(async (tx) => {
    const claimed = await claimPending(tx, item(id), "discarded", userId, now);
    await tx.auditLog.create({
      data: auditData({ action: "revision-discard", itemType: "article", itemId: id, actor: { userId }, at: now, detail: `revision ${claimed.id}` }),
    });
  });
  return [];
}

/** "Restore": a published version of the history becomes the pending revision; nothing goes live until published. */
export async function restoreArticleVersion(id: number, revisionId: number, userId: number, now = new Date()): Promise<string[]> {
  await db.$transaction(async (tx) => {
    const old = await findPublished(tx, item(id), revisionId);
    const rev = await writePending(tx, item(id), readArticleRevision(old.data), userId, now, undefined, old.id);
    await tx.auditLog.create({
      data: auditData({ action: "revision-restore", itemType: "article", itemId: id, actor: { userId }, at: now, detail: `revision ${rev.id} from ${old.id}` }),
    });
  });
  return [];
}

/** Whether the article has a pending revision (then every edit goes there, whatever its state). */
export async function hasPendingArticle(id: number): Promise<boolean> {
  return (await db.revision.count({ where: { pendingKey: pendingKey("article", id) } })) > 0;
}
