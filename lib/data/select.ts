import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ArticleCard, ImageView, Locale } from "./views";

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
  return locale === "ar" ? s.nameAr : s.nameEn;
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
