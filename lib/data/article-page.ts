import "server-only";
import { cache } from "react";
import { getPublishedArticle } from "./articles";
import type { ArticleView, Locale } from "./views";

/**
 * The article a page shows, read once per request: generateMetadata and the
 * page share this call. Staff preview (draft mode) plugs in here later.
 */
export const getArticleForPage = cache(async (locale: Locale, slug: string): Promise<ArticleView | null> => {
  return getPublishedArticle(locale, slug);
});
