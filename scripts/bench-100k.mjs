#!/usr/bin/env node
/**
 * `npm run bench:100k -- --db1k FILE --db100k FILE [--port 3500] [--dist .next-bench-100k] [--runs 3] [--repeat 15]`:
 * the same URLs on a 1,000- and a 100,000-article SQLite database, served by one build
 * (`npm run serve`, DATABASE_URL per run), and the 100k/1k ratio per row. Prints figures
 * only (no assertions) and exits 0. A missing database is made (migrate, seed, db:fake);
 * a missing build is built (against the 100k database, timed).
 *
 * For each URL: "first" is the median over --runs fresh servers of the first request
 * (a copy of the build without its prerendered ISR pages and without a data cache: how
 * issue 12 measured); p50/p95 are over --repeat renders on one server, each after
 * POST /api/revalidate {tags:["content"]} (every read carries that tag), so each is a render,
 * not a cache hit. RSS: the server process after its run (VmRSS, and its peak VmHWM).
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values } = parseArgs({
  options: {
    db1k: { type: "string", default: ".bench/s1k.db" },
    db100k: { type: "string", default: ".bench/s100k.db" },
    port: { type: "string", default: "3500" },
    dist: { type: "string", default: ".next-bench-100k" },
    runs: { type: "string", default: "3" },
    repeat: { type: "string", default: "15" },
  },
});
const port = Number(values.port);
const runs = Math.max(1, Number(values.runs));
const repeat = Math.max(2, Number(values.repeat));
const secret = "bench-100k-revalidate-secret-0123456789abcdef";
const npx = path.join(root, "node_modules", ".bin");

function ensureDatabase(file, articles) {
  const abs = path.resolve(root, file);
  if (existsSync(abs)) return abs;
  const env = { ...process.env, DATABASE_URL: `file:${abs}` };
  console.log(`bench:100k: making ${file} (${articles} articles)`);
  execFileSync(path.join(npx, "prisma"), ["migrate", "deploy"], { cwd: root, env, stdio: "ignore" });
  execFileSync("npm", ["run", "-s", "db:seed"], { cwd: root, env, stdio: "ignore" });
  execFileSync("npm", ["run", "-s", "db:fake", "--", "--articles", String(articles)], { cwd: root, env, stdio: "inherit" });
  return abs;
}

/** The URLs of one database: the biggest section, author and tag of the Arabic edition, a middle article. */
function urlsFor(file) {
  const db = new Database(file, { readonly: true });
  const now = new Date().toISOString().replace("Z", "+00:00");
  const pub = `a.locale = 'ar' AND a.status IN ('PUBLISHED','SCHEDULED') AND a.publishedAt <= '${now}' AND a.withdrawnAt IS NULL`;
  const top = (sql) => db.prepare(sql).get();
  const section = top(`SELECT s.slug, COUNT(*) n FROM Article a JOIN Section s ON s.id = a.sectionId WHERE ${pub} GROUP BY s.id ORDER BY n DESC LIMIT 1`);
  const author = top(
    `SELECT p.slug FROM Article a JOIN ArticleAuthor x ON x.articleId = a.id JOIN Author p ON p.id = x.authorId WHERE ${pub} GROUP BY p.id ORDER BY COUNT(*) DESC LIMIT 1`,
  );
  const tag = top(
    `SELECT t.slug FROM Article a JOIN ArticleTag x ON x.articleId = a.id JOIN Tag t ON t.id = x.tagId WHERE ${pub} GROUP BY t.id ORDER BY COUNT(*) DESC LIMIT 1`,
  );
  const count = top(`SELECT COUNT(*) n FROM Article a WHERE ${pub}`).n;
  const article = top(`SELECT slug FROM Article a WHERE ${pub} ORDER BY a.id LIMIT 1 OFFSET ${Math.floor(count / 2)}`);
  db.close();
  const pages = Math.ceil(section.n / 20);
  const deep = Math.min(500, pages);
  return {
    note: `section ${section.slug}: ${pages} pages${deep < 500 ? ` (no page 500: its last page, ${deep})` : ""}`,
    urls: [
      ["home", "/"],
      ["article", `/articles/${encodeURIComponent(article.slug)}`],
      ["section p1", `/sections/${section.slug}`],
      ["section p500", `/sections/${section.slug}?page=${deep}`],
      ["author", `/authors/${author.slug}`],
      ["tag", `/tags/${tag.slug}`],
      ["sitemap index", "/sitemap.xml"],
      ["sitemap chunk", "/sitemaps/articles-1.xml"],
      ["news sitemap", "/news-sitemap.xml"],
      ["edition feed", "/feed.xml"],
      ["section feed", `/sections/${section.slug}/feed.xml`],
    ],
  };
}

/** A copy of the build without its prerendered ISR pages, stored renders or data cache: a server with nothing cached. */
function freshDist(name) {
  const target = path.join(root, ".bench", "dist", name);
  rmSync(target, { recursive: true, force: true });
  cpSync(path.join(root, values.dist), target, { recursive: true });
  const manifest = JSON.parse(readFileSync(path.join(target, "prerender-manifest.json"), "utf8"));
  for (const [route, r] of Object.entries(manifest.routes)) {
    if (r.initialRevalidateSeconds === false) continue;
    const base = path.join(target, "server", "app", route);
    for (const ext of [".html", ".rsc", ".meta", ".body", ".segments"]) rmSync(base + ext, { recursive: true, force: true });
  }
  // The data cache and the pages, feeds and sitemaps a server rendered and stored since the build.
  rmSync(path.join(target, "cache", "fetch-cache"), { recursive: true, force: true });
  rmSync(path.join(target, "server", "route-cache"), { recursive: true, force: true });
  return path.relative(root, target);
}

