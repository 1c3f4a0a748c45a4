#!/usr/bin/env node
/**
 * The server the e2e suite runs against: a fresh database (SQLite file e2e/.tmp/<port>/e2e.db,
 * or with E2E_ENGINE=postgres a fresh PostgreSQL database nashra_e2e_<port>), seeded from
 * scratch, built into .next-e2e (.next-e2e-<port> on other ports) and served on PORT (3100).
 * Before that it applies the migrations and creates the suite's own editor
 * (scripts/e2e-accounts.mjs) with `npm run staff:create`, as an operator
 * would; so `npm start`'s first-account step finds staff and creates none.
 * Everything else is `npm start`'s own path, so the tests exercise it too.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { spawn, spawnSync } from "node:child_process";
import pg from "pg";
import { E2E_EDITOR } from "./e2e-accounts.mjs";
import { e2eDatabaseUrl, e2eDistDir, e2eEngine, e2ePostgresAdminUrl, e2eTmpDir } from "./e2e-env.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT || "3100";
// One scratch folder, build folder and database per port, so several suites can run side by side.
const tmp = e2eTmpDir(port);
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const databaseUrl = e2eDatabaseUrl(port);
if (e2eEngine() === "postgres") await freshPostgresDatabase(new URL(databaseUrl).pathname.slice(1));

const env = {
  ...process.env,
  PORT: port,
  DATABASE_URL: databaseUrl,
  NEXT_DIST_DIR: e2eDistDir(port),
  SITE_URL: `http://localhost:${port}`,
  // Staff specs give each sign-in throttle test its own client address (X-Forwarded-For).
  NASHRA_TRUST_PROXY: process.env.NASHRA_TRUST_PROXY ?? "1",
  // The publishing scheduler ticks every 2 s, so a spec can watch it act with nobody pressing anything.
  NASHRA_SCHEDULER_MS: process.env.NASHRA_SCHEDULER_MS ?? "2000",
  // Counted views are written every 200 ms (e2e/support/views.ts waits for them).
  NASHRA_VIEWS_FLUSH_MS: process.env.NASHRA_VIEWS_FLUSH_MS ?? "200",
  // The seed copies the demo media here; no run sees another's files.
  NASHRA_MEDIA_DIR: path.join(tmp, "media"),
};
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const migrate = spawnSync(bin("prisma"), ["migrate", "deploy"], { stdio: "inherit", env, cwd: root });
if (migrate.status !== 0) process.exit(migrate.status ?? 1);
const staff = spawnSync(bin("tsx"), ["scripts/staff-create.ts", "--email", E2E_EDITOR.email, "--name", E2E_EDITOR.name, "--role", "editor"], {
  input: `${E2E_EDITOR.password}\n`,
  stdio: ["pipe", "inherit", "inherit"],
  env,
  cwd: root,
});
if (staff.status !== 0) process.exit(staff.status ?? 1);

const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], { stdio: "inherit", env, cwd: root });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));

/** @param {string} name */
async function freshPostgresDatabase(name) {
  const admin = new pg.Client({ connectionString: e2ePostgresAdminUrl() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}
