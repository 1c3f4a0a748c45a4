import { db } from "@/lib/db";
import type { RelatedRef } from "@/lib/plain-text";

/**
 * Finds the article a related line points at: by URL (current or earlier
 * slug of that edition) or by exact title, preferring the writer's edition.
 * Drafts count: staff may link to a story that goes out together; readers
 * only ever see links whose target is public (components/article/blocks.tsx).
 */
export async function resolveRelated(ref: RelatedRef, locale: string, selfId?: number): Promise<number | null> {
  if (ref.kind === "url") {
    const current = await db.article.findUnique({ where: { locale_slug: { locale: ref.locale, slug: ref.slug } }, select: { id: true } });
    const id = current?.id ?? (await db.articleSlug.findUnique({ where: { locale_slug: { locale: ref.locale, slug: ref.slug } }, select: { articleId: true } }))?.articleId;
    return id && id !== selfId ? id : null;
  }
  const rows = await db.article.findMany({ where: { title: ref.title, ...(selfId ? { id: { not: selfId } } : {}) }, select: { id: true, locale: true }, orderBy: { id: "asc" } });
  return (rows.find((r) => r.locale === locale) ?? rows[0])?.id ?? null;
}

/** Whether `slug` is used in `locale` by another article, as its slug or an earlier one. */
export async function slugTaken(locale: string, slug: string, selfId?: number): Promise<boolean> {
  const current = await db.article.findUnique({ where: { locale_slug: { locale, slug } }, select: { id: true } });
  if (current && current.id !== selfId) return true;
  const earlier = await db.articleSlug.findUnique({ where: { locale_slug: { locale, slug } }, select: { articleId: true } });
  return Boolean(earlier && earlier.articleId !== selfId);
}
