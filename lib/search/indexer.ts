/**
 * Keeps SearchDocument in step with articles. Writers call `indexArticle` in
 * the same transaction as the article change (no database trigger: a
 * table-rebuilding migration would drop it). The index holds every article,
 * whatever its state; what readers may see is decided at query time by the
 * visibility rule, so publishing, scheduling and withdrawing need no index
 * write and a withdrawn story leaves the results at once.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { readBody } from "@/lib/blocks";
import { rebuildEngineIndex, searchEngine, writeSearchDocument, writeSearchDocuments } from "./engine";
import { bodyText } from "./text";

type Client = PrismaClient | Prisma.TransactionClient;

/** (Re)indexes one article from its stored row. */
export async function indexArticle(tx: Client, articleId: number): Promise<void> {
  const a = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, locale: true, title: true, standfirst: true, body: true } });
  if (!a) return;
  await writeSearchDocument(tx, { ...a, body: bodyText(readBody(a.body)) });
}

/** True when some article has no search row (a database from before the index, or rows added behind the app's back). */
export async function indexIsBehind(db: PrismaClient): Promise<boolean> {
  const [articles, documents] = await Promise.all([db.article.count(), db.searchDocument.count()]);
  return documents < articles;
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
