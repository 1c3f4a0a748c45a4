import { databaseUrl, engineOf } from "@/lib/database-url";
import { Prisma } from "@/lib/generated/prisma/client";
import { PUBLIC_STATUSES } from "@/lib/visibility";

/**
 * lib/visibility.ts's rule and the planner hints as SQL fragments, shared by the
 * readers (lib/data) and the writers that keep summaries
 * (lib/content/summaries.ts). No "server-only": the seed and db:fake use it too.
 */
export const sqlite = () => engineOf(databaseUrl()) === "sqlite";

/** The visibility rule of lib/visibility.ts for the article aliased `a`. */
export function visible(now: Date): Prisma.Sql {
  // PostgreSQL: compare as the enum (a ::text cast on the column hides its statistics from the planner).
  const statuses = sqlite() ? Prisma.join(PUBLIC_STATUSES) : Prisma.join(PUBLIC_STATUSES.map((s) => Prisma.sql`CAST(${s} AS "PublishStatus")`));
  const status = Prisma.sql`a."status" IN (${statuses})`;
  return Prisma.sql`${status} AND a."publishedAt" <= ${now} AND a."withdrawnAt" IS NULL`;
}

/** SQLite's planner is told which index serves an ordered walk; PostgreSQL's finds it by itself. */
export const indexed = (name: string) => (sqlite() ? Prisma.raw(` INDEXED BY "${name}"`) : Prisma.empty);

/** A join that SQLite must take in the written order (CROSS JOIN); PostgreSQL has no such hint and no CROSS JOIN … ON. */
export const joinInOrder = () => Prisma.raw(sqlite() ? "CROSS JOIN" : "JOIN");
