import "server-only";
import { db } from "@/lib/db";
import { readingMinutes, relatedArticleIds } from "@/lib/blocks";
import { cacheTags } from "@/lib/cache-tags";
import { isPublic, publicWhere } from "@/lib/visibility";
import { cachedRead } from "./cache";
import { listPageIds } from "./article-keys";
import { articleSelect, cardsOf, findRelatedTargets, toArticle, sectionName } from "./select";
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
  async (locale: Locale, limit: number): Promise<ArticleCard[]> =>
    cardsOf(await listPageIds(locale, { kind: "edition" }, new Date(), { offset: 0, limit }, 0), locale),
  (locale) => [cacheTags.articles(locale), cacheTags.home(locale)],
);

/** Newest public articles of a section, for rails and "more from this section". */
export const listSectionLatest = cachedRead(
  "section-latest",
  async (locale: Locale, sectionSlug: string, limit: number, excludeId: number): Promise<ArticleCard[]> => {
    const section = await db.section.findUnique({ where: { slug: sectionSlug }, select: { id: true } });
    if (!section) return [];
    const ids = await listPageIds(locale, { kind: "section", id: section.id }, new Date(), { offset: 0, limit: limit + 1 }, 0);
    return cardsOf(ids.filter((id) => id !== excludeId).slice(0, limit), locale);
  },
  (locale, sectionSlug) => [cacheTags.section(sectionSlug), cacheTags.articles(locale)],
);

export { sectionName };
