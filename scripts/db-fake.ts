/**
 * `npm run db:fake -- --articles N [--seed S]`: ADDS N generated articles to the
 * database in DATABASE_URL (it never deletes anything; point DATABASE_URL at a
 * scratch database). Realistic text: sentences of the demo newsroom's own
 * Arabic and English articles recombined, about 85 % Arabic; spread over the
 * seeded sections, authors and tags, published at a steady `--per-day` (default 40,
 * both editions together) going back from now as far as N needs (./fake-dates.ts),
 * a few drafts and scheduled items, some with «اقرأ أيضاً» related links to
 * earlier articles. Inserted in batches, each one transaction with its search
 * rows (the same index writer as the app). Run `npm run db:seed` first.
 *
 * `--batch` (default 500) articles per transaction: the search writer's
 * `deleteMany({ articleId: { in } })` goes through Prisma's SQLite bind-value limit
 * (999), so 1,000 failed there with P2029; 500 stays under it on both engines.
 */
import { parseArgs } from "node:util";
import { serializeBody, type Block } from "@/lib/blocks";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { searchEngine, writeSearchDocuments } from "@/lib/search/engine";
import { bodyText } from "@/lib/search/text";
import { rebuildListCounts, refreshSitemapChunks } from "@/lib/content/summaries";
import { allSeedArticles } from "../prisma/seed/seed";
import { DEFAULT_PER_DAY, publicationTime } from "./fake-dates";

const { values } = parseArgs({
  options: {
    articles: { type: "string" },
    seed: { type: "string", default: "1" },
    batch: { type: "string", default: "500" },
    "per-day": { type: "string", default: String(DEFAULT_PER_DAY) },
  },
});
const total = Number(values.articles);
if (!Number.isInteger(total) || total < 1) {
  console.error("usage: npm run db:fake -- --articles N [--per-day D] [--seed S]  (adds N articles to DATABASE_URL)");
  process.exit(2);
}
const perDay = Number(values["per-day"]);
if (!(perDay > 0)) {
  console.error("db:fake: --per-day must be a positive number");
  process.exit(2);
}
const batchSize = Math.min(900, Math.max(1, Number(values.batch) || 500));
const engine = searchEngine();

// A small deterministic generator (mulberry32), so a seed gives the same articles.
let state = Number(values.seed) >>> 0 || 1;
function random(): number {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));

type Corpus = { sentences: string[]; titles: string[] };
function corpus(locale: "ar" | "en"): Corpus {
  const articles = allSeedArticles().filter((a) => a.locale === locale);
  const text = articles.flatMap((a) => [a.standfirst, ...a.body.flatMap((b) => (b.type === "paragraph" || b.type === "quote" ? [b.text] : []))]);
  const sentences = text
    .flatMap((p) => p.split(/(?<=[.!?؟…])\s+/u))
    .map((s) => s.trim())
    .filter((s) => s.split(/\s+/).length >= 5);
  return { sentences, titles: articles.map((a) => a.title) };
}
const corpora = { ar: corpus("ar"), en: corpus("en") };

function titleFrom(c: Corpus): string {
  // Half the time a demo headline's first half with another's end, else the start of a sentence.
  if (random() < 0.5) {
    const a = pick(c.titles).split(/\s+/);
    const b = pick(c.titles).split(/\s+/);
    return [...a.slice(0, Math.ceil(a.length / 2)), ...b.slice(Math.ceil(b.length / 2))].join(" ");
  }
  return pick(c.sentences)
    .split(/\s+/)
    .slice(0, between(5, 10))
    .join(" ")
    .replace(/[،,.:؛]$/u, "");
}

function paragraph(c: Corpus): string {
  return Array.from({ length: between(2, 4) }, () => pick(c.sentences)).join(" ");
}

type Row = {
  locale: string;
  slug: string;
  title: string;
  standfirst: string;
  body: string;
  sectionId: number;
  status: string;
  publishedAt: Date | null;
  updatedAt: Date;
  createdAt: Date;
  withdrawnAt: Date | null;
};

/** One multi-row INSERT … RETURNING (Prisma's createMany spends seconds per thousand long rows here). */
function insertArticles(tx: Prisma.TransactionClient, rows: Row[]): Promise<{ id: number; slug: string }[]> {
  const status = (s: string) => (engine === "sqlite" ? Prisma.sql`${s}` : Prisma.sql`CAST(${s} AS "PublishStatus")`);
  const values = rows.map(
    (r) =>
      Prisma.sql`(${r.locale}, ${r.slug}, ${r.title}, ${r.standfirst}, ${r.body}, ${r.sectionId}, ${status(r.status)}, ${r.publishedAt}, ${r.withdrawnAt}, ${r.updatedAt}, ${r.createdAt})`,
  );
  return tx.$queryRaw`INSERT INTO "Article" ("locale", "slug", "title", "standfirst", "body", "sectionId", "status", "publishedAt", "withdrawnAt", "updatedAt", "createdAt") VALUES ${Prisma.join(values)} RETURNING "id" AS id, "slug" AS slug`;
}

