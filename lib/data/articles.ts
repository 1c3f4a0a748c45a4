import "server-only";
import { db } from "@/lib/db";
import { readBody, readingMinutes, relatedArticleIds } from "@/lib/blocks";
import { cacheTags } from "@/lib/cache-tags";
import { isPublic, publicWhere } from "@/lib/visibility";
import { cachedRead } from "./cache";
import { cardSelect, toCard, toImage, sectionName } from "./select";
import type { ArticleCard, ArticleView, Locale, RelatedTarget } from "./views";

const readArticle = cachedRead(
  "article",
  async (locale: Locale, slug: string): Promise<Omit<ArticleView, "related"> | null> => {
    const now = new Date();
    const row = await db.article.findFirst({
      where: { locale, slug, ...publicWhere(now) },
      select: {
        ...cardSelect,
        updatedAt: true,
        body: true,
        tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
        translation: { select: { locale: true, slug: true, status: true, publishedAt: true, withdrawnAt: true } },
        translatedBy: { select: { locale: true, slug: true, status: true, publishedAt: true, withdrawnAt: true } },
      },
    });
    if (!row) return null;
    const body = readBody(row.body);
    const other = [row.translation, row.translatedBy].find(
(t) => t && t.locale !== locale && isPublic(t, now));
    return {
      ...toCard(row, locale),
      hero: toImage(row),
      updatedAt: laterOf(row.updatedAt, row.publishedAt).toISOString(),
      body,
      tags: row.tags.map((t) => ({ slug: t.tag.slug, name: t.tag.name })),
      translation: other ? { locale: other.locale as Locale, slug: other.slug } : null,
      readingMinutes: readingMinutes(body),
    };
  },
  (locale, slug) => [cacheTags.articleSlug(locale, slug)],
);

/** Current title and URL of each public article among `ids`; non-public ones are simply absent. */
export const getRelatedTargets = cachedRead(
  "related",
  async (ids: number[]): Promise<Record<number, RelatedTarget>> => {
    if (ids.length === 0) return {};
    const rows = await db.article.findMany({
      where: { id: { in: ids }, ...publicWhere(new Date()) },
      select: { id: true, locale: true, slug: true, title: true },
    });
    return Object.fromEntries(rows.map((r) => [r.id, { ...r, locale: r.locale as Locale }]));
  },
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

/** An article is never "updated" before it was published. */
function laterOf(updatedAt: Date, publishedAt: Date | null): Date {
  return publishedAt && publishedAt > updatedAt ? publishedAt : updatedAt;
}

export { sectionName };
