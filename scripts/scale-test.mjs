#!/usr/bin/env node
/**
 * `npm run test:scale` (and the last step of `npm run test:e2e` when PostgreSQL is
 * among E2E_ENGINES): the issue-9 set-up started from scratch, then the Playwright
 * project `scale` (e2e/scale.spec.ts) against it:
 *   a fresh PostgreSQL database nashra_e2e_<A> with the seed and the suite's editor,
 *   one build (E2E_SCALE_DIST_DIR, e.g. the PostgreSQL e2e run's; else built here),
 *   Redis (REDIS_URL, default redis://127.0.0.1:6379) under a prefix of this run only,
 *   instances A and B (`npm run serve`, E2E_SCALE_PORT and the next port: 3320, 3321),
 *   and the generated nginx edge on E2E_SCALE_EDGE_PORT (3330, 4 s freshness).
 * Everything is stopped afterwards and the run's Redis keys removed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { e2ePostgresAdminUrl } from "./e2e-env.mjs";
import {
  dropRedisPrefix,
  ensureBuild,
  freshPostgres,
  prepareDatabase,
  root,
  setDatabaseReachable,
  sharedEnv,
  startEdge,
  startInstance,
} from "./scale-stack.mjs";

const portA = Number(process.env.E2E_SCALE_PORT || 3320);
const portB = portA + 1;
const edgePort = Number(process.env.E2E_SCALE_EDGE_PORT || 3330);
const fresh = 4;
const tmp = path.join(root, "e2e", ".tmp", String(portA));
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const redisPrefix = `nashra-test:${portA}-${Date.now().toString(36)}:`;

/** @type {{ signal: (s: NodeJS.Signals) => void }[]} */
const children = [];
const stopAll = () => children.forEach((c) => c.signal("SIGKILL"));
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => (stopAll(), process.exit(1)));

let status = 1;
const started = Date.now();
try {
  const databaseUrl = await freshPostgres(e2ePostgresAdminUrl(), `nashra_e2e_${portA}`);
  const env = sharedEnv({
    databaseUrl,
    distDir: process.env.E2E_SCALE_DIST_DIR || `.next-e2e-${portA}`,
    mediaDir: path.join(tmp, "media"),
    siteUrl: `http://localhost:${edgePort}`,
    redisUrl,
    redisPrefix,
  });
  // The scheduler ticks every second on both instances, so both race for a due item.
  env.NASHRA_SCHEDULER_MS = "1000";
  env.NASHRA_TRUST_PROXY = "1";
  prepareDatabase(env);
  ensureBuild(env);
  const logs = path.join(tmp, "logs");
  const a = await startInstance(portA, env, logs);
  children.push(a);
  const b = await startInstance(portB, env, logs);
  children.push(b);
  const edge = await startEdge({ listen: edgePort, upstreams: [`127.0.0.1:${portA}`, `127.0.0.1:${portB}`], dir: path.join(tmp, "edge"), fresh });
  children.push(edge);
  console.log(`scale: A :${portA} (pid ${a.pid}), B :${portB} (pid ${b.pid}), edge :${edgePort}; ready after ${((Date.now() - started) / 1000).toFixed(0)} s`);
  const state = path.join(tmp, "scale-state.json");
  writeFileSync(
    state,
    JSON.stringify({
      a: `http://localhost:${portA}`,
      b: `http://localhost:${portB}`,
      bPid: b.pid,
      edge: `http://localhost:${edgePort}`,
      fresh,
      logs,
      adminUrl: e2ePostgresAdminUrl(),
      database: `nashra_e2e_${portA}`,
    }),
  );
  const runEnv = {
    ...process.env,
    E2E_ENGINE: "postgres",
    E2E_PORT: String(portA),
    E2E_DATABASE_URL: databaseUrl,
    E2E_EXTERNAL_SERVER: "1",
    E2E_SCALE_STATE: state,
  };
  if (process.env.TEST_REPORT_DIR) runEnv.E2E_JSON = path.join(process.env.TEST_REPORT_DIR, "e2e.postgres.scale.json");
  const result = spawnSync("npx", ["playwright", "test", "--project", "scale", ...process.argv.slice(2)], { stdio: "inherit", env: runEnv, cwd: root });
  status = result.status ?? 1;
} catch (error) {
  console.error(`scale: ${/** @type {Error} */ (error).message}`);
} finally {
  stopAll();
  await setDatabaseReachable(e2ePostgresAdminUrl(), `nashra_e2e_${portA}`, true).catch(() => {});
  await dropRedisPrefix(redisUrl, redisPrefix);
  console.log(`scale: ${status === 0 ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
process.exit(status);
