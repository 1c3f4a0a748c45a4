#!/usr/bin/env node
/**
 * `npm run bench:performance [-- --skip-lighthouse --skip-100k --duration 5 --connections 20]`
 * Every performance figure of README "Performance" in one run (nothing passes or fails):
 *   1. the build: how long `next build` takes on the demo newsroom;
 *   2. Lighthouse (mobile) on every public page type in both editions, with the
 *      JavaScript, font and HTML bytes per page and the empty App Router page's
 *      bundle as the peer (scripts/lighthouse.mjs);
 *   3. the seed article's HTML: bytes, gzip, and how much of it is the React payload;
 *   4. throughput of the cached seed article on one instance against a bare Next
 *      app returning the same bytes (and the same instance with its in-memory page
 *      copies off, which is Next's own cached-page path);
 *   5. a staff preview (a share link, rendered per request): p50 and p95;
 *   6. 100,000 articles against 1,000 (scripts/bench-100k.mjs; it makes and keeps
 *      its databases the first time, which takes a while).
 * Uses ports 3340-3349 and e2e/.tmp/perf.
 */
import autocannon from "autocannon";
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { buildBareNext, prepareDatabase, root, sharedEnv, startBare, startInstance } from "./scale-stack.mjs";

const { values } = parseArgs({
  options: {
    "skip-lighthouse": { type: "boolean", default: false },
    "skip-100k": { type: "boolean", default: false },
    duration: { type: "string", default: "5" },
    connections: { type: "string", default: "20" },
  },
});
const duration = Number(values.duration);
const connections = Number(values.connections);
const tmp = path.join(root, "e2e", ".tmp", "perf");
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
const logs = path.join(tmp, "logs");
const article = `/articles/${encodeURIComponent("داعش-يجدد-استهداف-قوات-النظام-ما-مصدر-قوته")}`;
const port = 3340;
const origin = `http://localhost:${port}`;
const bin = (/** @type {string} */ name) => path.join(root, "node_modules", ".bin", name);

/** @type {{ signal: (s: NodeJS.Signals) => void }[]} */
const children = [];
const stopAll = () => children.forEach((c) => c.signal("SIGKILL"));
process.on("SIGINT", () => (stopAll(), process.exit(1)));

