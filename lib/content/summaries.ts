import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { db as defaultDb } from "@/lib/db";
import { locales } from "@/i18n/config";
import { aggregateChunks } from "@/lib/data/chunk-summaries";
import { ARTICLE_IDS_PER_SITEMAP, chunkOfId } from "@/lib/data/list-plan";
import { countList, link, type StoredScope } from "@/lib/data/list-counts";
import { visible } from "@/lib/data/sql";

/**
 * The stored summaries the readers use instead of aggregating the archive: the
 * sitemap index's per-chunk counts (lib/data/chunk-summaries.ts) and the section,
 * author and tag lists' counts (lib/data/list-counts.ts). Every writer that changes an article's
 * visibility, dates, links or existence recomputes what it touched, in its own
 * transaction. No "server-only": the seed and db:fake call these too.
 */
type Client = PrismaClient | Prisma.TransactionClient;

/**
 * Recomputes the stored summaries of the chunks that hold `articleIds`, as of `now`, inside the
 * caller's transaction. Each chunk's row is locked first (an upsert), so two writers of one chunk
 * take turns and the later one counts what the earlier committed.
 */
export async function refreshSitemapChunks(tx: Client, articleIds: number[], now = new Date(), size = ARTICLE_IDS_PER_SITEMAP): Promise<void> {
  const chunks = [...new Set(articleIds.map((id) => chunkOfId(id, size)))].sort((a, b) => a - b);
  if (chunks.length === 0) return;
  for (const chunk of chunks)
    await tx.$executeRaw`INSERT INTO "SitemapChunk" ("chunk", "count", "lastmod", "computedAt") VALUES (${chunk}, 0, NULL, ${now})
      ON CONFLICT ("chunk") DO UPDATE SET "computedAt" = excluded."computedAt"`;
  const fresh = new Map((await aggregateChunks(now, size, tx, chunks)).map((c) => [c.chunk, c]));
  for (const chunk of chunks) {
    const c = fresh.get(chunk);
    await tx.sitemapChunk.update({ where: { chunk }, data: { count: c?.count ?? 0, lastmod: c?.lastmod ?? null, computedAt: now } });
  }
}

/**
 * Recomputes the stored counts of `scopes` in both editions as of `now`, in the caller's transaction
 * (each row locked first by an upsert, so two writers of one list take turns).
 */
export async function refreshListCounts(tx: Client, scopes: StoredScope[], now = new Date()): Promise<void> {
  const unique = [...new Map(scopes.map((s) => [`${s.kind}:${s.id}`, s])).values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.id - b.id);
  for (const scope of unique)
    for (const locale of locales) {
      await tx.$executeRaw`INSERT INTO "ListCount" ("kind", "refId", "locale", "count", "computedAt") VALUES (${scope.kind}, ${scope.id}, ${locale}, 0, ${now})
        ON CONFLICT ("kind", "refId", "locale") DO UPDATE SET "computedAt" = excluded."computedAt"`;
      const count = await countList(locale, scope, now, tx);
      await tx.listCount.update({ where: { kind_refId_locale: { kind: scope.kind, refId: scope.id, locale } }, data: { count, computedAt: now } });
    }
}

/** Every section's, author's and tag's counts at once, from grouped reads (after a bulk load: seed, db:fake). */
export async function rebuildListCounts(client: Client = defaultDb, now = new Date()): Promise<void> {
  await client.listCount.deleteMany();
  await client.$executeRaw`INSERT INTO "ListCount" ("kind", "refId", "locale", "count", "computedAt")
    SELECT 'section', a."sectionId", a."locale", COUNT(*), ${now} FROM "Article" a WHERE ${visible(now)} GROUP BY a."sectionId", a."locale"`;
  for (const kind of ["author", "tag"] as const) {
    const { table, column } = link({ kind });
    await client.$executeRaw`INSERT INTO "ListCount" ("kind", "refId", "locale", "count", "computedAt")
      SELECT ${kind}, x.${column}, a."locale", COUNT(*), ${now} FROM ${table} x JOIN "Article" a ON a."id" = x."articleId"
      WHERE ${visible(now)} GROUP BY x.${column}, a."locale"`;
  }
}
