import "server-only";
import { db } from "@/lib/db";
import { publicWhere } from "@/lib/visibility";

/** Counts one read of a public article; false when the article is not public. */
export async function countArticleView(articleId: number): Promise<boolean> {
  const article = await db.article.findFirst({ where: { id: articleId, ...publicWhere(new Date()) }, select: { id: true } });
  if (!article) return false;
  await db.articleView.upsert({
    where: { articleId },
    create: { articleId, count: 1 },
    update: { count: { increment: 1 } },
  });
  return true;
}

/** Reads of an article so far (for the "most read" list and tests). */
export async function articleViewCount(articleId: number): Promise<number> {
  return (await db.articleView.findUnique({ where: { articleId } }))?.count ?? 0;
}
