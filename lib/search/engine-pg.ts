/**
 * Search on PostgreSQL: the same tiers, order and count as SQLite's
 * (lib/search/engine.ts), over SearchDocument's GIN indexes: the whole
 * document ("searchVector", hand-written in the search migration), the title
 * and title with standfirst (expression indexes of the search_sort_key
 * migration), and the newest-first "sortKey" (./sort-key).
 *
 * What EXPLAIN (ANALYZE, BUFFERS) showed at 100,000 articles, and why each
 * statement fixes its plan (SET LOCAL, inside this search's transaction):
 * - a tsvector match that the planner cannot estimate (prefixes, words that are
 *   rare in titles but common in bodies) made it walk an ordered index hoping to
 *   meet LIMIT rows early, re-reading each row's TOASTed 4 kB tsvector: 7.8 s for
 *   «أسعار الخبز», 9.6 s for a word with no match, 100-700 ms for every count;
 * - a GIN bitmap holds exactly the matches, so a bitmap heap scan reads only
 *   matching rows and never a tsvector: the count and every tier with few
 *   matches take that path ("bitmap": top-N sort of the matches);
 * - the body tier of a query with more than `countCap` matches walks the key
 *   newest-first instead ("walk"): it is reached only when title and standfirst
 *   matched fewer than the page needs, so its matches are at least
 *   `countCap` + 1 - need, dense enough for the walk to stop early, and sorting
 *   tens of thousands of them would not be.
 */
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { PUBLIC_STATUSES } from "@/lib/visibility";
import type { QueryTerm } from "./normalize";
import { rankTiers, type HitPage, type PublicQuery } from "./tiers";

type Client = PrismaClient | Prisma.TransactionClient;

/** A tsquery: every term, each as any of its forms (the last one a prefix). */
function tsQuery(terms: QueryTerm[]): string {
  return terms.map((t) => `(${t.forms.map((f) => `'${f.text}'${f.prefix ? ":*" : ""}`).join(" | ")})`).join(" & ");
}

/** The expressions of the title and lead GIN indexes (search_sort_key migration): any change must change both. */
const title = Prisma.sql`to_tsvector('simple'::regconfig, d."title")`;
const lead = Prisma.sql`to_tsvector('simple'::regconfig, d."title" || ' ' || d."standfirst")`;
const all = Prisma.sql`d."searchVector"`;

type Plan = "bitmap" | "walk";
/** Planner settings for the rest of this transaction (set_config(…, true) is SET LOCAL), in one statement. Parallel workers cost more to start than these queries take. */
const PLAN_SETTINGS: Record<Plan, Prisma.Sql> = {
  bitmap: Prisma.sql`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true), set_config('enable_bitmapscan', 'on', true), set_config('max_parallel_workers_per_gather', '0', true)`,
  walk: Prisma.sql`SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'on', true), set_config('enable_bitmapscan', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)`,
};

export async function searchPublicPg(db: PrismaClient, q: PublicQuery): Promise<HitPage> {
  // The status compared as the enum it is: a cast to text hid the column's statistics, and the
  // planner then expected 1 % of articles to be visible (826 of 82,577).
  const statuses = Prisma.join(PUBLIC_STATUSES.map((s) => Prisma.sql`CAST(${s} AS "PublishStatus")`));
  const visible = Prisma.sql`a."locale" = ${q.locale} AND a."status" IN (${statuses}) AND a."publishedAt" <= ${q.now} AND a."withdrawnAt" IS NULL`;
  const ts = Prisma.sql`to_tsquery('simple'::regconfig, ${tsQuery(q.terms)})`;
  const match: Record<number, Prisma.Sql> = {
    3: Prisma.sql`${title} @@ ${ts}`,
    2: Prisma.sql`${lead} @@ ${ts} AND NOT ${title} @@ ${ts}`,
    1: Prisma.sql`${all} @@ ${ts} AND NOT ${lead} @@ ${ts}`,
  };
  const need = q.offset + q.limit;
  return db.$transaction(async (tx) => {
    let current: Plan | null = null;
    const use = async (plan: Plan) => {
      if (plan === current) return;
      await tx.$queryRaw(PLAN_SETTINGS[plan]);
      current = plan;
    };
    await use("bitmap");
    const counted: { total: bigint | number }[] = await tx.$queryRaw`
      SELECT COUNT(*) AS total FROM (SELECT 1 FROM "SearchDocument" d JOIN "Article" a ON a."id" = d."articleId"
        WHERE ${all} @@ ${ts} AND ${visible} LIMIT ${q.countCap + 1}) s`;
    const total = Number(counted[0]?.total ?? 0);
    const ranked = await rankTiers(need, [3, 2, 1], async (tier, n) => {
      await use(tier === 1 && total > q.countCap ? "walk" : "bitmap");
      const rows: { id: number }[] = await tx.$queryRaw`
        SELECT a."id" AS id FROM "SearchDocument" d JOIN "Article" a ON a."id" = d."articleId"
        WHERE ${match[tier]} AND ${visible} ORDER BY d."sortKey" DESC LIMIT ${n}`;
      return rows.map((r) => Number(r.id));
    });
    return { hits: ranked.slice(q.offset, need), total };
  });
}

/** The desk's title search (every state, both editions), newest change first. */
export async function searchTitlesPg(db: Client, terms: QueryTerm[], limit: number): Promise<number[]> {
  const rows: { id: number }[] = await db.$queryRaw`
    SELECT a."id" AS id FROM "Article" a
    JOIN "SearchDocument" d ON d."articleId" = a."id"
    WHERE ${title} @@ to_tsquery('simple'::regconfig, ${tsQuery(terms)})
    ORDER BY a."updatedAt" DESC, a."id" DESC LIMIT ${limit}`;
  return rows.map((r) => Number(r.id));
}
