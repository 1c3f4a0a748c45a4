// @ts-check
/**
 * Where an e2e run keeps its build and its database, shared by scripts/e2e-server.mjs
 * and the specs and helpers that look inside them. E2E_ENGINE picks the engine:
 * `sqlite` (default: a fresh file under e2e/.tmp/<port>) or `postgres` (a fresh
 * database nashra_e2e_<port> on the server at E2E_POSTGRES_URL).
 */
import path from "node:path";

// Playwright loads this file from the specs too (transpiled, without import.meta); every
// e2e process runs from the project root.
const root = process.cwd();

/** @returns {"sqlite" | "postgres"} */
export function e2eEngine() {
  const engine = process.env.E2E_ENGINE || "sqlite";
  if (engine !== "sqlite" && engine !== "postgres") throw new Error(`E2E_ENGINE must be sqlite or postgres, not ${engine}`);
  return engine;
}

export function e2ePort() {
  return String(process.env.E2E_PORT || process.env.PORT || "3100");
}

/** The build folder of the e2e server on a port. */
export function e2eDistDir(port = e2ePort()) {
  // The default port keeps the folder tsconfig.json already knows (next build adds any new one to it).
  return process.env.E2E_DIST_DIR || (String(port) === "3100" ? ".next-e2e" : `.next-e2e-${port}`);
}

/** The scratch folder of the e2e server on a port. */
export function e2eTmpDir(port = e2ePort()) {
  return path.join(root, "e2e", ".tmp", String(port));
}

/** The PostgreSQL server that e2e databases are made on (trust or password auth). */
export function e2ePostgresAdminUrl() {
  return process.env.E2E_POSTGRES_URL || "postgresql://postgres:postgres@127.0.0.1:5432/postgres";
}

/** The database URL the e2e server on a port uses. */
export function e2eDatabaseUrl(port = e2ePort()) {
  if (e2eEngine() === "sqlite") return `file:${path.join(e2eTmpDir(port), "e2e.db")}`;
  const url = new URL(e2ePostgresAdminUrl());
  url.pathname = `/nashra_e2e_${port}`;
  return url.toString();
}
