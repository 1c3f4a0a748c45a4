/**
 * Keeps SearchDocument in step with articles. Writers call `indexArticle` in
 * the same transaction as the article change (no database trigger: a
 * table-rebuilding migration would drop it). The index holds every article,
 * whatever its state; what readers may see is decided at query time by the
 * visibility rule, so a withdrawn story leaves the results at once. Its order
 * is not: each row carries the newest-first key of its publication time
 * (./sort-key), so whatever changes `publishedAt` (publish, schedule,
 * unpublish) calls `rekeyArticle` in the same transaction.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { readBody } from "@/lib/blocks";
import { rebuildEngineIndex, rekeySearchDocument, searchEngine, writeSearchDocument, writeSearchDocuments } from "./engine-write";
import { bodyText } from "./text";

type Client = PrismaClient | Prisma.TransactionClient;

/** (Re)indexes one article from its stored row. */
export async function indexArticle(tx: Client, articleId: number): Promise<void> {
  const a = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, locale: true, title: true, standfirst: true, body: true } });
  if (!a) return;
  await writeSearchDocument(tx, { ...a, body: bodyText(readBody(a.body)) });
}

/** Gives an article the sort key of its current publication time (indexing it if it has no search row). */
export async function rekeyArticle(tx: Client, articleId: number): Promise<void> {
  if (!(await rekeySearchDocument(tx, articleId))) await indexArticle(tx, articleId);
}

/** True when some article has no search row or a row has no sort key (a database from before either, or rows added behind the app's back). */
export async function indexIsBehind(db: PrismaClient): Promise<boolean> {
  const [articles, documents, unkeyed] = await Promise.all([
    db.article.count(),
    db.searchDocument.count(),
    db.searchDocument.count({ where: { sortKey: null } }),
  ]);
  return documents < articles || unkeyed > 0;
}

/** Rebuilds the whole index from the articles, in batches; returns how many were indexed. */
export async function reindexAll(db: PrismaClient, batch = 500): Promise<number> {
  const engine = searchEngine();
  let count = 0;
  let after = 0;
  for (;;) {
    const rows = await db.article.findMany({
      where: { id: { gt: after } },
      orderBy: { id: "asc" },
      take: batch,
      select: { id: true, locale: true, title: true, standfirst: true, body: true },
    });
    if (!rows.length) break;
    await db.$transaction((tx) =>
      writeSearchDocuments(
        tx,
        rows.map((a) => ({ ...a, body: bodyText(readBody(a.body)) })),
        engine,
      ),
    );
    count += rows.length;
    after = rows[rows.length - 1].id;
  }
  // Rows of articles that no longer exist (the FTS5 table has no foreign key).
  await db.$transaction((tx) => rebuildEngineIndex(tx, engine), { timeout: 600_000 });
  return count;
}
