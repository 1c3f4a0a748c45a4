/**
 * The search index's newest-first key: publication time in whole seconds
 * (UTC, from 1970; an article with no time counts as second 0) × 2^31 plus
 * the article id. Ordering by it descending is "newer first, then the higher
 * id" (ids are Prisma Ints, below 2^31), so SQLite's FTS5 table uses it as its
 * rowid and walks matches newest-first, stopping once a page is full instead of
 * sorting every match. The id is the key's low 31 bits.
 *
 * The key follows `Article.publishedAt`: every writer that changes it rewrites
 * the key in the same transaction (lib/search/indexer.ts `rekeyArticle`). The
 * SQL forms below compute the same number in the database, so bulk writers and
 * migrations need no round trip; sort-key.test.ts checks both against this one.
 */
import { Prisma } from "@/lib/generated/prisma/client";
import type { Engine } from "@/lib/database-url";

export const ID_BITS = 31;
export const ID_SPAN = 2 ** ID_BITS; // 2147483648

/** The key of article `id` published at `publishedAt` (null: not yet published). */
export function sortKeyOf(publishedAt: Date | null, id: number): bigint {
  if (!Number.isInteger(id) || id < 0 || id >= ID_SPAN) throw new RangeError(`search: article id ${id} does not fit the sort key`);
  const seconds = publishedAt ? Math.max(0, Math.floor(publishedAt.getTime() / 1000)) : 0;
  return BigInt(seconds) * BigInt(ID_SPAN) + BigInt(id);
}

/** The article id inside a key. */
export function articleIdOfKey(key: bigint | number): number {
  return Number(BigInt(key) % BigInt(ID_SPAN));
}

/** The smallest key of anything published after `now`: every article public at `now` has a smaller one. */
export function keyCeiling(now: Date): bigint {
  return sortKeyOf(now, 0) + BigInt(ID_SPAN);
}

/**
 * `sortKeyOf` in SQL over the Article row aliased `a`. SQLite stores Prisma
 * DateTimes as ISO-8601 text, which strftime reads (offset included).
 */
export function sortKeySql(engine: Engine): Prisma.Sql {
  return engine === "sqlite"
    ? Prisma.sql`(MAX(0, COALESCE(CAST(strftime('%s', a."publishedAt") AS INTEGER), 0)) * 2147483648 + a."id")`
    : Prisma.sql`(GREATEST(0, COALESCE(FLOOR(EXTRACT(EPOCH FROM a."publishedAt")), 0))::bigint * 2147483648 + a."id")`;
}
