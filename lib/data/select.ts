import "server-only";
import { db } from "@/lib/db";
import { readBody } from "@/lib/blocks";
import { nameIn } from "@/i18n/config";
import type { Prisma } from "@/lib/generated/prisma/client";
import { publicWhere } from "@/lib/visibility";
import type { ArticleCard, FeedArticle, ImageView, Locale, RelatedTarget } from "./views";

/** The columns every article list shows; pages never get more than they render. */
export const cardSelect = {
  id: true,
  locale: true,
  slug: true,
  title: true,
  standfirst: true,
  publishedAt: true,
  heroUrl: true,
  heroAlt: true,
  heroCaption: true,
  heroCredit: true,
  heroWidth: true,
  heroHeight: true,
  section: { select: { slug: true, nameAr: true, nameEn: true } },
  authors: { orderBy: { position: "asc" }, select: { author: { select: { slug: true, name: true } } } },
} satisfies Prisma.ArticleSelect;

export type CardRow = Prisma.ArticleGetPayload<{ select: typeof cardSelect }>;

export function sectionName(s: { nameAr: string; nameEn: string }, locale: Locale): string {
  return nameIn(s, locale);
}

export function toImage(row: {
  heroUrl: string | null;
  heroAlt: string | null;
  heroCaption: string | null;
  heroCredit: string | null;
  heroWidth: number | null;
  heroHeight: number | null;
}): ImageView | null {
  if (!row.heroUrl || !row.heroWidth || !row.heroHeight) return null;
  return {
    url: row.heroUrl,
    alt: row.heroAlt ?? "",
    caption: row.heroCaption,
    credit: row.heroCredit,
    width: row.heroWidth,
    height: row.heroHeight,
  };
}

export function toCard(row: CardRow, locale: Locale): ArticleCard {
  return {
    id: row.id,
    locale: row.locale as Locale,
    slug: row.slug,
    title: row.title,
    standfirst: row.standfirst,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
    section: { slug: row.section.slug, name: sectionName(row.section, locale) },
    authors: row.authors.map((a) => ({ slug: a.author.slug, name: a.author.name })),
    hero: toImage(row),
  };
}

export { PAGE_SIZE, pageCount } from "./paging";

/** The cards of `ids`, in that order (ids from lib/data/article-keys, already checked public). */
export async function cardsOf(ids: number[], locale: Locale): Promise<ArticleCard[]> {
  if (ids.length === 0) return [];
  const rows = await db.article.findMany({ where: { id: { in: ids } }, select: cardSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [toCard(row, locale)] : [];
  });
}

/** An article is never "updated" before it was published: the later of the two dates. */
export function laterOf(updatedAt: Date, publishedAt: Date | null): Date {
  return publishedAt && publishedAt > updatedAt ? publishedAt : updatedAt;
}

/** The one article projection beyond the card: what article pages, previews and feeds show. */
export const articleSelect = {
  ...cardSelect,
  updatedAt: true,
  body: true,
  tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
} satisfies Prisma.ArticleSelect;

export type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

/** Card, full body and tags of an article row; `updatedAt` is never before `publishedAt`. */
export function toArticle(row: ArticleRow, locale: Locale, publishedAt = row.publishedAt): FeedArticle {
  const card = toCard(row, locale);
  return {
    ...card,
    ...(publishedAt ? { publishedAt: publishedAt.toISOString() } : {}),
    updatedAt: laterOf(row.updatedAt, publishedAt).toISOString(),
    body: readBody(row.body),
    tags: row.tags.map((t) => ({ slug: t.tag.slug, name: t.tag.name })),
  };
}

/**
 * Current title and URL of the articles among `ids`, by id. With `publicAt`
 * only those public at that time (what readers see); without it any status
 * (what staff see in a draft's preview).
 */
export async function findRelatedTargets(ids: number[], publicAt: Date | null): Promise<Record<number, RelatedTarget>> {
  if (ids.length === 0) return {};
  const rows = await db.article.findMany({
    where: { id: { in: ids }, ...(publicAt ? publicWhere(publicAt) : {}) },
    select: { id: true, locale: true, slug: true, title: true },
  });
  return Object.fromEntries(rows.map((r) => [r.id, { ...r, locale: r.locale as Locale }]));
}

export { findArticleBySlug } from "./slug-lookup";
