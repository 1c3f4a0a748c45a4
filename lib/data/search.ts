import "server-only";
import { db } from "@/lib/db";
import { runSearch, type SearchPage } from "@/lib/search/query";
import type { Locale } from "./views";

export type { SearchHit, SearchPage } from "@/lib/search/query";

/**
 * One page of search results for a reader of one edition. Per query, so never
 * cached (hostile queries must not fill the cache); only public articles, by
 * the visibility rule, applied in the query (lib/search/engine.ts).
 */
export function searchArticles(locale: Locale, query: string, page: number): Promise<SearchPage> {
  return runSearch(db, locale, query, page);
}
