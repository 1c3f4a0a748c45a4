import "server-only";
import { db } from "@/lib/db";
import { cacheTags } from "@/lib/cache-tags";
import { publicWhere } from "@/lib/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localized } from "@/i18n/config";
import { cachedRead } from "./cache";
import { cardSelect, PAGE_SIZE, pageCount, sectionName, toCard } from "./select";
import type { ArticleCard, Locale, Paged } from "./views";

/** One page of public articles matching `where`, newest first; null past the last page. */
async function pageOf(locale: Locale, where: Prisma.ArticleWhereInput, page: number): Promise<Paged<ArticleCard> | null> {
  const filter = { locale, ...where, ...publicWhere(new Date()) };
  const total = await db.article.count({ where: filter });
  const pages = pageCount(total);
  if (!Number.isInteger(page) || page < 1 || page > pages) return null;
  const rows = await db.article.findMany({
    where: filter,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: cardSelect,
  });
  return { items: rows.map((r) => toCard(r, locale)), page, pages, total };
}

export type SectionPage = { section: { slug: string; name: string; description: string }; list: Paged<ArticleCard> };

/** A section's page `page` of articles, or null for an unknown section or a page past the end. */
export const getSectionPage = cachedRead(
  "section-page",
  async (locale: Locale, slug: string, page: number): Promise<SectionPage | null> => {
    const section = await db.section.findUnique({ where: { slug } });
    if (!section) return null;
    const list = await pageOf(locale, { sectionId: section.id }, page);
    if (!list) return null;
    const description = localized(section, "description", locale);
    return { section: { slug, name: sectionName(section, locale), description }, list };
  },
  (locale, slug) => [cacheTags.section(slug), cacheTags.articles(locale)],
);

export type AuthorPage = { author: { slug: string; name: string; bio: string; avatarUrl: string | null }; list: Paged<ArticleCard> };

export const getAuthorPage = cachedRead(
  "author-page",
  async (locale: Locale, slug: string, page: number): Promise<AuthorPage | null> => {
    const author = await db.author.findUnique({ where: { slug } });
    if (!author) return null;
    const list = await pageOf(locale, { authors: { some: { authorId: author.id } } }, page);
    if (!list) return null;
    return { author: { slug, name: author.name, bio: author.bio, avatarUrl: author.avatarUrl }, list };
  },
  (locale, slug) => [cacheTags.author(slug), cacheTags.articles(locale)],
);

export type TagPage = { tag: { slug: string; name: string }; list: Paged<ArticleCard> };

export const getTagPage = cachedRead(
  "tag-page",
  async (locale: Locale, slug: string, page: number): Promise<TagPage | null> => {
    const tag = await db.tag.findUnique({ where: { slug } });
    if (!tag) return null;
    const list = await pageOf(locale, { tags: { some: { tagId: tag.id } } }, page);
    if (!list) return null;
    return { tag: { slug, name: tag.name }, list };
  },
  (locale, slug) => [cacheTags.tag(slug), cacheTags.articles(locale)],
);

export type SectionRef = { slug: string; name: string };

/** Sections in display order, for navigation and home rails. Only the seed writes sections; it refreshes CONTENT_TAG. */
export const listSections = cachedRead(
  "sections",
  async (locale: Locale): Promise<SectionRef[]> => {
    const rows = await db.section.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
    return rows.map((s) => ({ slug: s.slug, name: sectionName(s, locale) }));
  },
  () => [],
);
