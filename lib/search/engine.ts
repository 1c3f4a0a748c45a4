/**
 * The only code that knows how each engine indexes and queries SearchDocument:
 * an FTS5 table on SQLite, a GIN index on a stored, weighted
 * to_tsvector('simple', …) column on PostgreSQL (both hand-written in the
 * search migration). Both see only the
 * folded words from ./normalize, so they match the same way. Queries are
 * parameterised; the engine query string is built from folded words, which
 * are letters and digits only, so nothing a reader types is syntax.
 */
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { databaseUrl, engineOf, type Engine } from "@/lib/database-url";
import { PUBLIC_STATUSES } from "@/lib/visibility";
import { documentTokens, type QueryTerm } from "./normalize";

type Client = PrismaClient | Prisma.TransactionClient;

export function searchEngine(): Engine {
  return engineOf(databaseUrl());
}

export type IndexedArticle = { id: number; locale: string; title: string; standfirst: string; body: string[] };

/** Writes one article's search row (and, on SQLite, its FTS5 row). Call inside the article's transaction. */
export async function writeSearchDocument(tx: Client, a: IndexedArticle, engine = searchEngine()): Promise<void> {
  const doc = { locale: a.locale, title: documentTokens(a.title), standfirst: documentTokens(a.standfirst), body: documentTokens(a.body.join("\n")) };
  await tx.searchDocument.upsert({ where: { articleId: a.id }, create: { articleId: a.id, ...doc }, update: doc });
  if (engine === "sqlite") {
    await tx.$executeRaw`DELETE FROM "SearchFts" WHERE rowid = ${a.id}`;
    await tx.$executeRaw`INSERT INTO "SearchFts" (rowid, title, standfirst, body) VALUES (${a.id}, ${doc.title}, ${doc.standfirst}, ${doc.body})`;
  }
}

/** Writes many articles' search rows at once (bulk loads and reindexing); inside one transaction. */
export async function writeSearchDocuments(tx: Client, articles: IndexedArticle[], engine = searchEngine()): Promise<void> {
  if (!articles.length) return;
  const ids = articles.map((a) => a.id);
  await tx.searchDocument.deleteMany({ where: { articleId: { in: ids } } });
  // One multi-row INSERT: Prisma's createMany spends seconds per thousand long rows.
  const rows = articles.map(
    (a) => Prisma.sql`(${a.id}, ${a.locale}, ${documentTokens(a.title)}, ${documentTokens(a.standfirst)}, ${documentTokens(a.body.join("\n"))})`,
  );
  await tx.$executeRaw`INSERT INTO "SearchDocument" ("articleId", "locale", "title", "standfirst", "body") VALUES ${Prisma.join(rows)}`;
  if (engine === "sqlite") {
    await tx.$executeRaw`DELETE FROM "SearchFts" WHERE rowid IN (${Prisma.join(ids)})`;
    await tx.$executeRaw`INSERT INTO "SearchFts" (rowid, title, standfirst, body) SELECT "articleId", "title", "standfirst", "body" FROM "SearchDocument" WHERE "articleId" IN (${Prisma.join(ids)})`;
  }
}

/** Rebuilds the engine index from SearchDocument (SQLite: the FTS5 table; PostgreSQL's indexes follow the table). */
export async function rebuildEngineIndex(tx: Client, engine = searchEngine()): Promise<void> {
  if (engine !== "sqlite") return;
  await tx.$executeRaw`DELETE FROM "SearchFts"`;
  await tx.$executeRaw`INSERT INTO "SearchFts" (rowid, title, standfirst, body) SELECT "articleId", "title", "standfirst", "body" FROM "SearchDocument"`;
}

function ftsQuery(terms: QueryTerm[]): string {
  return terms.map((t) => `(${t.forms.map((f) => `"${f.text}"${f.prefix ? "*" : ""}`).join(" OR ")})`).join(" AND ");
}

/** A tsquery; `weights` restricts every form to lexemes of those weights (A title, B standfirst). */
function tsQuery(terms: QueryTerm[], weights = ""): string {
  return terms.map((t) => `(${t.forms.map((f) => `'${f.text}'${f.prefix || weights ? ":" : ""}${f.prefix ? "*" : ""}${weights}`).join(" | ")})`).join(" & ");
}

const SAFE = /^[\p{L}\p{N}]+$/u;
function assertFolded(terms: QueryTerm[]) {
  for (const t of terms) for (const f of t.forms) if (!SAFE.test(f.text)) throw new Error("search: unfolded query term");
}

export type Hit = { id: number; tier: number };
/** `total` counts at most `countCap` + 1 matches: more than `countCap` means "more than countCap". */
export type HitPage = { hits: Hit[]; total: number };

type Tier = { tier: number; sqlite: string; postgres: Prisma.Sql };

/**
 * Public articles of one edition matching every term, best first: all words
 * in the title (tier 3), in title and standfirst (2), anywhere (1); then newer
 * first. The visibility rule of lib/visibility.ts, in SQL: a public status,
 * published at or before `now`, not withdrawn. Bounded: each tier is asked
 * only for the rows the page still needs (a top-N sort, not a sort of every
 * match), and the count stops at `countCap` + 1.
 */
