import path from "node:path";

/**
 * The SQLite file the app, the CLI and the scripts share. DATABASE_URL wins;
 * the default lives inside prisma/, resolved from the project root so that
 * every process (Prisma CLI, Next server, seed) opens the same file.
 */
export function databaseUrl(): string {
  const fromEnv = process.env.DATABASE_URL;
  if (fromEnv) return fromEnv;
  return `file:${path.join(process.cwd(), "prisma", "nashra.db")}`;
}
