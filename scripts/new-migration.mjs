#!/usr/bin/env node
/**
 * `npm run db:new-migration -- <name>`: writes, for both engines, the SQL that takes
 * the last committed schema (git HEAD) to the working prisma/schema.prisma: one folder
 * in prisma/migrations (SQLite) and one in prisma/postgres/migrations (PostgreSQL),
 * derives prisma/postgres/schema.prisma, regenerates both clients, then applies the
 * migration to DATABASE_URL. Works offline, without the shadow database that
 * `prisma migrate dev` needs.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from "./db-schemas.mjs";

const name = (process.argv[2] || "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
const prisma = path.join("node_modules", ".bin", "prisma");
const scratch = mkdtempSync(path.join(tmpdir(), "nashra-"));
const oldSqlite = path.join(scratch, "schema.prisma");
const oldPostgres = path.join(scratch, "schema.postgres.prisma");
const committed = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
writeFileSync(oldSqlite, committed);
writeFileSync(oldPostgres, derivePostgresSchema(committed));
writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));

const diff = (from, to) =>
  execFileSync(prisma, ["migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", to, "--script"], { encoding: "utf8" });
const sqliteSql = diff(oldSqlite, SQLITE_SCHEMA);
if (!sqliteSql.trim() || /^-- This is an empty migration/.test(sqliteSql.trim())) {
  console.log("No schema change since HEAD: nothing to write.");
  process.exit(0);
}
const postgresSql = diff(oldPostgres, POSTGRES_SCHEMA);

const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
for (const [folder, sql] of [
  [path.join("prisma", "migrations"), sqliteSql],
  [path.join("prisma", "postgres", "migrations"), postgresSql],
]) {
  const dir = path.join(folder, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "migration.sql"), sql);
  console.log(`Wrote ${dir}/migration.sql`);
}
execFileSync(prisma, ["generate"], { stdio: "inherit" });
execFileSync(prisma, ["generate", "--schema", POSTGRES_SCHEMA], { stdio: "inherit" });
execFileSync(prisma, ["migrate", "deploy"], { stdio: "inherit" });
