import { db } from "@/lib/db";
import { findArticleBySlug } from "@/lib/data/slug-lookup";
import type { RelatedRef } from "@/lib/plain-text";

/**
 * Finds the article a related line points at: by URL (current or earlier
 * slug of that edition) or by exact title, preferring the writer's edition.
 * Drafts count: staff may link to a story that goes out together; readers
 * only ever see links whose target is public (components/article/blocks.tsx).
 */
export async function resolveRelated(ref: RelatedRef, locale: string, selfId?: number): Promise<number | null> {
  if (ref.kind === "url") {
    const id = (await findArticleBySlug(ref.locale, ref.slug, { id: true }))?.id;
    return id && id !== selfId ? id : null;
  }
  const rows = await db.article.findMany({
    where: { title: ref.title, ...(selfId ? { id: { not: selfId } } : {}) },
    select: { id: true, locale: true },
    orderBy: { id: "asc" },
  });
  return (rows.find((r) => r.locale === locale) ?? rows[0])?.id ?? null;
}

/**
 * Whether `slug` is used in `locale` by another article, as its slug or an earlier one. (A slug is
 * never both: saving an article with a slug drops that slug from the earlier slugs of the edition.)
 */
export async function slugTaken(locale: string, slug: string, selfId?: number): Promise<boolean> {
  const owner = await findArticleBySlug(locale, slug, { id: true });
  return Boolean(owner && owner.id !== selfId);
}
