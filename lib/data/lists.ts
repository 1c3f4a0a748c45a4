import "server-only";
import { db } from "@/lib/db";
import { cacheTags } from "@/lib/cache-tags";
import { localized } from "@/i18n/config";
import { listCount as storedOrLiveCount } from "./list-counts";
import { listPageIds, type ListScope } from "./article-keys";
import { cachedRead } from "./cache";
import { pageWindow } from "./list-plan";
import { cardsOf, PAGE_SIZE, pageCount, sectionName } from "./select";
import type { ArticleCard, Locale, Paged } from "./views";

const listTags = (locale: Locale, tag: string) => [tag, cacheTags.articles(locale)];

/** A list's count (authors' and tags' stored: lib/data/list-counts.ts), cached apart from its pages: page 2, 3, … do not count it again. */
const listCount = cachedRead(
  "list-count",
  (locale: Locale, scope: ListScope, _tag: string): Promise<number> => storedOrLiveCount(locale, scope, new Date()),
  (locale, _scope, tag) => listTags(locale, tag),
);

/** One page of a list of public articles, newest first; null past the last page. */
async function pageOf(locale: Locale, scope: ListScope, tag: string, page: number): Promise<Paged<ArticleCard> | null> {
  if (!Number.isInteger(page) || page < 1) return null;
  const total = await listCount(locale, scope, tag);
  const pages = pageCount(total);
  if (page > pages) return null;
  const ids = await listPageIds(locale, scope, new Date(), pageWindow(page, PAGE_SIZE), total);
  return { items: await cardsOf(ids, locale), page, pages, total };
}

export type SectionPage = { section: { slug: string; name: string; description: string }; list: Paged<ArticleCard> };

/** A section's page `page` of articles, or null for an unknown section or a page past the end. */
export const getSectionPage = cachedRead(
  "section-page",
  async (locale: Locale, slug: string, page: number): Promise<SectionPage | null> => {
    const section = await db.section.findUnique({ where: { slug } });
    if (!section) return null;
    const list = await pageOf(locale, { kind: "section", id: section.id }, cacheTags.section(slug), page);
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
    const list = await pageOf(locale, { kind: "author", id: author.id }, cacheTags.author(slug), page);
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
    const list = await pageOf(locale, { kind: "tag", id: tag.id }, cacheTags.tag(slug), page);
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
