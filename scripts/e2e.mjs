#!/usr/bin/env node
/**
 * `npm run test:e2e`: for each engine in E2E_ENGINES (comma-separated: sqlite, postgres;
 * default sqlite, so a fresh clone needs no database server; CI runs both), one e2e
 * server (scripts/e2e-server.mjs: fresh database, build, serve) and two Playwright runs
 * against it: the readers (pristine seed, read only), then the writers. A failing reader
 * does not stop the writers (a project dependency would skip them all); the exit code is
 * non-zero if any run failed. Extra arguments go to every run. With postgres among the engines
 * (and no extra arguments), the multi-instance test (scripts/scale-test.mjs) runs last. With TEST_REPORT_DIR set,
 * each run also writes <dir>/e2e.<engine>.<project>.json for scripts/test-summary.mjs.
 */
import { spawn, spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { e2eDistDir } from "./e2e-env.mjs";

const args = process.argv.slice(2);
const engines = (process.env.E2E_ENGINES || "sqlite")
  .split(",")
  .map((e) => e.trim())
  .filter(Boolean);
const ports = { sqlite: process.env.E2E_PORT || "3100", postgres: process.env.E2E_POSTGRES_PORT || "3110" };
let failed = false;

for (const engine of engines) {
  if (!(engine in ports)) {
    console.error(`test:e2e: unknown engine "${engine}" in E2E_ENGINES (sqlite, postgres)`);
    process.exit(2);
  }
  const port = ports[engine];
  const env = { ...process.env, E2E_ENGINE: engine, E2E_PORT: port, E2E_EXTERNAL_SERVER: "1" };
  console.log(`\ntest:e2e: ${engine}, server on port ${port}`);
  const server = await startServer(port, env);
  try {
    for (const project of ["readers", "writers"]) {
      const runEnv = { ...env };
      if (process.env.TEST_REPORT_DIR) runEnv.E2E_JSON = path.join(process.env.TEST_REPORT_DIR, `e2e.${engine}.${project}.json`);
      const run = spawnSync("npx", ["playwright", "test", `--project=${project}`, ...args], { stdio: "inherit", env: runEnv });
      if (run.status !== 0) {
        failed = true;
        console.error(`test:e2e: ${engine} ${project} failed (exit ${run.status})`);
      }
    }
  } finally {
    server.stop();
  }
}
// Several instances, Redis and the nginx edge on PostgreSQL (scripts/scale-test.mjs), reusing
// the PostgreSQL run's build. E2E_SCALE=0 leaves it out.
if (engines.includes("postgres") && process.env.E2E_SCALE !== "0" && args.length === 0) {
  console.log("\ntest:e2e: two instances behind the edge (scale)");
  const distDir = e2eDistDir(ports.postgres);
  const run = spawnSync(process.execPath, ["scripts/scale-test.mjs"], { stdio: "inherit", env: { ...process.env, E2E_SCALE_DIST_DIR: distDir } });
  if (run.status !== 0) {
    failed = true;
    console.error(`test:e2e: scale failed (exit ${run.status})`);
  }
}
process.exit(failed ? 1 : 0);

/** Starts scripts/e2e-server.mjs and waits until it answers; its output goes to a log file. */
async function startServer(port, env) {
  const dir = path.join("test-results", String(port));
  mkdirSync(dir, { recursive: true });
  const logFile = path.join(dir, "server.log");
  const log = openSync(logFile, "w");
  const child = spawn(process.execPath, ["scripts/e2e-server.mjs"], { env: { ...env, PORT: port }, stdio: ["ignore", log, log], detached: true });
  closeSync(log);
  let exited = null;
  child.on("exit", (code) => (exited = code ?? 1));
  const stop = () => {
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {}
  };
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => (stop(), process.exit(1)));
  const deadline = Date.now() + 10 * 60_000;
  while (Date.now() < deadline && exited === null) {
    try {
      const res = await fetch(`http://localhost:${port}/`, { signal: AbortSignal.timeout(5_000) });
      if (res.status < 500) return { stop };
    } catch {}
    await new Promise((r) => setTimeout(r, 1_000));
  }
  stop();
  console.error(readFileSync(logFile, "utf8").split("\n").slice(-60).join("\n"));
  console.error(`test:e2e: the ${port} server ${exited === null ? "did not answer in 10 minutes" : `exited with ${exited}`}`);
  process.exit(1);
}
