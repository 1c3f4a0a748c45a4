/**
 * How article lists and sitemap chunks are cut, as pure functions (no database):
 * the SQL in article-keys.ts follows these numbers.
 */

/** Article ids per sitemap file: chunk n holds the public articles with ids in ((n-1)·N, n·N]. */
export const ARTICLE_IDS_PER_SITEMAP = 1_000;

/** The id range of chunk `n` (1-based): ids greater than `after` and at most `upTo`. */
export function chunkIdRange(n: number, size = ARTICLE_IDS_PER_SITEMAP): { after: number; upTo: number } {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`sitemap chunk ${n}`);
  return { after: (n - 1) * size, upTo: n * size };
}

/** The chunk an article id belongs to (ids start at 1). */
export function chunkOfId(id: number, size = ARTICLE_IDS_PER_SITEMAP): number {
  return Math.floor((id - 1) / size) + 1;
}

/**
 * Below this many matches an author's or tag's page is read from its own links
 * (every link checked on an index, then a top-N sort); above it, by walking the
 * edition's newest-first index and stopping once the page is full. A rare tag walked
 * newest-first would step over most of the edition to fill one page; a common one read
 * from its links sorts thousands of rows for twenty.
 */
export const LINK_READ_MAX = 2_000;

export type ListPath = "links" | "walk";

/** Which way to read one page of a list of `total` matches, `offset` rows in. */
export function listPath(total: number, offset: number, linkReadMax = LINK_READ_MAX): ListPath {
  return total <= linkReadMax || offset >= total ? "links" : "walk";
}

/** The rows a page needs: `offset` and `limit` of page `page` (1-based) at `size` a page. */
export function pageWindow(page: number, size: number): { offset: number; limit: number } {
  return { offset: (page - 1) * size, limit: size };
}
