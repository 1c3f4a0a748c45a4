import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchDatabase, type Scratch } from "@/lib/testing/scratch-db";
import { sortKeyOf } from "./sort-key";

// Ordering and counting as a reader sees them, on a scratch database of either engine
// (PostgreSQL with SEARCH_TEST_POSTGRES_URL), with the desk's own publishing steps.
let scratch: Scratch;
type Mods = {
  db: typeof import("@/lib/db").db;
  query: typeof import("./query");
  indexer: typeof import("./indexer");
  pub: typeof import("@/lib/content/publishing");
};
let m: Mods;
let sectionId: number;
let n = 0;
const T = new Date("2030-03-01T12:00:00Z");
const day = 86_400_000;
const at = (days: number, seconds = 0) => new Date(T.getTime() + days * day + seconds * 1000);
const actor = { userId: 1 };

async function article(title: string, publishedAt: Date | null, extra: { body?: string; status?: "DRAFT" | "PUBLISHED" } = {}) {
  const row = await m.db.article.create({
    data: {
      locale: "ar",
      slug: `r-${++n}`,
      title,
      standfirst: "",
      body: JSON.stringify([{ type: "paragraph", text: extra.body ?? "فقرة." }]),
      sectionId,
      status: extra.status ?? (publishedAt ? "PUBLISHED" : "DRAFT"),
      publishedAt,
    },
  });
  await m.indexer.indexArticle(m.db, row.id);
  return row.id;
}

async function found(q: string, now: Date, page = 1) {
  const r = await m.query.runSearch(m.db, "ar", q, page, now);
  if (r.kind !== "results") return { titles: [] as string[], total: 0 };
  return { titles: r.hits.map((h) => h.title), total: r.total };
}

beforeAll(async () => {
  scratch = await scratchDatabase("ranking");
  m = { db: (await import("@/lib/db")).db, query: await import("./query"), indexer: await import("./indexer"), pub: await import("@/lib/content/publishing") };
  sectionId = (await m.db.section.create({ data: { slug: "s", nameAr: "أخبار", nameEn: "News", descriptionAr: "", descriptionEn: "" } })).id;
  await m.db.staffUser.create({ data: { email: "e@x.example", displayName: "E", passwordHash: "x" } });
}, 60_000);
afterAll(async () => {
  await m?.db.$disconnect();
  await scratch?.drop();
});

describe("search order and counts", () => {
  it("lists matches of one tier newest first, and two of the same second by the later-created one first", async () => {
    await article("تفاح أول", at(-3));
    await article("تفاح ثالث", at(-1));
    await article("تفاح ثان", at(-2));
    await article("تفاح توأم أ", at(-1, 30));
    await article("تفاح توأم ب", at(-1, 30));
    expect((await found("تفاح", T)).titles).toEqual(["تفاح توأم ب", "تفاح توأم أ", "تفاح ثالث", "تفاح ثان", "تفاح أول"]);
  });

  it("moves an article published now to the top, keeps a scheduled one out until its time, then ranks it by that time", async () => {
    await article("برتقال قديم", at(-10));
    await article("برتقال أحدث", at(-5));
    const late = await article("برتقال لاحق", at(10));
    const item = { type: "article" as const, id: await article("برتقال مسودة", null) };
    expect((await found("برتقال", T)).titles).toEqual(["برتقال أحدث", "برتقال قديم"]);

    await m.pub.publishNow(item, actor, T);
    expect((await found("برتقال", at(0, 1))).titles).toEqual(["برتقال مسودة", "برتقال أحدث", "برتقال قديم"]);

    await m.pub.unpublish(item, actor, at(0, 2));
    expect((await found("برتقال", at(0, 3))).titles).toEqual(["برتقال أحدث", "برتقال قديم"]);

    await m.pub.schedule(item, at(15), actor, at(0, 4));
    expect((await found("برتقال", at(1))).titles).toEqual(["برتقال أحدث", "برتقال قديم"]);
    expect((await found("برتقال", at(12))).titles).toEqual(["برتقال لاحق", "برتقال أحدث", "برتقال قديم"]);
    expect((await found("برتقال", at(20))).titles).toEqual(["برتقال مسودة", "برتقال لاحق", "برتقال أحدث", "برتقال قديم"]);
    expect(late).toBeGreaterThan(0);
  });

  it("continues page 2 where page 1 stopped, across tiers, and counts every visible match once", async () => {
    for (let i = 0; i < 23; i++) await article(`كرز ${i}`, at(-100 + i));
    for (let i = 0; i < 5; i++) await article(`نص ${i}`, at(-50 + i), { body: "عن الكرز" });
    await article("كرز مسودة", null);
    await article("نص مسودة", null, { body: "كرز" });
    const first = await found("كرز", T);
    expect(first.total).toBe(28);
    expect(first.titles).toEqual(Array.from({ length: 20 }, (_, i) => `كرز ${22 - i}`));
    const second = await found("كرز", T, 2);
    expect(second.titles).toEqual(["كرز 2", "كرز 1", "كرز 0", "نص 4", "نص 3", "نص 2", "نص 1", "نص 0"]);
  });

  it("searches right away on a database indexed before the sort key, once its migration has run", async () => {
    await article("مشمش قديم", at(-9));
    await article("مشمش جديد", at(-8));
    // The index as main wrote it: no keys, FTS5 rows under the article id.
    await m.db.$executeRawUnsafe(`UPDATE "SearchDocument" SET "sortKey" = NULL`);
    if (scratch.engine === "sqlite") {
      await m.db.$executeRawUnsafe(`INSERT INTO "SearchFts" ("SearchFts") VALUES ('delete-all')`);
      await m.db.$executeRawUnsafe(
        `INSERT INTO "SearchFts" (rowid, title, standfirst, body) SELECT "articleId", "title", "standfirst", "body" FROM "SearchDocument"`,
      );
    }
    expect(await m.indexer.indexIsBehind(m.db)).toBe(true);
    // The migration's data statements, as committed (its ALTER TABLE and indexes are already in place).
    const folder = scratch.engine === "sqlite" ? "prisma/migrations" : "prisma/postgres/migrations";
    const migration = readdirSync(folder).find((f) => f.endsWith("_search_sort_key"))!;
    const sql = readFileSync(path.join(folder, migration, "migration.sql"), "utf8").replace(/^--.*$/gm, "");
    for (const statement of sql.split(";").map((s) => s.trim())) if (/^(UPDATE|INSERT)\b/.test(statement)) await m.db.$executeRawUnsafe(statement);

    expect(await m.indexer.indexIsBehind(m.db)).toBe(false);
    const rows = await m.db.searchDocument.findMany({ select: { sortKey: true, article: { select: { id: true, publishedAt: true } } } });
    expect(rows.map((r) => r.sortKey)).toEqual(rows.map((r) => sortKeyOf(r.article.publishedAt, r.article.id)));
    expect((await found("مشمش", T)).titles).toEqual(["مشمش جديد", "مشمش قديم"]);
    expect((await found("برتقال", at(20))).titles).toEqual(["برتقال مسودة", "برتقال لاحق", "برتقال أحدث", "برتقال قديم"]);
  });
});
