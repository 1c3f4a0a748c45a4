/**
 * The only code (with ./engine-pg and ./engine-write) that knows how each
 * engine indexes and queries SearchDocument: an FTS5 table on SQLite whose
 * rowid is the newest-first key of ./sort-key, GIN indexes on PostgreSQL (all
 * hand-written in the search migrations). Both see only the folded words from
 * ./normalize, so they match the same way. Queries are parameterised; the
 * engine query string is built from folded words, which are letters and digits
 * only, so nothing a reader types is syntax.
 */
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { PUBLIC_STATUSES } from "@/lib/visibility";
import { searchPublicPg, searchTitlesPg } from "./engine-pg";
import { searchEngine } from "./engine-write";
import { rankTiers, type HitPage, type PublicQuery } from "./tiers";
import type { QueryTerm } from "./normalize";
import { ID_SPAN, keyCeiling } from "./sort-key";

type Client = PrismaClient | Prisma.TransactionClient;

export { searchEngine, writeSearchDocument, writeSearchDocuments, type IndexedArticle } from "./engine-write";

/** SQLite: the article id of an FTS5 row, whose rowid is the sort key (./sort-key). */
const idOfRowid = Prisma.sql`(f.rowid % ${ID_SPAN})`;

function ftsQuery(terms: QueryTerm[]): string {
  return terms.map((t) => `(${t.forms.map((f) => `"${f.text}"${f.prefix ? "*" : ""}`).join(" OR ")})`).join(" AND ");
}

const SAFE = /^[\p{L}\p{N}]+$/u;
function assertFolded(terms: QueryTerm[]) {
  for (const t of terms) for (const f of t.forms) if (!SAFE.test(f.text)) throw new Error("search: unfolded query term");
}

export type { Hit, HitPage, PublicQuery } from "./tiers";

/**
 * Public articles of one edition matching every term, best first: all words
 * in the title (tier 3), in title and standfirst (2), anywhere (1); then newer
 * first (the sort key of ./sort-key: publication second, then id). The
 * visibility rule of lib/visibility.ts, in SQL: a public status, published at
 * or before `now`, not withdrawn. Bounded: each tier is asked only for the rows
 * the page still needs, and the count stops at `countCap` + 1.
 */
export async function searchPublic(db: PrismaClient, q: PublicQuery, engine = searchEngine()): Promise<HitPage> {
  if (!q.terms.length) return { hits: [], total: 0 };
  assertFolded(q.terms);
  if (engine === "postgresql") return searchPublicPg(db, q);
  const visible = Prisma.sql`a."locale" = ${q.locale} AND a."status" IN (${Prisma.join(PUBLIC_STATUSES)}) AND a."publishedAt" <= ${q.now} AND a."withdrawnAt" IS NULL`;
  const all = ftsQuery(q.terms);
  const title = `{title} : (${all})`;
  const lead = `{title standfirst} : (${all})`;
  const match: Record<number, string> = { 3: title, 2: `(${lead}) NOT (${title})`, 1: `(${all}) NOT (${lead})` };
  // FTS5 hands out matches in descending rowid, which is the sort key, so a tier's walk stops
  // after its n-th visible match (CROSS JOIN keeps the FTS5 table the outer loop); rows published
  // after `now` are skipped by the rowid bound without a look at Article; each candidate is
  // checked on the covering index (the Article row holds the body: overflow pages).
  const ceiling = keyCeiling(q.now);
  const need = q.offset + q.limit;
  const ranked = await rankTiers(need, [3, 2, 1], async (tier, n) => {
    const rows: { id: number | bigint }[] = await db.$queryRaw`
      SELECT ${idOfRowid} AS id FROM "SearchFts" f CROSS JOIN "Article" a INDEXED BY "Article_search_visibility_idx" ON a."id" = ${idOfRowid}
      WHERE f."SearchFts" MATCH ${match[tier]} AND f.rowid < ${ceiling} AND ${visible} ORDER BY f.rowid DESC LIMIT ${n}`;
    return rows.map((r) => Number(r.id));
  });
  const counted: { total: number | bigint }[] = await db.$queryRaw`
    SELECT COUNT(*) AS total FROM (SELECT 1 FROM "SearchFts" f CROSS JOIN "Article" a INDEXED BY "Article_search_visibility_idx" ON a."id" = ${idOfRowid}
      WHERE f."SearchFts" MATCH ${all} AND f.rowid < ${ceiling} AND ${visible} ORDER BY f.rowid DESC LIMIT ${q.countCap + 1})`;
  return { hits: ranked.slice(q.offset, need), total: Number(counted[0]?.total ?? 0) };
}

/** Any article (every state, both editions) whose title matches every term, newest change first: the desk's search. */
export async function searchTitles(db: Client, terms: QueryTerm[], limit: number, engine = searchEngine()): Promise<number[]> {
  if (!terms.length) return [];
  assertFolded(terms);
  if (engine === "postgresql") return searchTitlesPg(db, terms, limit);
  const title = `{title} : (${ftsQuery(terms)})`;
  const rows: { id: number | bigint }[] = await db.$queryRaw`
    WITH hits AS MATERIALIZED (SELECT ${idOfRowid} AS id FROM "SearchFts" f WHERE f."SearchFts" MATCH ${title})
    SELECT a."id" AS id FROM hits CROSS JOIN "Article" a ON a."id" = hits.id
    ORDER BY a."updatedAt" DESC, a."id" DESC LIMIT ${limit}`;
  return rows.map((r) => Number(r.id));
}
