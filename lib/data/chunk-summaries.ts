import { db as defaultDb } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { ARTICLE_IDS_PER_SITEMAP, chunkOfId } from "./list-plan";
import { indexed, sqlite, visible } from "./sql";

/**
 * The sitemap index's per-chunk summaries (table SitemapChunk): how many public
 * articles each id range of ARTICLE_IDS_PER_SITEMAP holds and their newest change.
 * Every writer that changes an article's visibility, dates or existence calls
 * `refreshSitemapChunks` (lib/content/summaries.ts) in its transaction, which recomputes just that article's
 * chunk (≤ 1,000 entries of Article_sitemap_idx); the index then reads one row per
 * chunk instead of aggregating the whole archive. Time alone makes one kind of
 * article public, a scheduled one whose moment came before the scheduler flipped
 * it: `sitemapChunks` recomputes the chunks of those (found on the status index,
 * a handful at most) as it reads. No "server-only": the writers' refresh (run by the
 * seed and db:fake too) uses the aggregate.
 */
type Client = PrismaClient | Prisma.TransactionClient;
export type ChunkSummary = { chunk: number; count: number; lastmod: Date };

/** The live aggregate of the given chunks (all when `only` is absent): count and newest change of their public articles. */
export async function aggregateChunks(now: Date, size = ARTICLE_IDS_PER_SITEMAP, client: Client = defaultDb, only?: number[]): Promise<ChunkSummary[]> {
  // A literal (checked integer): a bound number may arrive as a float and make the division exact.
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`chunk size ${size}`);
  if (only && only.length === 0) return [];
  const later = sqlite() ? Prisma.sql`MAX(a."updatedAt", a."publishedAt")` : Prisma.sql`GREATEST(a."updatedAt", a."publishedAt")`;
  const chunk = Prisma.raw(`((a."id" - 1) / ${size}) + 1`);
  // Each chunk is an id range of the index's leading column: a seek, not a scan.
  const ranges = only
    ? Prisma.sql`(${Prisma.join(
        only.map((n) => Prisma.sql`(a."id" > ${(n - 1) * size} AND a."id" <= ${n * size})`),
        " OR ",
      )}) AND`
    : Prisma.empty;
  const rows: { chunk: number | bigint; n: number | bigint; lastmod: string | Date }[] = await client.$queryRaw`
    SELECT ${chunk} AS chunk, COUNT(*) AS n, MAX(${later}) AS lastmod FROM "Article" a${indexed("Article_sitemap_idx")}
    WHERE ${ranges} ${visible(now)} GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ chunk: Number(r.chunk), count: Number(r.n), lastmod: new Date(r.lastmod) }));
}

/**
 * Every non-empty chunk with its count and newest change as of `now`: the stored summaries, with
 * the chunks of scheduled articles already due (not yet flipped by the scheduler) recomputed live.
 */
export async function sitemapChunks(now: Date, size = ARTICLE_IDS_PER_SITEMAP, client: Client = defaultDb): Promise<ChunkSummary[]> {
  const scheduled = sqlite() ? Prisma.sql`'SCHEDULED'` : Prisma.sql`CAST('SCHEDULED' AS "PublishStatus")`;
  const [stored, due] = await Promise.all([
    client.sitemapChunk.findMany({ where: { count: { gt: 0 } }, orderBy: { chunk: "asc" } }),
    client.$queryRaw<{ id: number | bigint }[]>`SELECT a."id" AS id FROM "Article" a${indexed("Article_status_publishedAt_idx")}
      WHERE a."status" = ${scheduled} AND a."publishedAt" <= ${now} AND a."withdrawnAt" IS NULL`,
  ]);
  const dueChunks = [...new Set(due.map((r) => chunkOfId(Number(r.id), size)))];
  const byChunk = new Map<number, ChunkSummary>(stored.map((s) => [s.chunk, { chunk: s.chunk, count: s.count, lastmod: s.lastmod ?? new Date(0) }]));
  for (const chunk of dueChunks) byChunk.delete(chunk);
  for (const c of await aggregateChunks(now, size, client, dueChunks)) byChunk.set(c.chunk, c);
  return [...byChunk.values()].filter((c) => c.count > 0).sort((a, b) => a.chunk - b.chunk);
}
