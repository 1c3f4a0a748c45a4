/**
 * A scratch database with the real migrations, for tests that run on either
 * engine: a fresh SQLite file by default, or, when SEARCH_TEST_POSTGRES_URL
 * names a PostgreSQL server (an admin URL, as E2E_POSTGRES_URL), a fresh
 * database on it, dropped by `drop()`. Sets DATABASE_URL: import the modules
 * that read it (lib/db) only after this resolves.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";

export type Scratch = { engine: "sqlite" | "postgresql"; url: string; drop: () => Promise<void> };

async function admin<T>(adminUrl: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function scratchDatabase(name: string): Promise<Scratch> {
  const adminUrl = process.env.SEARCH_TEST_POSTGRES_URL;
  let scratch: Scratch;
  if (!adminUrl) {
    const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), `nashra-${name}-`)), "test.db")}`;
    scratch = { engine: "sqlite", url, drop: async () => {} };
  } else {
    const db = `nashra_unit_${name.replace(/\W/g, "_")}_${process.pid}`;
    await admin(adminUrl, async (c) => {
      await c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`);
      await c.query(`CREATE DATABASE "${db}"`);
    });
    const url = new URL(adminUrl);
    url.pathname = `/${db}`;
    scratch = {
      engine: "postgresql",
      url: url.toString(),
      drop: () => admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${db}" WITH (FORCE)`).then(() => {})),
    };
  }
  process.env.DATABASE_URL = scratch.url;
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  return scratch;
}
