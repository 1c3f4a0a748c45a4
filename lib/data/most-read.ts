import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { CONTENT_TAG, cacheTags } from "@/lib/cache-tags";
import { joinInOrder, visible } from "./article-keys";
import { cardsOf } from "./select";
import type { ArticleCard, Locale } from "./views";

export const MOST_READ_WINDOWS = { day: 24, week: 24 * 7 } as const;
export type MostReadWindow = keyof typeof MOST_READ_WINDOWS;

/** How long a most-read list may be served before it is summed again (seconds). */
export const MOST_READ_REVALIDATE = 300;

/**
 * The public articles of an edition read most in the `window` before `now`:
 * a sum over hourly buckets (at most 168 rows per article), never over every
 * view; ties go to the newer story.
 */
export async function readMostRead(locale: Locale, window: MostReadWindow, now: Date, limit: number): Promise<ArticleCard[]> {
  const since = new Date(now.getTime() - MOST_READ_WINDOWS[window] * 3_600_000);
  // From the window's buckets (the hour index) to their articles, never the other way round: a relation
  // filter here made SQLite read every public article of the edition before looking at a single bucket.
  const rows: { id: number | bigint; n: number | bigint }[] = await db.$queryRaw`
    SELECT b."articleId" AS id, SUM(b."count") AS n FROM "ArticleViewBucket" b ${joinInOrder()} "Article" a ON a."id" = b."articleId"
    WHERE b."hour" >= ${since} AND a."locale" = ${locale} AND ${visible(now)}
    GROUP BY b."articleId" ORDER BY n DESC, b."articleId" DESC LIMIT ${limit}`;
  return cardsOf(
    rows.map((r) => Number(r.id)),
    locale,
  );
}

/** Most read of an edition, cached per window (tag `most-read:<locale>`, refreshed every 5 minutes). */
export function listMostRead(locale: Locale, window: MostReadWindow, limit = 5): Promise<ArticleCard[]> {
  return unstable_cache(() => readMostRead(locale, window, new Date(), limit), ["most-read", locale, window, String(limit)], {
    tags: [CONTENT_TAG, cacheTags.mostRead(locale), cacheTags.articles(locale)],
    revalidate: MOST_READ_REVALIDATE,
  })();
}
