/** The plain view objects lib/data hands to pages. Dates are ISO strings. */
import type { Block } from "@/lib/blocks";

export type Locale = "ar" | "en";

export type LinkRef = { slug: string; name: string };

export type ImageView = {
  url: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  width: number;
  height: number;
};

export type ArticleCard = {
  id: number;
  locale: Locale;
  slug: string;
  title: string;
  standfirst: string;
  publishedAt: string;
  section: LinkRef;
  authors: LinkRef[];
  hero: ImageView | null;
};

export type RelatedTarget = { id: number; locale: Locale; slug: string; title: string };

export type ArticleView = ArticleCard & {
  updatedAt: string;
  body: Block[];
  tags: LinkRef[];
  /** Public targets of the body's related-link blocks, by article id. */
  related: Record<number, RelatedTarget>;
  translation: { locale: Locale; slug: string } | null;
  readingMinutes: number;
};

export type Paged<T> = { items: T[]; page: number; pages: number; total: number };

/** An article as a feed item carries: its card, the full body and its tags. */
export type FeedArticle = ArticleCard & { updatedAt: string; body: Block[]; tags: LinkRef[] };
