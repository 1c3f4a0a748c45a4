/**
 * Synchronous access to the e2e server's database through the app's Prisma
 * client, for what a browser cannot do (let time pass, read a row back):
 *   dbCall("article", "findUnique", { where: { id }, select: { status: true } })
 * Engine-neutral: Prisma queries only, dates as Date objects.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { e2eDatabaseUrl } from "../../scripts/e2e-env.mjs";

export const e2ePort = Number(process.env.E2E_PORT || 3100);
/** The e2e server's DATABASE_URL (scripts/e2e-server.mjs: SQLite or PostgreSQL), unless the suite is pointed elsewhere. */
export const databaseUrl = process.env.E2E_DATABASE_URL || e2eDatabaseUrl(String(e2ePort));

const tsxCli = path.join(process.cwd(), "node_modules", "tsx", "dist", "cli.mjs");
const script = path.join(process.cwd(), "e2e", "support", "prisma-call.ts");

function replacer(this: Record<string, unknown>, key: string, value: unknown) {
  const raw = this[key];
  return raw instanceof Date ? { $date: raw.toISOString() } : value;
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** One Prisma call, e.g. dbCall("article", "update", { where: { id }, data: { publishedAt: new Date() } }). */
export function dbCall<T = any>(model: string, method: string, args?: unknown): T {
  const out = execFileSync(process.execPath, [tsxCli, script, model, method, JSON.stringify(args ?? null, replacer)], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
    maxBuffer: 32 * 1024 * 1024,
  });
  return JSON.parse(out, (_k, v) => (typeof v === "string" && ISO.test(v) ? new Date(v) : v)) as T;
}
