import { db as defaultDb } from "@/lib/db";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { indexed, joinInOrder, sqlite, visible } from "./sql";

/**
 * How many public articles a list holds, per edition. Counted live, a section's list
 * steps over one covering-index entry per article (13,771 for the biggest at 100,000
 * articles, ~7 ms) and an author's or tag's checks every link on the visibility index
 * (11,850 for the busiest author, 30-40 ms): both grow with the archive. So their
 * counts are stored (table ListCount) and recomputed by the writers
 * (lib/content/summaries.ts), in the transaction that changes an article's visibility,
 * section or links, for the lists it was and is on. As with the
 * sitemap summaries, time alone makes a scheduled article public before the
 * scheduler flips it: the reader adds those (a handful on the status index).
 * No "server-only": the writers' refresh (run by the seed and db:fake too) uses it.
 */
type Client = PrismaClient | Prisma.TransactionClient;
export type ListScope = { kind: "edition" } | { kind: "section"; id: number } | { kind: "author"; id: number } | { kind: "tag"; id: number };
/** The lists whose counts are stored. */
export type StoredScope = { kind: "section" | "author" | "tag"; id: number };

export const link = (scope: { kind: "author" | "tag" }) =>
  scope.kind === "author"
    ? { table: Prisma.raw(`"ArticleAuthor"`), column: Prisma.raw(`"authorId"`) }
    : { table: Prisma.raw(`"ArticleTag"`), column: Prisma.raw(`"tagId"`) };

const scheduled = () => (sqlite() ? Prisma.sql`'SCHEDULED'` : Prisma.sql`CAST('SCHEDULED' AS "PublishStatus")`);

/** The live count of a list's public articles in one edition (covering-index counts; no article row is read). */
export async function countList(locale: string, scope: ListScope, now: Date, client: Client = defaultDb): Promise<number> {
  let rows: { n: number | bigint }[];
  if (scope.kind === "edition")
    rows = await client.$queryRaw`SELECT COUNT(*) AS n FROM "Article" a${indexed("Article_latest_idx")} WHERE a."locale" = ${locale} AND ${visible(now)}`;
  else if (scope.kind === "section")
    rows = await client.$queryRaw`SELECT COUNT(*) AS n FROM "Article" a${indexed("Article_section_list_idx")}
      WHERE a."locale" = ${locale} AND a."sectionId" = ${scope.id} AND ${visible(now)}`;
  else {
    const { table, column } = link(scope);
    rows = await client.$queryRaw`SELECT COUNT(*) AS n FROM ${table} x ${joinInOrder()} "Article" a ON a."id" = x."articleId"
      WHERE x.${column} = ${scope.id} AND a."locale" = ${locale} AND ${visible(now)}`;
  }
  return Number(rows[0]?.n ?? 0);
}

/**
 * A list's count as of `now`: an edition's live; a section's, author's or tag's from the stored count plus
 * the list's scheduled articles that fell due since it was computed (live when nothing is stored yet).
 */
export async function listCount(locale: string, scope: ListScope, now: Date, client: Client = defaultDb): Promise<number> {
  if (scope.kind === "edition") return countList(locale, scope, now, client);
  const stored = await client.listCount.findUnique({ where: { kind_refId_locale: { kind: scope.kind, refId: scope.id, locale } } });
  if (!stored) return countList(locale, scope, now, client);
  if (stored.computedAt >= now) return stored.count;
  const member =
    scope.kind === "section"
      ? Prisma.sql`a."sectionId" = ${scope.id}`
      : Prisma.sql`EXISTS (SELECT 1 FROM ${link(scope).table} x WHERE x."articleId" = a."id" AND x.${link(scope).column} = ${scope.id})`;
  const due: { n: number | bigint }[] = await client.$queryRaw`SELECT COUNT(*) AS n FROM "Article" a${indexed("Article_status_publishedAt_idx")}
    WHERE a."status" = ${scheduled()} AND a."publishedAt" > ${stored.computedAt} AND a."publishedAt" <= ${now} AND a."withdrawnAt" IS NULL
      AND a."locale" = ${locale} AND ${member}`;
  return stored.count + Number(due[0]?.n ?? 0);
}

/** The section, author and tag lists an article is on now (none when it does not exist). */
export async function listsOf(tx: Client, articleId: number): Promise<StoredScope[]> {
  const [article, authors, tags] = await Promise.all([
    tx.article.findUnique({ where: { id: articleId }, select: { sectionId: true } }),
    tx.articleAuthor.findMany({ where: { articleId }, select: { authorId: true } }),
    tx.articleTag.findMany({ where: { articleId }, select: { tagId: true } }),
  ]);
  return [
    ...(article ? [{ kind: "section" as const, id: article.sectionId }] : []),
    ...authors.map((a) => ({ kind: "author" as const, id: a.authorId })),
    ...tags.map((t) => ({ kind: "tag" as const, id: t.tagId })),
  ];
}
