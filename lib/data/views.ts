/** The plain view objects lib/data hands to pages. Dates are ISO strings. */
import type { Block } from "@/lib/blocks";

import type { Locale } from "@/i18n/config";

export type { Locale };

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

/** What the article editor offers to choose from: read by lib/data/staff.ts, shown by the client form. */
export type EditorOptions = {
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  tags: { id: number; name: string }[];
};
