#!/usr/bin/env node
/**
 * `npm run lighthouse`: Lighthouse 12 (mobile preset, simulated throttling) with Debian's
 * Chromium (CHROMIUM_PATH, else /usr/bin/chromium) on every public page type of both
 * editions, plus an empty App Router page built in a temporary folder in the same run,
 * whose script bytes are the floor our pages are compared with. Per page it prints the
 * four category scores, LCP, TBT, CLS, FCP and the compressed bytes of scripts, fonts and
 * HTML (the HTML also uncompressed), then one `LIGHTHOUSE_JSON {...}` line for tests.
 * Exits non-zero only when an SEO audit fails (SEO below 100; search results are noindex
 * by design, so there is-crawlable is expected to fail): performance on a shared machine
 * is a printed figure, not a gate.
 *
 *   npm run lighthouse                              pages found on http://localhost:$PORT (3000)
 *   npm run lighthouse -- --origin http://localhost:3600 --runs 3
 *   npm run lighthouse -- --no-baseline URL...      just these URLs
 *
 * --runs N: N runs per page, the median performance and metrics and the lowest other scores.
 */
import { loadavg } from "node:os";
import { existsSync } from "node:fs";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";
import { pageFigures, table } from "./lighthouse-figures.mjs";
import { discoverPages } from "./lighthouse-pages.mjs";
import { startEmptyApp } from "./lighthouse-empty-app.mjs";

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const origin = (option("--origin") || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, "");
const runs = Math.max(1, Number(option("--runs") || 1));
const withBaseline = !argv.includes("--no-baseline");
const given = argv.filter((a, i) => !a.startsWith("--") && !["--origin", "--runs"].includes(argv[i - 1]));

const pages = given.length ? given.map((url) => ({ name: url, url })) : await discoverPages(origin);
const chromePath = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const categories = ["performance", "accessibility", "best-practices", "seo"];

console.log(
  `lighthouse: ${pages.length} pages × ${runs} run(s); load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
const empty = withBaseline ? await startEmptyApp() : null;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
});

async function audit(url) {
  const run = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
  if (!run) throw new Error(`lighthouse returned nothing for ${url}`);
  if (run.lhr.runtimeError) throw new Error(`${url}: ${run.lhr.runtimeError.code} ${run.lhr.runtimeError.message}`);
  return run.lhr;
}

const results = [];
let baseline = null;
try {
  if (empty) {
    baseline = pageFigures("empty App Router page", empty.url, [await audit(empty.url)]);
    console.log(table([baseline]));
  }
  for (const page of pages) {
    const lhrs = [];
    for (let i = 0; i < runs; i++) lhrs.push(await audit(page.url));
    const figures = pageFigures(page.name, page.url, lhrs);
    if (page.noindexByDesign) figures.seoFailures = figures.seoFailures.filter((id) => id !== "is-crawlable");
    if (baseline) figures.jsOverEmptyKB = +(figures.bytes.js / 1024 - baseline.bytes.js / 1024).toFixed(1);
    results.push(figures);
    console.log(table([figures], { header: false }));
  }
} finally {
  await chrome.kill();
  empty?.stop();
}
// The gate: every SEO audit passes (on a noindex-by-design page, every one but is-crawlable).
const failing = results.filter((r) => r.seoFailures.length > 0);
for (const r of failing) console.log(`SEO audits failing on ${r.url}: ${r.seoFailures.join(", ")}`);
for (const page of pages.filter((p) => p.noindexByDesign))
  console.log(`${page.name}: noindex by design, so Lighthouse's is-crawlable fails there and SEO reads below 100`);
if (baseline) {
  const worst = Math.max(...results.map((r) => r.jsOverEmptyKB));
  const heaviest = Math.max(...results.map((r) => r.bytes.js)) / 1024;
  console.log(
    `scripts: the heaviest page loads ${heaviest.toFixed(1)} KB, ${worst >= 0 ? `${worst} KB more` : `${-worst} KB less`} than the empty App Router page (${(baseline.bytes.js / 1024).toFixed(1)} KB; goal: at most 15 KB more)`,
  );
}
console.log(`LIGHTHOUSE_JSON ${JSON.stringify(results)}`);
process.exit(failing.length ? 1 : 0);
