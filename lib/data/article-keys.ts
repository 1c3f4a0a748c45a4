import "server-only";
import { db as defaultDb } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { countList, link, type ListScope } from "./list-counts";
import { indexed, joinInOrder, visible } from "./sql";
import { ARTICLE_IDS_PER_SITEMAP, chunkIdRange, listPath } from "./list-plan";
import { laterOf } from "./select";
import type { SitemapArticle } from "./sitemaps";
import type { Locale } from "./views";

/**
 * The ids behind every public article list and sitemap chunk, read from indexes
 * (see the list_indexes migration) so that a query reads about as many rows as it
 * shows, whatever the number of articles. Only ids and aggregates come back: the
 * callers hydrate the few rows they show through Prisma. The visibility rule is
 * lib/visibility.ts's, in SQL. Uncached (the callers cache), and the clock is a
 * parameter so tests can move it.
 */
type Client = PrismaClient | Prisma.TransactionClient;

export { joinInOrder, visible };
export { countList, type ListScope };

const ids = (rows: { id: number | bigint }[]) => rows.map((r) => Number(r.id));
const newestFirst = Prisma.sql`ORDER BY a."publishedAt" DESC, a."id" DESC`;

/**
 * Ids of one page of a list, newest first (publication time, then id). Edition and
 * section: a walk down their index that stops once the page is full (OFFSET steps over
 * index entries, not rows). Author and tag: see listPath; `total` is the list's count.
 */
export async function listPageIds(
  locale: string,
  scope: ListScope,
  now: Date,
  window: { offset: number; limit: number },
  total: number,
  client: Client = defaultDb,
): Promise<number[]> {
  const { offset, limit } = window;
  const page = Prisma.sql`${newestFirst} LIMIT ${limit} OFFSET ${offset}`;
  if (scope.kind === "edition")
    return ids(
      await client.$queryRaw`SELECT a."id" AS id FROM "Article" a${indexed("Article_latest_idx")} WHERE a."locale" = ${locale} AND ${visible(now)} ${page}`,
    );
  if (scope.kind === "section")
    return ids(
      await client.$queryRaw`SELECT a."id" AS id FROM "Article" a${indexed("Article_section_list_idx")}
        WHERE a."locale" = ${locale} AND a."sectionId" = ${scope.id} AND ${visible(now)} ${page}`,
    );
  const { table, column } = link(scope);
  if (listPath(total, offset) === "links")
    return ids(
      await client.$queryRaw`SELECT a."id" AS id FROM ${table} x ${joinInOrder()} "Article" a ON a."id" = x."articleId"
        WHERE x.${column} = ${scope.id} AND a."locale" = ${locale} AND ${visible(now)} ${page}`,
    );
  return ids(
    await client.$queryRaw`SELECT a."id" AS id FROM "Article" a${indexed("Article_latest_idx")}
      WHERE a."locale" = ${locale} AND ${visible(now)} AND EXISTS (SELECT 1 FROM ${table} x WHERE x."articleId" = a."id" AND x.${column} = ${scope.id}) ${page}`,
  );
}

/** How far the newest-first walk looks for a list's newest article before asking the list's own links. */
const NEWEST_WALK = 2_000;

/** The id of the newest public article of a list, or null when it has none. */
export async function newestInList(locale: string, scope: ListScope, now: Date, client: Client = defaultDb): Promise<number | null> {
  if (scope.kind === "edition" || scope.kind === "section") return (await listPageIds(locale, scope, now, { offset: 0, limit: 1 }, 0, client))[0] ?? null;
  const { table, column } = link(scope);
  const recent = ids(
    await client.$queryRaw`SELECT r."id" AS id FROM (SELECT a."id" AS id, a."publishedAt" AS "publishedAt" FROM "Article" a${indexed("Article_latest_idx")}
      WHERE a."locale" = ${locale} AND ${visible(now)} ${newestFirst} LIMIT ${NEWEST_WALK}) r
      WHERE EXISTS (SELECT 1 FROM ${table} x WHERE x."articleId" = r."id" AND x.${column} = ${scope.id})
      ORDER BY r."publishedAt" DESC, r."id" DESC LIMIT 1`,
  );
  if (recent.length) return recent[0];
  // Nothing among the edition's newest: the list is small or old, so its own links are few.
  return (await listPageIds(locale, scope, now, { offset: 0, limit: 1 }, 0, client))[0] ?? null;
}

type ChunkRow = {
  id: number | bigint;
  locale: string;
  slug: string;
  updatedAt: string | Date;
  publishedAt: string | Date;
  translationId: number | bigint | null;
};

/**
 * The public articles of sitemap chunk `chunk` (an id range), in id order, with their public
 * translation: entries from the covering sitemap index (the article row holds the body, so
 * reading it means overflow pages), partners in one more query.
 */
export async function readSitemapChunk(chunk: number, now: Date, size = ARTICLE_IDS_PER_SITEMAP, client: Client = defaultDb): Promise<SitemapArticle[]> {
  const { after, upTo } = chunkIdRange(chunk, size);
  const fields = Prisma.sql`a."id" AS id, a."locale" AS locale, a."slug" AS slug, a."updatedAt" AS "updatedAt", a."publishedAt" AS "publishedAt", a."translationId" AS "translationId"`;
  const rows: ChunkRow[] = await client.$queryRaw`SELECT ${fields} FROM "Article" a${indexed("Article_sitemap_idx")}
    WHERE a."id" > ${after} AND a."id" <= ${upTo} AND ${visible(now)} ORDER BY a."id"`;
  if (rows.length === 0) return [];
  const ids = rows.map((r) => Number(r.id));
  const linked = rows.flatMap((r) => (r.translationId === null ? [] : [Number(r.translationId)]));
  // A translation is linked either way round: this row names it, or it names this row (each by its own index:
  // left to itself SQLite's planner walks the status index and reads every public row).
  const named: ChunkRow[] = linked.length
    ? await client.$queryRaw`SELECT ${fields} FROM "Article" a WHERE a."id" IN (${Prisma.join(linked)}) AND ${visible(now)}`
    : [];
  const naming: ChunkRow[] = await client.$queryRaw`SELECT ${fields} FROM "Article" a${indexed("Article_translationId_key")}
    WHERE a."translationId" IN (${Prisma.join(ids)}) AND ${visible(now)}`;
  const partners = [...named, ...naming];
  const byId = new Map(partners.map((p) => [Number(p.id), p]));
  const byTarget = new Map(partners.filter((p) => p.translationId !== null).map((p) => [Number(p.translationId), p]));
  return rows.map((r) => {
    const other = [r.translationId === null ? undefined : byId.get(Number(r.translationId)), byTarget.get(Number(r.id))].find(
      (t) => t && t.locale !== r.locale,
    );
    return {
      locale: r.locale as Locale,
      slug: r.slug,
      lastmod: laterOf(new Date(r.updatedAt), new Date(r.publishedAt)).toISOString(),
      translation: other ? { locale: other.locale as Locale, slug: other.slug } : null,
    };
  });
}