export async function searchPublic(
  db: Client,
  q: { locale: string; terms: QueryTerm[]; now: Date; limit: number; offset: number; countCap: number },
  engine = searchEngine(),
): Promise<HitPage> {
  if (!q.terms.length) return { hits: [], total: 0 };
  assertFolded(q.terms);
  const statuses = Prisma.join(PUBLIC_STATUSES);
  const visible =
    engine === "sqlite"
      ? Prisma.sql`a."locale" = ${q.locale} AND a."status" IN (${statuses}) AND a."publishedAt" <= ${q.now} AND a."withdrawnAt" IS NULL`
      : Prisma.sql`a."locale" = ${q.locale} AND a."status"::text IN (${statuses}) AND a."publishedAt" <= ${q.now} AND a."withdrawnAt" IS NULL`;
  const all = ftsQuery(q.terms);
  const title = `{title} : (${all})`;
  const lead = `{title standfirst} : (${all})`;
  const pg = { all: tsQuery(q.terms), title: tsQuery(q.terms, "A"), lead: tsQuery(q.terms, "AB") };
  const v = Prisma.sql`d."searchVector"`;
  const ts = (text: string) => Prisma.sql`to_tsquery('simple'::regconfig, ${text})`;
  const tiers: Tier[] = [
    { tier: 3, sqlite: title, postgres: Prisma.sql`${v} @@ ${ts(pg.title)}` },
    { tier: 2, sqlite: `(${lead}) NOT (${title})`, postgres: Prisma.sql`${v} @@ ${ts(pg.lead)} AND NOT ${v} @@ ${ts(pg.title)}` },
    { tier: 1, sqlite: `(${all}) NOT (${lead})`, postgres: Prisma.sql`${v} @@ ${ts(pg.all)} AND NOT ${v} @@ ${ts(pg.lead)}` },
  ];

  // One tier's first `n` visible matches, newest first. SQLite: the FTS5 match once (MATERIALIZED,
  // CROSS JOIN: left to itself the planner walks Article and re-runs the match per row), each
  // candidate checked on the covering index (the Article row holds the body: overflow pages).
  const tierRows = async (t: Tier, n: number): Promise<number[]> => {
    const rows: { id: number | bigint }[] =
      engine === "sqlite"
        ? await db.$queryRaw`
          WITH hits AS MATERIALIZED (SELECT rowid AS id FROM "SearchFts" WHERE "SearchFts" MATCH ${t.sqlite})
          SELECT a."id" AS id FROM hits CROSS JOIN "Article" a INDEXED BY "Article_search_visibility_idx" ON a."id" = hits.id
          WHERE ${visible} ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${n}`
        : await db.$queryRaw`
          SELECT a."id" AS id FROM "SearchDocument" d JOIN "Article" a ON a."id" = d."articleId"
          WHERE ${t.postgres} AND ${visible} ORDER BY a."publishedAt" DESC, a."id" DESC LIMIT ${n}`;
    return rows.map((r) => Number(r.id));
  };

  const need = q.offset + q.limit;
  const ranked: Hit[] = [];
  for (const t of tiers) {
    if (ranked.length >= need) break;
    for (const id of await tierRows(t, need - ranked.length)) ranked.push({ id, tier: t.tier });
  }
  const cap = q.countCap + 1;
  const counted: { total: number | bigint }[] =
    engine === "sqlite"
      ? await db.$queryRaw`
        SELECT COUNT(*) AS total FROM (SELECT 1 FROM "SearchFts" f CROSS JOIN "Article" a INDEXED BY "Article_search_visibility_idx" ON a."id" = f.rowid
          WHERE f."SearchFts" MATCH ${all} AND ${visible} LIMIT ${cap})`
      : await db.$queryRaw`
        SELECT COUNT(*) AS total FROM (SELECT 1 FROM "SearchDocument" d JOIN "Article" a ON a."id" = d."articleId"
          WHERE ${v} @@ ${ts(pg.all)} AND ${visible} LIMIT ${cap}) s`;
  return { hits: ranked.slice(q.offset, need), total: Number(counted[0]?.total ?? 0) };
}

/** Any article (every state, both editions) whose title matches every term, newest change first: the desk's search. */
export async function searchTitles(db: Client, terms: QueryTerm[], limit: number, engine = searchEngine()): Promise<number[]> {
  if (!terms.length) return [];
  assertFolded(terms);
  let rows: { id: number }[];
  if (engine === "sqlite") {
    const title = `{title} : (${ftsQuery(terms)})`;
    rows = await db.$queryRaw`
      WITH hits AS MATERIALIZED (SELECT rowid AS id FROM "SearchFts" WHERE "SearchFts" MATCH ${title})
      SELECT a."id" AS id FROM hits CROSS JOIN "Article" a ON a."id" = hits.id
      ORDER BY a."updatedAt" DESC, a."id" DESC LIMIT ${limit}`;
  } else {
    rows = await db.$queryRaw`
      SELECT a."id" AS id FROM "Article" a
      JOIN "SearchDocument" d ON d."articleId" = a."id"
      WHERE d."searchVector" @@ to_tsquery('simple'::regconfig, ${tsQuery(terms, "A")})
      ORDER BY a."updatedAt" DESC, a."id" DESC LIMIT ${limit}`;
  }
  return rows.map((r) => Number(r.id));
}
