/**
 * `npm run bench:search`: p50 and p95 latency of 20 realistic Arabic queries
 * against DATABASE_URL, through the search page's own data path
 * (lib/search/query.ts: parse, engine query, rows, snippets), uncached. Prints
 * the engine and the number of articles; fill a scratch database first with
 * `npm run db:seed` and `npm run db:fake -- --articles N`. Also prints the load
 * average before and after and, on SQLite (which runs inside this process), the
 * CPU time per query, and on PostgreSQL the shared buffers read per search
 * (pg_stat_database of this database): figures that other work on the machine
 * inflates far less than the wall clock, or not at all.
 */
import { loadavg } from "node:os";
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { searchEngine } from "@/lib/search/engine";
import { runSearch } from "@/lib/search/query";

const QUERIES = [
  "داعش",
  "الأسد",
  "دير الزور",
  "مخيمات الشمال",
  "سوريا",
  "أسعار الخبز",
  "الكهرباء",
  "اللاجئين",
  "حلب",
  "إدلب",
  "النفط",
  "قسد",
  "المدارس",
  "مستشفى",
  "الليرة",
  "درعا",
  "المياه",
  "الحكومة السورية",
  "قوات النظام",
  "الانتخ",
];

const { values } = parseArgs({ options: { rounds: { type: "string", default: "5" } } });
const rounds = Math.max(1, Number(values.rounds));

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** PostgreSQL: shared buffers hit or read in this database so far (a backend reports its counts within ~10 s when idle). */
async function buffers(): Promise<number> {
  const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT blks_hit + blks_read AS n FROM pg_stat_database WHERE datname = current_database()`;
  return Number(row.n);
}
const settle = () => new Promise((resolve) => setTimeout(resolve, 11_000));

async function main() {
  const articles = await db.article.count();
  const pg = searchEngine() === "postgresql";
  if (pg) await settle();
  const buffersBefore = pg ? await buffers() : 0;
  // One warm-up pass (connections, prepared plans, page cache), not counted.
  for (const q of QUERIES) await runSearch(db, "ar", q, 1);
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
  const loadBefore = load();
  const samples: number[] = [];
  const cpu: number[] = [];
  const perQuery = new Map<string, { ms: number[]; total: number }>();
  for (let r = 0; r < rounds; r++) {
    for (const q of QUERIES) {
      const started = performance.now();
      const cpuStarted = process.cpuUsage();
      const result = await runSearch(db, "ar", q, 1);
      const ms = performance.now() - started;
      const used = process.cpuUsage(cpuStarted);
      samples.push(ms);
      cpu.push((used.user + used.system) / 1000);
      const entry = perQuery.get(q) ?? { ms: [], total: result.kind === "results" ? result.total : 0 };
      entry.ms.push(ms);
      perQuery.set(q, entry);
    }
  }
  samples.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  console.log(`engine ${searchEngine()}, ${articles} articles, ${QUERIES.length} queries × ${rounds} rounds, load average ${loadBefore} → ${load()}`);
  for (const [q, e] of perQuery)
    console.log(`  ${q.padEnd(18)} ${String(e.total).padStart(7)} results  median ${e.ms.sort((a, b) => a - b)[Math.floor(e.ms.length / 2)].toFixed(1)} ms`);
  console.log(`p50 ${percentile(samples, 50).toFixed(1)} ms   p95 ${percentile(samples, 95).toFixed(1)} ms   max ${samples[samples.length - 1].toFixed(1)} ms`);
  if (!pg) console.log(`cpu p50 ${percentile(cpu, 50).toFixed(1)} ms   p95 ${percentile(cpu, 95).toFixed(1)} ms (this process)`);
  if (pg) {
    await settle();
    const searches = (rounds + 1) * QUERIES.length;
    console.log(`shared buffers ${Math.round(((await buffers()) - buffersBefore) / searches)} per search (${searches} searches, warm-up included)`);
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
