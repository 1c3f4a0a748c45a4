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
export type HitPage = { hits: Hit[]; total: number };

/**
 * Public articles of one edition matching every term, best first: all words
 * in the title (tier 3), in title and standfirst (2), anywhere (1); then newer
 * first. The visibility rule of lib/visibility.ts, in SQL: a public status,
 * published at or before `now`, not withdrawn.
 */
export async function searchPublic(
  db: Client,
  q: { locale: string; terms: QueryTerm[]; now: Date; limit: number; offset: number },
  engine = searchEngine(),
): Promise<HitPage> {
  if (!q.terms.length) return { hits: [], total: 0 };
  assertFolded(q.terms);
  const statuses = Prisma.join(PUBLIC_STATUSES);
  let rows: { id: number; tier: number | bigint; total: number | bigint }[];
  if (engine === "sqlite") {
    const all = ftsQuery(q.terms);
    const title = `{title} : (${all})`;
    const lead = `{title standfirst} : (${all})`;
    // MATERIALIZED and CROSS JOIN keep the FTS5 match a single pass: left to itself, the planner
    // walks Article by its status index and re-runs the full-text match for every row (~100x slower).
    rows = await db.$queryRaw`
      WITH hits AS MATERIALIZED (SELECT rowid AS id FROM "SearchFts" WHERE "SearchFts" MATCH ${all}),
        in_title AS MATERIALIZED (SELECT rowid AS id FROM "SearchFts" WHERE "SearchFts" MATCH ${title}),
        in_lead AS MATERIALIZED (SELECT rowid AS id FROM "SearchFts" WHERE "SearchFts" MATCH ${lead})
      SELECT a."id" AS id,
        CASE WHEN a."id" IN in_title THEN 3 WHEN a."id" IN in_lead THEN 2 ELSE 1 END AS tier,
        COUNT(*) OVER () AS total
      FROM hits CROSS JOIN "Article" a ON a."id" = hits.id
      WHERE a."locale" = ${q.locale} AND a."status" IN (${statuses}) AND a."publishedAt" <= ${q.now} AND a."withdrawnAt" IS NULL
      ORDER BY tier DESC, a."publishedAt" DESC, a."id" DESC
      LIMIT ${q.limit} OFFSET ${q.offset}`;
  } else {
    // The GIN match first, once (as on SQLite), on the stored, weighted tsvector: all words with
    // weight A are in the title, with A or B in title and standfirst.
    rows = await db.$queryRaw`
      WITH query AS MATERIALIZED (
          SELECT to_tsquery('simple'::regconfig, ${tsQuery(q.terms)}) AS q, to_tsquery('simple'::regconfig, ${tsQuery(q.terms, "A")}) AS q_title,
            to_tsquery('simple'::regconfig, ${tsQuery(q.terms, "AB")}) AS q_lead),
        hits AS MATERIALIZED (
          SELECT d."articleId" AS id, CASE WHEN d."searchVector" @@ query.q_title THEN 3 WHEN d."searchVector" @@ query.q_lead THEN 2 ELSE 1 END AS tier
          FROM "SearchDocument" d, query WHERE d."searchVector" @@ query.q)
      SELECT a."id" AS id, hits.tier AS tier, COUNT(*) OVER () AS total
      FROM hits JOIN "Article" a ON a."id" = hits.id
      WHERE a."locale" = ${q.locale} AND a."status"::text IN (${statuses}) AND a."publishedAt" <= ${q.now} AND a."withdrawnAt" IS NULL
      ORDER BY tier DESC, a."publishedAt" DESC, a."id" DESC
      LIMIT ${q.limit} OFFSET ${q.offset}`;
  }
  return { hits: rows.map((r) => ({ id: Number(r.id), tier: Number(r.tier) })), total: rows.length ? Number(rows[0].total) : 0 };
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
