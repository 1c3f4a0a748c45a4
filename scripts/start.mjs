#!/usr/bin/env node
/**
 * `npm start`: everything a fresh clone needs, in order, each step only when needed.
 *   1. apply committed migrations to the database (DATABASE_URL: the SQLite file prisma/nashra.db
 *      by default, or postgresql://...);
 *   2. seed the demo newsroom's content when the database has none (its media go to NASHRA_MEDIA_DIR);
 *   3. on a database with no staff, create one admin with a random password
 *      and print it once here (never a known password: no demo account);
 *   4. build when there is no build or the sources changed since the last one;
 *   5. serve on PORT (default 3000) with scripts/serve.mjs (`npm run serve` runs only this step).
 * With --dev: steps 1–2, the README's demo editor instead of step 3, then
 * `next dev` instead of building.
 * A NASHRA_SECRET (or NASHRA_REVALIDATE_SECRET) that is set but shorter than
 * 32 characters stops the production path before anything runs.
 */
import { spawnSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { databaseProblem } from "./check-database.mjs";
import { copyDemoMedia } from "./demo-media.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
process.chdir(root);
const port = process.env.PORT || "3000";
process.env.PORT = port;
process.env.DATABASE_URL ||= `file:${path.join(root, "prisma", "nashra.db")}`;
process.env.SITE_URL ||= `http://localhost:${port}`;
// Media of every item lives here, outside public/, served by app/media only while an item using it is public.
process.env.NASHRA_MEDIA_DIR = path.resolve(process.env.NASHRA_MEDIA_DIR || path.join(root, ".data", "media"));
const distDir = process.env.NEXT_DIST_DIR || ".next";
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const dev = process.argv.includes("--dev");

// Same rule as lib/secrets.ts secretConfigError(): one line naming the variable, no stack.
for (const name of ["NASHRA_SECRET", "NASHRA_REVALIDATE_SECRET"]) {
  const value = process.env[name];
  if (value && value.length < 32) {
    const message = `${name} is set but has ${value.length} characters; it needs at least 32`;
    if (!dev) {
      console.error(`start: ${message}`);
      process.exit(1);
    }
    console.warn(`start: warning: ${message} (ignored by the dev server)`);
  }
}

function run(cmd, args, label) {
  const started = Date.now();
  const result = spawnSync(cmd, args, { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error(`start: ${label} failed (exit ${result.status})`);
    process.exit(result.status ?? 1);
  }
  console.log(`start: ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const problem = await databaseProblem(process.env.DATABASE_URL);
if (problem) {
  console.error(`start: ${problem}`);
  process.exit(1);
}

run(bin("prisma"), ["migrate", "deploy"], "migrate");

const count = spawnSync(bin("tsx"), ["scripts/content-count.ts"], { encoding: "utf8", env: process.env });
if (count.status !== 0) {
  process.stderr.write(count.stderr);
  process.exit(count.status ?? 1);
}
const articles = Number(count.stdout.trim().split("\n").pop());
if (!Number.isInteger(articles)) {
  console.error(`start: could not count articles: ${JSON.stringify(count.stdout)}`);
  process.exit(1);
}
console.log(`start: ${articles} articles in ${process.env.DATABASE_URL}`);
if (articles > 0 && !existsSync(process.env.NASHRA_MEDIA_DIR)) {
  // A database seeded before media left public/: give it the demo files it names.
  console.log(`start: ${copyDemoMedia(process.env.NASHRA_MEDIA_DIR)} demo media files copied to ${process.env.NASHRA_MEDIA_DIR}`);
}
if (articles === 0) {
  run(bin("tsx"), ["prisma/seed/run.ts"], "seed (empty database)");
  // Pages and reads cached from another database would be wrong now: start the build afresh.
  rmSync(distDir, { recursive: true, force: true });
}

// A database from before search (or filled behind the app's back) gets its search index once.
run(bin("tsx"), ["scripts/search-reindex.ts", "--if-needed"], "search index check");

if (dev) {
  run(bin("tsx"), ["prisma/seed/demo-editor.ts"], "demo editor (dev only)");
  const server = spawn(bin("next"), ["dev", "-p", port], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
} else {
  run(bin("tsx"), ["scripts/first-account.ts"], "staff check");
  startProduction();
}

// The build fingerprint: every source file's path, size and mtime.
function startProduction() {
  const sourceRoots = [
    "app",
    "components",
    "lib",
    "i18n",
    "locales",
    "public",
    "proxy.ts",
    "next.config.js",
    "cache-handler.js",
    "package-lock.json",
    "postcss.config.mjs",
    "tsconfig.json",
    "prisma/schema.prisma",
  ];
  function* files(p) {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      if (p.endsWith(`${path.sep}generated`) || p === path.join("lib", "generated")) return;
      for (const name of readdirSync(p).sort()) yield* files(path.join(p, name));
    } else yield `${p}:${st.size}:${Math.floor(st.mtimeMs)}`;
  }
  const fingerprint = () => {
    const hash = createHash("sha256");
    // next.config.js sends HSTS only when SITE_URL is https: a change of scheme needs a build.
    hash.update(`https:${/^https:/i.test(process.env.SITE_URL)}\n`);
    for (const r of sourceRoots) for (const f of files(r)) hash.update(`${f}\n`);
    return hash.digest("hex");
  };
  const stampFile = path.join(distDir, "nashra-build-stamp");
  const built = existsSync(path.join(distDir, "BUILD_ID")) && existsSync(stampFile) && readFileSync(stampFile, "utf8") === fingerprint();
  if (built) console.log("start: build is current");
  else {
    run(bin("next"), ["build"], "build");
    // Taken after the build: `next build` itself may edit tsconfig.json (it adds the type
    // folder of a build directory it does not find there), which would make the next start rebuild.
    writeFileSync(stampFile, fingerprint());
  }

  const server = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
