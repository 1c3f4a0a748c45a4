#!/usr/bin/env node
/**
 * `npm run db:new-migration -- <name>`: writes the SQL that takes the last
 * committed schema (git HEAD) to the working prisma/schema.prisma, as a new
 * folder in prisma/migrations, then applies it. Works offline, without the
 * shadow database that `prisma migrate dev` needs.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const name = (process.argv[2] || "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(2);
}
const prisma = path.join("node_modules", ".bin", "prisma");
const old = path.join(mkdtempSync(path.join(tmpdir(), "nashra-")), "schema.prisma");
writeFileSync(old, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
const sql = execFileSync(prisma, ["migrate", "diff", "--from-schema-datamodel", old, "--to-schema-datamodel", "prisma/schema.prisma", "--script"], { encoding: "utf8" });
if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
  console.log("No schema change since HEAD: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = path.join("prisma", "migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql`);
execFileSync(prisma, ["migrate", "deploy"], { stdio: "inherit" });