async function main() {
  const [sections, authors, tags] = await Promise.all([
    db.section.findMany({ select: { id: true } }),
    db.author.findMany({ select: { id: true } }),
    db.tag.findMany({ select: { id: true } }),
  ]);
  if (!sections.length || !authors.length) throw new Error("db:fake: no sections or authors: run `npm run db:seed` first");
  const run = Date.now().toString(36);
  const now = Date.now();
  const recent: Record<"ar" | "en", number[]> = { ar: [], en: [] };
  const started = Date.now();
  let written = 0;
  while (written < total) {
    const n = Math.min(batchSize, total - written);
    const rows = Array.from({ length: n }, (_, i) => {
      const locale: "ar" | "en" = random() < 0.85 ? "ar" : "en";
      const c = corpora[locale];
      const blocks: Block[] = [];
      const paragraphs = between(4, 9);
      for (let p = 0; p < paragraphs; p++) {
        if (p === 3 && random() < 0.3) blocks.push({ type: "heading", text: titleFrom(c), level: 2 });
        blocks.push({ type: "paragraph", text: paragraph(c) });
      }
      const earlier = recent[locale];
      if (earlier.length && random() < 0.4)
        blocks.splice(2, 0, { type: "related", label: random() < 0.5 ? "readAlso" : "mayInterest", articleId: pick(earlier) });
      const roll = random();
      const status = roll < 0.02 ? "DRAFT" : roll < 0.03 ? "SCHEDULED" : "PUBLISHED";
      const publishedAt =
        status === "DRAFT"
          ? null
          : status === "SCHEDULED"
            ? new Date(now + between(1, 30) * 86_400_000)
            : publicationTime(written + i, total, perDay, now, random);
      return {
        locale,
        slug: `fake-${run}-${written + i}`,
        title: titleFrom(c),
        standfirst: pick(c.sentences),
        body: serializeBody(blocks),
        sectionId: pick(sections).id,
        status: status as "DRAFT" | "SCHEDULED" | "PUBLISHED",
        publishedAt,
        // About 0.5 % of published stories were later withdrawn (410 for readers, in no list or sitemap).
        withdrawnAt: status === "PUBLISHED" && random() < 0.005 ? new Date(Math.min(now, publishedAt!.getTime() + 86_400_000)) : null,
        updatedAt: publishedAt ?? new Date(now),
        createdAt: publishedAt ?? new Date(now),
        blocks,
      };
    });
    await db.$transaction(
      async (tx) => {
        const created = await insertArticles(tx, rows);
        const bySlug = new Map(created.map((c) => [c.slug, Number(c.id)]));
        const ids = rows.map((r) => bySlug.get(r.slug)!);
        await tx.articleAuthor.createMany({
          data: ids.flatMap((articleId) => {
            const first = pick(authors).id;
            const second = random() < 0.15 ? pick(authors).id : first;
            return second === first
              ? [{ articleId, authorId: first, position: 0 }]
              : [
                  { articleId, authorId: first, position: 0 },
                  { articleId, authorId: second, position: 1 },
                ];
          }),
        });
        if (tags.length)
          await tx.articleTag.createMany({
            data: ids.flatMap((articleId) => [...new Set(Array.from({ length: between(0, 3) }, () => pick(tags).id))].map((tagId) => ({ articleId, tagId }))),
          });
        await writeSearchDocuments(
          tx,
          rows.map((r, i) => ({ id: ids[i], locale: r.locale, title: r.title, standfirst: r.standfirst, body: bodyText(r.blocks) })),
          engine,
        );
        await refreshSitemapChunks(tx, ids);
        rows.forEach((r, i) => {
          const list = recent[r.locale];
          list.push(ids[i]);
          if (list.length > 200) list.shift();
        });
      },
      { timeout: 600_000 },
    );
    written += n;
    if (written % 10_000 === 0 || written === total) console.log(`db:fake: ${written}/${total} articles (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  }
}

main()
  // The author and tag counts (lib/content/summaries.ts) in one grouped read, not per batch.
  .then(() => rebuildListCounts())
  // Fresh planner statistics after a bulk load (the same statement on both engines).
  .then(() => db.$executeRawUnsafe("ANALYZE"))
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
