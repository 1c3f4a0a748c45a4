import "server-only";
import { db } from "@/lib/db";
import { readingMinutes, relatedArticleIds } from "@/lib/blocks";
import { cacheTags } from "@/lib/cache-tags";
import { isPublic, publicWhere } from "@/lib/visibility";
import { cachedRead } from "./cache";
import { articleSelect, cardSelect, findRelatedTargets, toArticle, toCard, sectionName } from "./select";
import type { ArticleCard, ArticleView, Locale, RelatedTarget } from "./views";

const readArticle = cachedRead(
  "article",
  async (locale: Locale, slug: string): Promise<Omit<ArticleView, "related"> | null> => {
    const now = new Date();
    const row = await db.article.findFirst({
      where: { locale, slug, ...publicWhere(now) },
      select: {
        ...articleSelect,
        translation: { select: { locale: true, slug: true, status: true, publishedAt: true, withdrawnAt: true } },
        translatedBy: { select: { locale: true, slug: true, status: true, publishedAt: true, withdrawnAt: true } },
      },
    });
    if (!row) return null;
    const article = toArticle(row, locale);
    const other = [row.translation, row.translatedBy].find((t) => t && t.locale !== locale && isPublic(t, now));
    return {
      ...article,
      translation: other ? { locale: other.locale as Locale, slug: other.slug } : null,
      readingMinutes: readingMinutes(article.body),
    };
  },
  (locale, slug) => [cacheTags.articleSlug(locale, slug)],
);

/** Current title and URL of each public article among `ids`; non-public ones are simply absent. */
export const getRelatedTargets = cachedRead(
  "related",
  async (ids: number[]): Promise<Record<number, RelatedTarget>> => findRelatedTargets(ids, new Date()),
  (ids) => ids.map(cacheTags.article),
);

/** A public article with the targets of its related links, or null. */
export async function getPublishedArticle(locale: Locale, slug: string): Promise<ArticleView | null> {
  const article = await readArticle(locale, slug);
  if (!article) return null;
  const related = await getRelatedTargets(relatedArticleIds(article.body));
  return { ...article, related };
}

/** Newest public articles of an edition. */
export const listLatest = cachedRead(
  "latest",
  async (locale: Locale, limit: number): Promise<ArticleCard[]> => {
    const rows = await db.article.findMany({
      where: { locale, ...publicWhere(new Date()) },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: cardSelect,
    });
    return rows.map((r) => toCard(r, locale));
  },
  (locale) => [cacheTags.articles(locale), cacheTags.home(locale)],
);

/** Newest public articles of a section, for rails and "more from this section". */
export const listSectionLatest = cachedRead(
  "section-latest",
  async (locale: Locale, sectionSlug: string, limit: number, excludeId: number): Promise<ArticleCard[]> => {
    const rows = await db.article.findMany({
      where: { locale, section: { slug: sectionSlug }, id: { not: excludeId }, ...publicWhere(new Date()) },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: cardSelect,
    });
    return rows.map((r) => toCard(r, locale));
  },
  (locale, sectionSlug) => [cacheTags.section(sectionSlug), cacheTags.articles(locale)],
);

export { sectionName };
