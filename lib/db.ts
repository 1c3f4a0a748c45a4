import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PgPrismaClient } from "@/lib/generated/prisma-pg/client";
import { databaseUrl, engineOf } from "@/lib/database-url";
import { noteDatabaseResult } from "@/lib/db-health";

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
  // Fail fast instead of hanging when the database is away or stops answering; a bounded pool per instance.
  const timeout = Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS || 15_000);
  const adapter = new PrismaPg({
    connectionString: url,
    connectionTimeoutMillis: 5_000,
    statement_timeout: timeout,
    query_timeout: timeout + 5_000,
    max: Number(process.env.DATABASE_POOL_SIZE || 10),
  });
  // Each answer tells scripts/serve.mjs whether the database is reachable (503, not 500, while it is not).
  return new PgPrismaClient({ adapter }).$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          const result = await query(args);
          noteDatabaseResult(null);
          return result;
        } catch (error) {
          noteDatabaseResult(error);
          throw error;
        }
      },
    },
  }) as unknown as PrismaClient;
}

export const db: PrismaClient = globalForDb.nashraDb ?? createClient();
globalForDb.nashraDb = db;
