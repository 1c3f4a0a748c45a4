#!/usr/bin/env node
/**
 * Lighthouse on one or more URLs with Debian's Chromium (CHROMIUM_PATH, else
 * /usr/bin/chromium): prints the four category scores per URL, then one JSON
 * line (`LIGHTHOUSE_JSON {...}`) for tests. Exits non-zero only when a page
 * scores below 100 for SEO; performance on a shared machine is information,
 * not a gate.
 *
 *   node scripts/lighthouse.mjs http://localhost:3000/ http://localhost:3000/articles/...
 */
import { existsSync } from "node:fs";
import lighthouse from "lighthouse";
import * as chromeLauncher from "chrome-launcher";

const urls = process.argv.slice(2).filter((a) => !a.startsWith("--"));
if (urls.length === 0) {
  console.error("usage: node scripts/lighthouse.mjs <url> [<url>...]");
  process.exit(2);
}
const chromePath = process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const categories = ["performance", "accessibility", "best-practices", "seo"];

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
const results = [];
try {
  for (const url of urls) {
    const run = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories });
    if (!run) throw new Error(`lighthouse returned nothing for ${url}`);
    const { lhr } = run;
    if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)]));
    // Name what cost SEO points, so a failure says what to fix.
    const seoFailures = (lhr.categories.seo?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
      .map((ref) => ref.id);
    results.push({ url, scores, seoFailures });
    console.log(
      `${url}\n  ${categories.map((c) => `${c} ${scores[c]}`).join("  ")}${seoFailures.length ? `\n  SEO audits failing: ${seoFailures.join(", ")}` : ""}`,
    );
  }
} finally {
  await chrome.kill();
}
console.log(`LIGHTHOUSE_JSON ${JSON.stringify(results)}`);
process.exit(results.every((r) => r.scores.seo === 100) ? 0 : 1);
