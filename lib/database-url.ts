import path from "node:path";

/**
 * The database the app, the CLI and the scripts share. DATABASE_URL wins
 * (`file:...` for SQLite, `postgresql://...` for PostgreSQL); the default is
 * the embedded SQLite file inside prisma/, resolved from the project root so
 * that every process (Prisma CLI, Next server, seed) opens the same file.
 */
export function databaseUrl(): string {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return fromEnv;
  return `file:${path.join(process.cwd(), "prisma", "nashra.db")}`;
}

export type Engine = "sqlite" | "postgresql";

/** Which engine a URL names; anything else is a configuration error worth one clear line. */
export function engineOf(url: string): Engine {
  if (/^file:/.test(url)) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL); got "${url.split(":")[0]}:..."`);
}