const heading = (/** @type {string} */ title) => console.log(`\n## ${title}\n`);
const pct = (/** @type {number[]} */ sorted, /** @type {number} */ p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/** Requests per second for one URL after a warm-up. @param {string} url */
async function rps(url) {
  for (let i = 0; i < 5; i++) await (await fetch(url)).arrayBuffer();
  await autocannon({ url, connections, duration: 2 });
  const r = await autocannon({ url, connections, duration });
  return { rps: r.requests.average, bad: r.non2xx + r.errors + r.timeouts };
}

/** p50/p95 of `n` sequential requests after 20 to warm up. @param {string} url @param {number} n */
async function latency(url, n) {
  const times = [];
  let status = 0;
  for (let i = 0; i < n + 20; i++) {
    const t0 = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    status = res.status;
    if (i >= 20) times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { p50: pct(times, 50), p95: pct(times, 95), status };
}

const row = (/** @type {string} */ label, /** @type {string} */ value, /** @type {string} */ note = "") =>
  console.log(`${label.padEnd(46)} ${value.padStart(12)}  ${note}`);

try {
  const env = sharedEnv({ databaseUrl: `file:${path.join(tmp, "perf.db")}`, distDir: ".next-perf", mediaDir: path.join(tmp, "media"), siteUrl: origin });
  prepareDatabase(env);

  heading("Build");
  const started = Date.now();
  const build = spawnSync(bin("next"), ["build"], { cwd: root, env, stdio: "ignore" });
  if (build.status !== 0) throw new Error("next build failed");
  row("next build, demo newsroom", `${((Date.now() - started) / 1000).toFixed(1)} s`);

  const instance = await startInstance(port, env, logs);
  children.push(instance);

  if (!values["skip-lighthouse"]) {
    heading("Lighthouse (mobile preset, simulated throttling)");
    const lh = spawnSync(process.execPath, [path.join(root, "scripts", "lighthouse.mjs"), "--origin", origin], { cwd: root, env, stdio: "inherit" });
    if (lh.status !== 0) console.log(`(lighthouse exited ${lh.status})`);
  }

  heading("The seed article's HTML");
  const html = Buffer.from(await (await fetch(origin + article)).arrayBuffer());
  // The same page as Next renders it, with its client runtime (NASHRA_NEXT_RUNTIME=keep).
  const keeping = await startInstance(port + 3, { ...env, NASHRA_NEXT_RUNTIME: "keep" }, logs);
  children.push(keeping);
  const rendered = Buffer.from(await (await fetch(`http://localhost:${port + 3}${article}`)).arrayBuffer());
  keeping.signal("SIGKILL");
  const flight = (/** @type {Buffer} */ page) =>
    [...page.toString("utf8").matchAll(/<script>self\.__next_f\.push\((.*?)\)<\/script>/gs)].reduce((n, m) => n + Buffer.byteLength(m[1]), 0);
  const kb = (/** @type {number} */ n) => `${(n / 1024).toFixed(1)} KB`;
  row("HTML as sent", kb(html.length), `gzip ${kb(gzipSync(html).length)}`);
  row("  as Next renders it (runtime kept)", kb(rendered.length), `gzip ${kb(gzipSync(rendered).length)}`);
  row("  of which the React payload (__next_f)", kb(flight(rendered)), `${((100 * flight(rendered)) / rendered.length).toFixed(0)} %`);
  row("  React payload left as sent", kb(flight(html)));

  heading(`Throughput: ${connections} connections, ${duration} s per figure`);
  const bareDir = path.join(tmp, "bare");
  buildBareNext(bareDir, html);
  const viaCopies = await rps(origin + article);
  const withoutCopies = await startInstance(port + 1, { ...env, NASHRA_PAGE_CACHE_SECONDS: "0" }, logs);
  children.push(withoutCopies);
  const nextPath = await rps(`http://localhost:${port + 1}${article}`);
  withoutCopies.signal("SIGKILL");
  const bare = await startBare(bareDir, port + 2, logs);
  children.push(bare);
  const bareRps = await rps(`http://localhost:${port + 2}${article}`);
  bare.signal("SIGKILL");
  const show = (/** @type {string} */ label, /** @type {{ rps: number; bad: number }} */ r) =>
    row(label, `${r.rps.toFixed(0)} req/s`, r.bad ? `(${r.bad} not 200!)` : "");
  show("cached article, one instance", viaCopies);
  show("  the same, in-memory copies off (Next's path)", nextPath);
  show("bare Next route, same bytes", bareRps);
  row("  ratio instance / bare Next", (viaCopies.rps / bareRps.rps).toFixed(2), "(goal >= 0.9)");
  row("  ratio Next's path / bare Next", (nextPath.rps / bareRps.rps).toFixed(2));

  heading("A staff preview (share link, rendered per request), 50 sequential requests");
  const link = spawnSync(bin("tsx"), ["--conditions=react-server", "scripts/bench-preview-link.mts"], { cwd: root, env, encoding: "utf8" });
  if (link.status !== 0) throw new Error(`no preview link: ${link.stderr}`);
  const preview = await latency(origin + link.stdout.trim(), 50);
  row("preview p50", `${preview.p50.toFixed(1)} ms`, `p95 ${preview.p95.toFixed(1)} ms, status ${preview.status} (goal p50 <= 30 ms)`);
  const cached = await latency(origin + article, 50);
  row("cached article p50, for comparison", `${cached.p50.toFixed(1)} ms`, `p95 ${cached.p95.toFixed(1)} ms`);
  instance.signal("SIGKILL");

  if (!values["skip-100k"]) {
    heading("100,000 articles against 1,000");
    const big = spawnSync(process.execPath, [path.join(root, "scripts", "bench-100k.mjs"), "--port", String(port + 5)], { cwd: root, stdio: "inherit" });
    if (big.status !== 0) console.log(`(bench-100k exited ${big.status})`);
  }
  console.log(
    `\nbench:performance finished ${new Date().toISOString()}; load average now ${(await import("node:os"))
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(" ")}`,
  );
} catch (error) {
  console.error(`bench:performance: ${/** @type {Error} */ (error).message}`);
  process.exitCode = 1;
} finally {
  stopAll();
}
