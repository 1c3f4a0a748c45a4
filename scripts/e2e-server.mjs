#!/usr/bin/env node
/**
 * The server Playwright starts: a fresh SQLite file (e2e/.tmp/<port>/e2e.db),
 * seeded from scratch, built into .next-e2e (.next-e2e-<port> on other ports) and served on PORT (3100).
 * Before that it applies the migrations and creates the suite's own editor
 * (scripts/e2e-accounts.mjs) with `npm run staff:create`, as an operator
 * would; so `npm start`'s first-account step finds staff and creates none.
 * Everything else is `npm start`'s own path, so the tests exercise it too.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { spawn, spawnSync } from "node:child_process";
import { E2E_EDITOR } from "./e2e-accounts.mjs";
import { e2eDistDir } from "./e2e-dist-dir.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = process.env.PORT || "3100";
// One scratch folder and build folder per port, so several suites can run side by side.
const tmp = path.join(root, "e2e", ".tmp", port);
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const env = {
  ...process.env,
  PORT: port,
  DATABASE_URL: `file:${path.join(tmp, "e2e.db")}`,
  NEXT_DIST_DIR: e2eDistDir(port),
  SITE_URL: `http://localhost:${port}`,
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