async function startServer(dbFile, dist) {
  const env = {
    ...process.env,
    NODE_ENV: "production",
    DATABASE_URL: `file:${dbFile}`,
    NEXT_DIST_DIR: dist,
    PORT: String(port),
    NASHRA_REVALIDATE_SECRET: secret,
  };
  delete env.REDIS_URL;
  const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs")], { cwd: root, env, stdio: "ignore", detached: true });
  for (let i = 0; i < 400; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/robots.txt`)).status < 500) return child;
    } catch {}
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("bench:100k: the server did not answer in 120 s");
}

async function stopServer(child) {
  try {
    process.kill(-child.pid, "SIGKILL");
  } catch {}
  await new Promise((r) => (child.exitCode !== null ? r() : child.once("exit", r)));
}

async function timed(url) {
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${port}${url}`, { redirect: "manual", signal: AbortSignal.timeout(120_000) });
  await res.arrayBuffer();
  return { ms: performance.now() - started, status: res.status, cache: res.headers.get("x-nextjs-cache") ?? "-" };
}

const revalidate = () =>
  fetch(`http://127.0.0.1:${port}/api/revalidate`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
    body: JSON.stringify({ tags: ["content"] }),
  }).then((r) => r.arrayBuffer());

const rss = (pid) => {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (k) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];

async function measure(label, dbFile) {
  const { note, urls } = urlsFor(dbFile);
  const first = new Map(urls.map(([name]) => [name, []]));
  let statuses = "";
  for (let r = 0; r < runs; r++) {
    const server = await startServer(dbFile, freshDist(`${label}-${r}`));
    for (const [name, url] of urls) {
      const t = await timed(url);
      first.get(name).push(t.ms);
      if (t.status !== 200) statuses += ` ${name}=${t.status}`;
    }
    await stopServer(server);
  }
  const server = await startServer(dbFile, freshDist(`${label}-repeat`));
  const rows = {};
  for (const [name, url] of urls) {
    await timed(url);
    const times = [];
    const caches = new Set();
    for (let i = 0; i < repeat; i++) {
      await revalidate();
      const t = await timed(url);
      times.push(t.ms);
      caches.add(t.cache);
    }
    rows[name] = { first: median(first.get(name)), p50: quantile(times, 0.5), p95: quantile(times, 0.95), caches: [...caches].join("/") };
  }
  const mem = rss(server.pid);
  await stopServer(server);
  rmSync(path.join(root, ".bench", "dist"), { recursive: true, force: true });
  return { note, rows, mem, statuses };
}

const db1k = ensureDatabase(values.db1k, 1000);
const db100k = ensureDatabase(values.db100k, 100000);
if (!existsSync(path.join(root, values.dist, "BUILD_ID"))) {
  const started = Date.now();
  execFileSync("npx", ["next", "build"], { cwd: root, env: { ...process.env, DATABASE_URL: `file:${db100k}`, NEXT_DIST_DIR: values.dist }, stdio: "ignore" });
  console.log(`bench:100k: built ${values.dist} against the 100k database in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
const load = () => readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" ");
console.log(`bench:100k: load average ${load()} at start; first = median of ${runs} fresh servers, p50/p95 of ${repeat} renders after revalidation`);
const small = await measure("1k", db1k);
const large = await measure("100k", db100k);
console.log(`  1k:   ${small.note}${small.statuses ? `; not 200:${small.statuses}` : ""}`);
console.log(`  100k: ${large.note}${large.statuses ? `; not 200:${large.statuses}` : ""}`);
const f = (x) => x.toFixed(0).padStart(6);
const ratio = (a, b) => (b / a).toFixed(2).padStart(6);
console.log(
  `${"".padEnd(15)} ${"first 1k".padStart(8)} ${"100k".padStart(6)} ${"×".padStart(6)} | ${"p50 1k".padStart(6)} ${"100k".padStart(6)} ${"×".padStart(6)} | ${"p95 1k".padStart(6)} ${"100k".padStart(6)} ${"×".padStart(6)} | cache`,
);
for (const name of Object.keys(small.rows)) {
  const a = small.rows[name];
  const b = large.rows[name];
  console.log(
    `${name.padEnd(15)} ${f(a.first).padStart(8)} ${f(b.first)} ${ratio(a.first, b.first)} | ${f(a.p50)} ${f(b.p50)} ${ratio(a.p50, b.p50)} | ${f(a.p95)} ${f(b.p95)} ${ratio(a.p95, b.p95)} | ${b.caches}`,
  );
}
console.log(
  `${"server RSS MB".padEnd(15)} ${f(small.mem.rss).padStart(8)} ${f(large.mem.rss)} ${ratio(small.mem.rss, large.mem.rss)} | peak ${f(small.mem.peak)} ${f(large.mem.peak)} ${ratio(small.mem.peak, large.mem.peak)}`,
);
console.log(`bench:100k: load average ${load()} at the end (ms; × = 100k / 1k, goal ≤ 1.2)`);
