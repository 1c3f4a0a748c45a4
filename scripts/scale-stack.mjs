// @ts-check
/**
 * The pieces of "Running at scale" started from Node, for the multi-instance test
 * (scripts/scale-test.mjs) and the benchmark (scripts/bench-scale.mjs): a fresh
 * PostgreSQL database with the seed, one build, app instances (`npm run serve`)
 * and the generated nginx edge. Every child runs in its own process group and is
 * stopped by its own pid.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createClient } from "redis";
import { E2E_EDITOR } from "./e2e-accounts.mjs";
import { writeEdge } from "./edge-conf.mjs";
import { buildPeerApp } from "./peer-app.mjs";

export { freshPostgres, setDatabaseReachable } from "./scale-db.mjs";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = (/** @type {string} */ name) => path.join(root, "node_modules", ".bin", name);

/** @param {string[]} cmd @param {NodeJS.ProcessEnv} env @param {string} label @param {string} [input] */
function run(cmd, env, label, input) {
  const started = Date.now();
  const result = spawnSync(cmd[0], cmd.slice(1), { cwd: root, env, input, stdio: [input ? "pipe" : "ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error(`${label} failed (exit ${result.status})`);
  console.log(`scale: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/** Migrations, the demo newsroom and the suite's editor, as an operator would. @param {NodeJS.ProcessEnv} env */
export function prepareDatabase(env) {
  run([bin("prisma"), "migrate", "deploy"], env, "migrate");
  run([bin("tsx"), "prisma/seed/run.ts"], env, "seed");
  run(
    [bin("tsx"), "scripts/staff-create.ts", "--email", E2E_EDITOR.email, "--name", E2E_EDITOR.name, "--role", "editor"],
    env,
    "editor account",
    `${E2E_EDITOR.password}\n`,
  );
}

/** `npm run build` into env.NEXT_DIST_DIR unless a build is there. @param {NodeJS.ProcessEnv} env */
export function ensureBuild(env) {
  const dist = path.join(root, env.NEXT_DIST_DIR || ".next");
  if (existsSync(path.join(dist, "BUILD_ID"))) return console.log(`scale: reusing the build in ${dist}`);
  run([bin("next"), "build"], env, "build");
}

/** The variables every instance of one deployment shares (README "Running at scale"). */
export function sharedEnv(
  /** @type {{ databaseUrl: string; distDir: string; mediaDir: string; siteUrl: string; redisUrl?: string; redisPrefix?: string }} */ o,
) {
  return {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: o.databaseUrl,
    NEXT_DIST_DIR: o.distDir,
    NASHRA_MEDIA_DIR: o.mediaDir,
    SITE_URL: o.siteUrl,
    NASHRA_SECRET: process.env.NASHRA_SECRET || randomBytes(32).toString("base64url"),
    ...(o.redisUrl ? { REDIS_URL: o.redisUrl, REDIS_KEY_PREFIX: o.redisPrefix || `nashra-test:${randomBytes(6).toString("hex")}:` } : {}),
  };
}

/**
 * Starts a detached child with its output in logFile and waits until `url` answers below 500.
 * @param {string[]} cmd @param {NodeJS.ProcessEnv} env @param {string} logFile @param {string} url @param {string} [cwd]
 */
async function startChild(cmd, env, logFile, url, cwd = root) {
  mkdirSync(path.dirname(logFile), { recursive: true });
  const log = openSync(logFile, "a");
  const child = spawn(cmd[0], cmd.slice(1), { cwd, env, stdio: ["ignore", log, log], detached: true });
  closeSync(log);
  /** @type {number | null} */
  let exited = null;
  child.on("exit", (code, signal) => (exited = code ?? (signal ? 128 : 1)));
  const signal = (/** @type {NodeJS.Signals} */ sig) => {
    if (exited !== null || !child.pid) return;
    try {
      process.kill(-child.pid, sig);
    } catch {}
  };
  const stopped = () => new Promise((resolve) => (exited !== null ? resolve(exited) : child.once("exit", resolve)));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline && exited === null) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: "manual" });
      if (res.status < 500) return { pid: /** @type {number} */ (child.pid), signal, stopped, exited: () => exited };
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  signal("SIGKILL");
  const tail = readFileSync(logFile, "utf8").split("\n").slice(-30).join("\n");
  throw new Error(`${cmd.join(" ")} ${exited === null ? "did not answer in 120 s" : `exited with ${exited}`}\n${tail}`);
}

function nginxPath() {
  const nginx = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
  if (!nginx) throw new Error("nginx is not installed (apt-get install nginx-light); .ci/run installs it");
  return nginx;
}

/** One `npm run serve` instance. @param {number} port @param {NodeJS.ProcessEnv} env @param {string} logDir */
export function startInstance(port, env, logDir) {
  return startChild(
    [process.execPath, path.join(root, "scripts", "serve.mjs")],
    { ...env, PORT: String(port) },
    path.join(logDir, `instance-${port}.log`),
    `http://127.0.0.1:${port}/`,
  );
}

/** The generated edge on Debian's nginx, in the foreground of its own process group. */
export async function startEdge(/** @type {{ listen: number; upstreams: string[]; dir: string; fresh?: number; accessLog?: boolean }} */ o) {
  const nginx = nginxPath();
  const file = writeEdge({
    listen: String(o.listen),
    upstreams: o.upstreams,
    dir: o.dir,
    fresh: o.fresh ?? 10,
    foreground: true,
    workers: "1",
    https: false,
    accessLog: o.accessLog ?? false,
  });
  return startChild(
    [nginx, "-p", o.dir, "-c", file, "-e", path.join(o.dir, "logs", "error.log")],
    process.env,
    path.join(o.dir, "logs", "nginx.out"),
    `http://127.0.0.1:${o.listen}/robots.txt`,
  );
}

/** nginx with a hand-written configuration in dir (the benchmark's static-file server). @param {string} dir @param {number} port */
export function startStatic(dir, port) {
  return startChild(
    [nginxPath(), "-p", dir, "-c", path.join(dir, "nginx.conf"), "-e", path.join(dir, "logs", "error.log")],
    process.env,
    path.join(dir, "logs", "nginx.out"),
    `http://127.0.0.1:${port}/`,
  );
}

/**
 * The peer the throughput figures compare with: a bare Next app in `dir` (inside the
 * project, so it builds with the project's node_modules) whose one catch-all route
 * returns `html`, built with `next build`.
 * @param {string} dir @param {Buffer} html
 */
export function buildBareNext(dir, html) {
  buildPeerApp(
    dir,
    {
      "page.html": html,
      "app/[...path]/route.js": `import { readFileSync } from "node:fs";\nimport path from "node:path";\nconst body = readFileSync(path.join(process.cwd(), "page.html"));\nexport function GET() { return new Response(body, { headers: { "content-type": "text/html; charset=utf-8" } }); }\n`,
    },
    "the bare Next app",
  );
}

/** `next start` of another (bare) Next app. @param {string} dir @param {number} port @param {string} logDir */
export function startBare(dir, port, logDir) {
  return startChild(
    [bin("next"), "start", "-p", String(port)],
    { ...process.env, NODE_ENV: "production" },
    path.join(logDir, `bare-${port}.log`),
    `http://127.0.0.1:${port}/x`,
    dir,
  );
}

/** Removes a test run's keys from Redis. @param {string} url @param {string} prefix */
export async function dropRedisPrefix(url, prefix) {
  const client = createClient({ url, socket: { connectTimeout: 2_000, reconnectStrategy: false } });
  client.on("error", () => {});
  try {
    await client.connect();
    const keys = [];
    for await (const batch of client.scanIterator({ MATCH: `${prefix}*`, COUNT: 500 })) keys.push(...batch);
    for (let i = 0; i < keys.length; i += 500) await client.unlink(keys.slice(i, i + 500));
  } catch {
    // Nothing to clean when Redis is away.
  } finally {
    if (client.isOpen) client.destroy();
  }
}
