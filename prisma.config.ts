import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseUrl, engineOf } from "./lib/database-url";
import { catalogTextPool } from "./prisma/postgres/cli-pool";

/**
 * The Prisma CLI follows DATABASE_URL: SQLite (the default) uses prisma/schema.prisma
 * and prisma/migrations; PostgreSQL uses the schema derived from it and its own
 * migrations in prisma/postgres/.
 */
const url = databaseUrl();
const engine = engineOf(url);

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: engine === "sqlite" ? "prisma/schema.prisma" : "prisma/postgres/schema.prisma",
  migrations: { path: engine === "sqlite" ? "prisma/migrations" : "prisma/postgres/migrations" },
  adapter: async () => (engine === "sqlite" ? new PrismaBetterSQLite3({ url }) : new PrismaPg(catalogTextPool(url))),
});
