// No "server-only" here: scripts/import-article.ts (through lib/content/related.ts) runs this outside Next.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The article that `slug` names in an edition: by its current slug, else by
 * an earlier one it was renamed from (kept so old links still arrive).
 * Shared by route resolution, related-link lookup and the slug check.
 */
export async function findArticleBySlug<S extends Prisma.ArticleSelect>(
  locale: string,
  slug: string,
  select: S,
): Promise<Prisma.ArticleGetPayload<{ select: S }> | null> {
  const where = { locale_slug: { locale, slug } };
  const current = await db.article.findUnique({ where, select });
  if (current) return current as Prisma.ArticleGetPayload<{ select: S }>;
  const earlier = await db.articleSlug.findUnique({ where, select: { article: { select } } });
  return (earlier?.article ?? null) as Prisma.ArticleGetPayload<{ select: S }> | null;
}
