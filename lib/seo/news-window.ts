/** Google News only wants articles from the last two days. */
export const NEWS_WINDOW_HOURS = 48;

/** The earliest publication time that still belongs in the news sitemap at `now`. */
export function newsWindowStart(now: Date, hours = NEWS_WINDOW_HOURS): Date {
  return new Date(now.getTime() - hours * 3_600_000);
}

/**
 * Items published within the window ending at `now`, newest first. Items
 * dated after `now` are not public yet and stay out.
 */
export function inNewsWindow<T extends { publishedAt: string }>(items: T[], now: Date, hours = NEWS_WINDOW_HOURS): T[] {
  const start = newsWindowStart(now, hours).getTime();
  const end = now.getTime();
  return items
    .filter((i) => {
      const t = new Date(i.publishedAt).getTime();
      return t >= start && t <= end;
    })
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt));
}
