#!/usr/bin/env node
/**
 * The server Playwright starts: a fresh SQLite file (e2e/.tmp/<port>/e2e.db),
 * seeded from scratch, built into .next-e2e (.next-e2e-<port> on other ports) and served on PORT (3100).
 * Everything else is `npm start`'s own path, so the tests exercise it too.
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";
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
  // The seed copies the demo media here; no run sees another's files.
  NASHRA_MEDIA_DIR: path.join(tmp, "media"),
};
const child = spawn(process.execPath, [path.join(root, "scripts", "start.mjs")], { stdio: "inherit", env, cwd: root });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
