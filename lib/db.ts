import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseUrl, engineOf } from "@/lib/database-url";

// One client per process; Next's dev server reloads modules, so keep it on globalThis.
const globalForDb = globalThis as unknown as { nashraDb?: PrismaClient };

/**
 * The engine follows DATABASE_URL. Both generated clients come from one schema
 * source (scripts/db-schemas.mjs) and have the same API; a generated client is
 * bound to its provider, so PostgreSQL gets its own, typed as the common one.
 */
function createClient(): PrismaClient {
  const url = databaseUrl();
  if (engineOf(url) === "sqlite") return new PrismaClient({ adapter: new PrismaBetterSQLite3({ url }) });
  // Fail fast instead of hanging when the database is away; a bounded pool per instance.
  const adapter = new PrismaPg({ connectionString: url, connectionTimeoutMillis: 5_000, max: Number(process.env.DATABASE_POOL_SIZE || 10) });
  return new PgPrismaClient({ adapter }) as unknown as PrismaClient;
}

export const db: PrismaClient = globalForDb.nashraDb ?? createClient();
globalForDb.nashraDb = db;
