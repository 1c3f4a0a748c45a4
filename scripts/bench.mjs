#!/usr/bin/env node
/**
 * `npm run bench [-- --origin http://localhost:3000 --requests 50]`
 * Prints, for the main page types of a running server, the median and 95th
 * percentile time to the full response, the HTML size (raw and gzip) and the
 * cache status. Figures only: nothing here passes or fails.
 */
import { gzipSync } from "node:zlib";

const args = new Map(process.argv.slice(2).flatMap((a, i, all) => (a.startsWith("--") ? [[a.slice(2), all[i + 1]]] : [])));
const origin = (args.get("origin") || process.env.SITE_URL || "http://localhost:3000").replace(/\/$/, "");
const requests = Math.min(Number(args.get("requests") || 50), 500);

const pages = {
  home: "/",
  article: `/articles/${encodeURIComponent("داعش-يجدد-استهداف-قوات-النظام-ما-مصدر-قوته")}`,
  section: "/sections/reports",
  "section p2": "/sections/reports?page=2",
  episode: "/podcasts/shu-al-hal/power-cuts",
  "home (en)": "/en",
  404: "/articles/no-such-story",
};

const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

console.log(`origin ${origin}, ${requests} sequential requests per page after one warm-up\n`);
console.log("page".padEnd(12), "status", "cache".padEnd(6), "p50 ms".padStart(7), "p95 ms".padStart(7), "html KB".padStart(8), "gzip KB".padStart(8));
for (const [name, path] of Object.entries(pages)) {
  const url = origin + path;
  let response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  const times = [];
  for (let i = 0; i < requests; i++) {
    const t0 = performance.now();
    response = await fetch(url);
    await response.arrayBuffer();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(
    name.padEnd(12),
    String(response.status).padEnd(6),
    (response.headers.get("x-nextjs-cache") ?? "-").padEnd(6),
    pct(times, 50).toFixed(1).padStart(7),
    pct(times, 95).toFixed(1).padStart(7),
    (body.length / 1024).toFixed(1).padStart(8),
    (gzipSync(body).length / 1024).toFixed(1).padStart(8),
  );
}
