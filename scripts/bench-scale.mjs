#!/usr/bin/env node
/**
 * `npm run bench:scale [-- --duration 5 --connections 20]`: figures for README
 * "Running at scale" (nothing passes or fails). Starts everything itself, in one run:
 *   1. the seed article through the generated nginx edge (cache hit) against the same
 *      nginx serving the same HTML as a static file;
 *   2. one instance (`npm run serve`, SQLite) against a bare Next app whose one route
 *      returns the same bytes;
 *   3. one instance on PostgreSQL against one on SQLite (and on PostgreSQL with Redis).
 * Needs PostgreSQL (E2E_POSTGRES_URL), Redis (REDIS_URL) and nginx, like the scale test.
 * Uses its own ports 3322-3325 and 3331-3332 and e2e/.tmp/bench.
 */
import autocannon from "autocannon";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { e2ePostgresAdminUrl } from "./e2e-env.mjs";
import {
  buildBareNext,
  dropRedisPrefix,
  ensureBuild,
  freshPostgres,
  prepareDatabase,
  root,
  sharedEnv,
  startBare,
  startEdge,
  startInstance,
  startStatic,
} from "./scale-stack.mjs";

const { values } = parseArgs({ options: { duration: { type: "string", default: "5" }, connections: { type: "string", default: "20" } } });
const duration = Number(values.duration);
const connections = Number(values.connections);
const tmp = path.join(root, "e2e", ".tmp", "bench");
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const logs = path.join(tmp, "logs");
const article = `/articles/${encodeURIComponent("داعش-يجدد-استهداف-قوات-النظام-ما-مصدر-قوته")}`;
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const distDir = process.env.E2E_SCALE_DIST_DIR || ".next-bench";

/** @type {{ signal: (s: NodeJS.Signals) => void }[]} */
const children = [];
const stopAll = () => children.forEach((c) => c.signal("SIGKILL"));
process.on("SIGINT", () => (stopAll(), process.exit(1)));

/** Requests per second for one URL (after a warm-up), and whether every answer was a 200. */
async function rps(/** @type {string} */ url) {
  // Until the page comes from Next's cache (a fresh instance loads its routes and revalidates the build's copy first).
  for (let i = 0; i < 60; i++) {
    const res = await fetch(url, { signal: AbortSignal.timeout(30_000) });
    await res.arrayBuffer();
    const cache = res.headers.get("x-nextjs-cache") ?? res.headers.get("x-edge-cache");
    if (res.status === 200 && (cache === null || cache === "HIT")) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  await autocannon({ url, connections, duration: 2 });
  const r = await autocannon({ url, connections, duration });
  return { rps: r.requests.average, bad: r.non2xx + r.errors + r.timeouts };
}

const show = (/** @type {string} */ label, /** @type {{ rps: number; bad: number }} */ r) =>
  console.log(`${label.padEnd(44)} ${r.rps.toFixed(0).padStart(7)} req/s${r.bad ? `  (${r.bad} not 200!)` : ""}`);

try {
  const pgUrl = await freshPostgres(e2ePostgresAdminUrl(), "nashra_bench");
  const media = path.join(tmp, "media");
  const onPg = sharedEnv({ databaseUrl: pgUrl, distDir, mediaDir: media, siteUrl: "http://localhost:3331" });
  prepareDatabase(onPg);
  ensureBuild(onPg);
  const onSqlite = { ...onPg, DATABASE_URL: `file:${path.join(tmp, "bench.db")}` };
  prepareDatabase(onSqlite);
  const prefix = `nashra-bench:${Date.now().toString(36)}:`;
  const withRedis = { ...onPg, REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix };

  const sqlite = await startInstance(3322, onSqlite, logs);
  children.push(sqlite);
  const html = Buffer.from(await (await fetch(`http://127.0.0.1:3322${article}`)).arrayBuffer());

  // 1. Edge hit against nginx serving the same bytes from disk.
  const edge = await startEdge({ listen: 3331, upstreams: ["127.0.0.1:3322"], dir: path.join(tmp, "edge"), fresh: 60 });
  children.push(edge);
  const staticDir = path.join(tmp, "static");
  mkdirSync(path.join(staticDir, "logs"), { recursive: true });
  writeFileSync(path.join(staticDir, "article.html"), html);
  writeFileSync(
    path.join(staticDir, "nginx.conf"),
    `daemon off; worker_processes 1; pid ${staticDir}/nginx.pid; error_log ${staticDir}/logs/error.log warn;
events { worker_connections 4096; }
http { access_log off; client_body_temp_path ${staticDir}/tmp; proxy_temp_path ${staticDir}/tmp; fastcgi_temp_path ${staticDir}/tmp; uwsgi_temp_path ${staticDir}/tmp; scgi_temp_path ${staticDir}/tmp;
  sendfile on; keepalive_timeout 65;
  server { listen 3332; root ${staticDir}; location / { default_type "text/html; charset=utf-8"; try_files /article.html =404; } } }
`,
  );
  children.push(await startStatic(staticDir, 3332));
  const viaEdge = await rps(`http://127.0.0.1:3331${article}`);
  const asFile = await rps("http://127.0.0.1:3332/article.html");

  // 2. One instance against a bare Next app returning the same bytes from one route.
  const bareDir = path.join(tmp, "bare");
  buildBareNext(bareDir, html);
  children.push(await startBare(bareDir, 3325, logs));
  const instance = await rps(`http://127.0.0.1:3322${article}`);
  const bare = await rps(`http://127.0.0.1:3325${article}`);
  sqlite.signal("SIGKILL");
  edge.signal("SIGKILL");

  // 3. PostgreSQL against SQLite, one instance each, same page; then PostgreSQL with Redis.
  const pg = await startInstance(3323, onPg, logs);
  children.push(pg);
  const pgRps = await rps(`http://127.0.0.1:3323${article}`);
  pg.signal("SIGKILL");
  const redis = await startInstance(3324, withRedis, logs);
  children.push(redis);
  const redisRps = await rps(`http://127.0.0.1:3324${article}`);
  const redisHome = await rps("http://127.0.0.1:3324/");
  redis.signal("SIGKILL");
  const sqlite2 = await startInstance(3322, onSqlite, logs);
  children.push(sqlite2);
  const sqliteHome = await rps("http://127.0.0.1:3322/");
  await dropRedisPrefix(redisUrl, prefix);

  console.log(
    `\nbench:scale: ${connections} connections, ${duration} s per figure, seed article (${(html.length / 1024).toFixed(1)} KB), ${new Date().toISOString()}\n`,
  );
  show("edge (nginx cache hit)", viaEdge);
  show("nginx, same HTML as a static file", asFile);
  console.log(`${"  ratio edge / static".padEnd(44)} ${(viaEdge.rps / asFile.rps).toFixed(2).padStart(7)}   (goal >= 0.8)`);
  show("one instance, SQLite", instance);
  show("bare Next route, same bytes", bare);
  console.log(`${"  ratio instance / bare Next".padEnd(44)} ${(instance.rps / bare.rps).toFixed(2).padStart(7)}   (goal >= 0.9)`);
  show("one instance, PostgreSQL", pgRps);
  console.log(`${"  ratio PostgreSQL / SQLite".padEnd(44)} ${(pgRps.rps / instance.rps).toFixed(2).padStart(7)}`);
  show("one instance, PostgreSQL + Redis cache", redisRps);
  show("home, SQLite", sqliteHome);
  show("home, PostgreSQL + Redis cache", redisHome);
} catch (error) {
  console.error(`bench:scale: ${/** @type {Error} */ (error).message}`);
  process.exitCode = 1;
} finally {
  stopAll();
}
