/**
 * When db:fake's articles come out: a newsroom publishes at a steady rate, whatever
 * the size of its archive, so N articles at `perDay` a day reach back N / perDay days
 * from now. The k-th of `total` (0 = the oldest) falls in its own slot of 1/perDay of
 * a day, at a random point within it, so ids grow with publication time as they do
 * in a real archive, and 1,000 and 100,000 articles hold the same stories in the
 * last days (the news sitemap, the feeds, the front page) and differ only in depth.
 */
export const DEFAULT_PER_DAY = 40;
const DAY = 86_400_000;

export function publicationTime(k: number, total: number, perDay: number, now: number, random: () => number): Date {
  if (!(perDay > 0)) throw new RangeError(`perDay ${perDay}`);
  const slot = DAY / perDay;
  return new Date(now - (total - k) * slot + Math.floor(random() * slot));
}
