import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { CONTENT_TAG, cacheTags } from "@/lib/cache-tags";
import { publicWhere } from "@/lib/visibility";
import { cardSelect, toCard } from "./select";
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
  const sums = await db.articleViewBucket.groupBy({
    by: ["articleId"],
    where: { hour: { gte: since }, article: { is: { locale, ...publicWhere(now) } } },
    _sum: { count: true },
    orderBy: [{ _sum: { count: "desc" } }, { articleId: "desc" }],
    take: limit,
  });
  if (sums.length === 0) return [];
  const rows = await db.article.findMany({ where: { id: { in: sums.map((s) => s.articleId) } }, select: cardSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return sums.flatMap((s) => {
    const row = byId.get(s.articleId);
    return row ? [toCard(row, locale)] : [];
  });
}

/** Most read of an edition, cached per window (tag `most-read:<locale>`, refreshed every 5 minutes). */
export function listMostRead(locale: Locale, window: MostReadWindow, limit = 5): Promise<ArticleCard[]> {
  return unstable_cache(() => readMostRead(locale, window, new Date(), limit), ["most-read", locale, window, String(limit)], {
    tags: [CONTENT_TAG, cacheTags.mostRead(locale), cacheTags.articles(locale)],
    revalidate: MOST_READ_REVALIDATE,
  })();
}
