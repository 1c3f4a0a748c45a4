/**
 * Prints how long the most-read sum takes over a large bucket table:
 *   npx tsx --conditions=react-server scripts/bench-most-read.mts [articles] [hours]
 * A throwaway SQLite database (or DATABASE_URL), N public articles with a
 * bucket for every hour of the last `hours`. Figures only, no assertions.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const articles = Number(process.argv[2] ?? 2000);
const hours = Number(process.argv[3] ?? 24 * 14);
process.env.DATABASE_URL ??= `file:${path.join(mkdtempSync(path.join(tmpdir(), "nashra-bench-")), "bench.db")}`;
execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });

const { db } = await import("@/lib/db");
const { readMostRead } = await import("@/lib/data/most-read");

const section = await db.section.create({ data: { slug: `bench-${Date.now()}`, nameAr: "ب", nameEn: "B", descriptionAr: "", descriptionEn: "" } });
const base = {
  locale: "ar",
  standfirst: "",
  body: "[]",
  sectionId: section.id,
  status: "PUBLISHED" as const,
  publishedAt: new Date(Date.now() - 86_400_000 * 30),
};
await db.article.createMany({ data: Array.from({ length: articles }, (_, i) => ({ ...base, slug: `bench-${section.id}-${i}`, title: `t${i}` })) });
const ids = (await db.article.findMany({ where: { sectionId: section.id }, select: { id: true } })).map((a) => a.id);
const now = Math.floor(Date.now() / 3_600_000) * 3_600_000;
let rows = 0;
for (let h = 0; h < hours; h++) {
  const hour = new Date(now - h * 3_600_000);
  await db.articleViewBucket.createMany({ data: ids.map((articleId, i) => ({ articleId, hour, count: 1 + ((i * 7 + h) % 50) })) });
  rows += ids.length;
}
console.log(`bench: ${articles} articles, ${rows} bucket rows (${hours} h)`);
for (const w of ["day", "week"] as const) {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await readMostRead("ar", w, new Date(), 5);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`bench: most read (${w}) median ${times[2].toFixed(1)} ms, min ${times[0].toFixed(1)} ms over 5 runs`);
}
await db.$disconnect();
