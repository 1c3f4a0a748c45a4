#!/usr/bin/env node
// @ts-check
/**
 * One schema source, two engines. prisma/schema.prisma (SQLite, the embedded
 * default) is the file people edit; prisma/postgres/schema.prisma is derived
 * from it (provider, url and client output only) and must never be edited by
 * hand. `node scripts/db-schemas.mjs` writes it; `--check` fails when it is stale
 * (run by the unit tests and by db:new-migration).
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const SQLITE_SCHEMA = path.join(root, "prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join(root, "prisma", "postgres", "schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by scripts/db-schemas.mjs: edit that file, not this one.\n";

/** @param {string} source the SQLite schema @returns {string} the PostgreSQL schema */
export function derivePostgresSchema(source) {
  /** @type {[RegExp, string][]} */
  const swaps = [
    [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
    // A literal URL keeps the CLI from looking for a native engine; the adapter decides the real one.
    [/url\s*=\s*"file:[^"]*"/, 'url      = "postgresql://localhost/nashra"'],
    [/output\s*=\s*"\.\.\/lib\/generated\/prisma"/, 'output       = "../../lib/generated/prisma-pg"'],
  ];
  let out = source;
  for (const [from, to] of swaps) {
    if (!from.test(out)) throw new Error(`db-schemas: prisma/schema.prisma no longer matches ${from}`);
    out = out.replace(from, to);
  }
  return HEADER + out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const wanted = derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(POSTGRES_SCHEMA, "utf8");
    } catch {}
    if (current !== wanted) {
      console.error("prisma/postgres/schema.prisma is stale: run `node scripts/db-schemas.mjs`");
      process.exit(1);
    }
  } else writeFileSync(POSTGRES_SCHEMA, wanted);
}
