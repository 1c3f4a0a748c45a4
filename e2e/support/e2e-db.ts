import Database from "better-sqlite3";
import { readFileSync } from "node:fs";
import path from "node:path";

/**
 * Direct access to the e2e server's SQLite file and its revalidation secret,
 * for tests that must change content behind the app's back (the way another
 * process, such as the seed, would).
 */
export function e2ePort(): string {
  return process.env.E2E_PORT || "3100";
}

export function e2eDatabasePath(): string {
  return path.join(process.cwd(), "e2e", ".tmp", e2ePort(), "e2e.db");
}

export function withE2eDb<T>(use: (db: Database.Database) => T): T {
  const db = new Database(e2eDatabasePath());
  try {
    return use(db);
  } finally {
    db.close();
  }
}

export function appSecret(): string {
  return readFileSync(path.join(process.cwd(), ".data", "secret"), "utf8").trim();
}
