/**
 * Writing the search index: SearchDocument (the folded words and the
 * newest-first key of ./sort-key) and, on SQLite, its FTS5 table, whose rowid
 * is that key. Called inside the article's transaction (lib/search/indexer.ts,
 * the seed, `db:fake`). A row's FTS5 entry can only be deleted by its rowid, so
 * every change of key goes through here, old key read before it is replaced.
 */
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, engineOf, type Engine } from "@/lib/database-url";
import { documentTokens } from "./normalize";
import { sortKeyOf } from "./sort-key";

type Client = PrismaClient | Prisma.TransactionClient;

export function searchEngine(): Engine {
  return engineOf(databaseUrl());
}

export type IndexedArticle = { id: number; locale: string; title: string; standfirst: string; body: string[] };

/** Each article's key from its stored publication time (the writers hand in words, not times). */
async function keysOf(tx: Client, ids: number[]): Promise<Map<number, bigint>> {
  const rows = await tx.article.findMany({ where: { id: { in: ids } }, select: { id: true, publishedAt: true } });
  const keys = new Map(rows.map((r) => [r.id, sortKeyOf(r.publishedAt, r.id)]));
  for (const id of ids) if (!keys.has(id)) keys.set(id, sortKeyOf(null, id));
  return keys;
}

/** The FTS5 rowid a stored row was written under (rows from before the key used the article id). */
const rowidOf = (d: { articleId: number; sortKey: bigint | null }) => d.sortKey ?? BigInt(d.articleId);

/** Writes one article's search row (and, on SQLite, its FTS5 row). Call inside the article's transaction. */
export async function writeSearchDocument(tx: Client, a: IndexedArticle, engine = searchEngine()): Promise<void> {
  const doc = { locale: a.locale, title: documentTokens(a.title), standfirst: documentTokens(a.standfirst), body: documentTokens(a.body.join("\n")) };
  const old = await tx.searchDocument.findUnique({ where: { articleId: a.id }, select: { articleId: true, sortKey: true } });
  const sortKey = (await keysOf(tx, [a.id])).get(a.id)!;
  await tx.searchDocument.upsert({ where: { articleId: a.id }, create: { articleId: a.id, ...doc, sortKey }, update: { ...doc, sortKey } });
  if (engine === "sqlite") {
    await tx.$executeRaw`DELETE FROM "SearchFts" WHERE rowid IN (${old ? rowidOf(old) : BigInt(a.id)}, ${sortKey})`;
    await tx.$executeRaw`INSERT INTO "SearchFts" (rowid, title, standfirst, body) VALUES (${sortKey}, ${doc.title}, ${doc.standfirst}, ${doc.body})`;
  }
}

/** Writes many articles' search rows at once (bulk loads and reindexing); inside one transaction. */
export async function writeSearchDocuments(tx: Client, articles: IndexedArticle[], engine = searchEngine()): Promise<void> {
  if (!articles.length) return;
  const ids = articles.map((a) => a.id);
  const keys = await keysOf(tx, ids);
  if (engine === "sqlite") {
    const old = await tx.searchDocument.findMany({ where: { articleId: { in: ids } }, select: { articleId: true, sortKey: true } });
    const rowids = [...old.map(rowidOf), ...keys.values()];
    await tx.$executeRaw`DELETE FROM "SearchFts" WHERE rowid IN (${Prisma.join(rowids)})`;
  }
  await tx.searchDocument.deleteMany({ where: { articleId: { in: ids } } });
  // One multi-row INSERT: Prisma's createMany spends seconds per thousand long rows.
  const rows = articles.map(
    (a) =>
      Prisma.sql`(${a.id}, ${a.locale}, ${documentTokens(a.title)}, ${documentTokens(a.standfirst)}, ${documentTokens(a.body.join("\n"))}, ${keys.get(a.id)!})`,
  );
  await tx.$executeRaw`INSERT INTO "SearchDocument" ("articleId", "locale", "title", "standfirst", "body", "sortKey") VALUES ${Prisma.join(rows)}`;
  if (engine === "sqlite") {
    await tx.$executeRaw`INSERT INTO "SearchFts" (rowid, title, standfirst, body) SELECT "sortKey", "title", "standfirst", "body" FROM "SearchDocument" WHERE "articleId" IN (${Prisma.join(ids)})`;
  }
}

/**
 * Moves one indexed article to the key of its current publication time, if that changed
 * (publish, schedule, unpublish). False when it has no search row yet.
 */
export async function rekeySearchDocument(tx: Client, articleId: number, engine = searchEngine()): Promise<boolean> {
  const d = await tx.searchDocument.findUnique({ where: { articleId }, select: { articleId: true, sortKey: true, title: true, standfirst: true, body: true } });
  if (!d) return false;
  const sortKey = (await keysOf(tx, [articleId])).get(articleId)!;
  if (d.sortKey === sortKey) return true;
  await tx.searchDocument.update({ where: { articleId }, data: { sortKey } });
  if (engine === "sqlite") {
    await tx.$executeRaw`DELETE FROM "SearchFts" WHERE rowid IN (${rowidOf(d)}, ${sortKey})`;
    await tx.$executeRaw`INSERT INTO "SearchFts" (rowid, title, standfirst, body) VALUES (${sortKey}, ${d.title}, ${d.standfirst}, ${d.body})`;
  }
  return true;
}

/** Rebuilds the engine index from SearchDocument (SQLite: the FTS5 table; PostgreSQL's indexes follow the table). */
export async function rebuildEngineIndex(tx: Client, engine = searchEngine()): Promise<void> {
  if (engine !== "sqlite") return;
  // 'delete-all' empties a contentless table outright (a DELETE would only write tombstones beside
  // the old entries); 'optimize' then merges the fresh index into one segment.
  await tx.$executeRaw`INSERT INTO "SearchFts" ("SearchFts") VALUES ('delete-all')`;
  await tx.$executeRaw`INSERT INTO "SearchFts" (rowid, title, standfirst, body) SELECT COALESCE("sortKey", "articleId"), "title", "standfirst", "body" FROM "SearchDocument"`;
  await tx.$executeRaw`INSERT INTO "SearchFts" ("SearchFts") VALUES ('optimize')`;
}
