import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { scratchDatabase, type Scratch } from "@/lib/testing/scratch-db";

// A scratch database with the real migrations (SQLite, or PostgreSQL with SEARCH_TEST_POSTGRES_URL);
// the modules read DATABASE_URL when first imported.
let scratch: Scratch;

type Mods = { db: typeof import("@/lib/db").db; query: typeof import("./query"); indexer: typeof import("./indexer") };
let m: Mods;
const now = new Date();
const daysAgo = (n: number) => new Date(now.getTime() - n * 86_400_000);
let sectionId: number;
let n = 0;

async function article(a: {
  title: string;
  standfirst?: string;
  body?: string;
  at: Date | null;
  status?: "DRAFT" | "SCHEDULED" | "PUBLISHED";
  withdrawn?: boolean;
  locale?: string;
}) {
  const body = JSON.stringify([{ type: "paragraph", text: a.body ?? "فقرة." }]);
  const row = await m.db.article.create({
    data: {
      locale: a.locale ?? "ar",
      slug: `a-${++n}`,
      title: a.title,
      standfirst: a.standfirst ?? "مقدمة.",
      body,
      sectionId,
      status: a.status ?? "PUBLISHED",
      publishedAt: a.at,
      withdrawnAt: a.withdrawn ? daysAgo(0) : null,
    },
  });
  await m.indexer.indexArticle(m.db, row.id);
  return a.title;
}

async function titles(q: string, page = 1) {
  const r = await m.query.runSearch(m.db, "ar", q, page, now);
  return r.kind === "results" ? r : null;
}

beforeAll(async () => {
  scratch = await scratchDatabase("search");
  m = { db: (await import("@/lib/db")).db, query: await import("./query"), indexer: await import("./indexer") };
  sectionId = (await m.db.section.create({ data: { slug: "s", nameAr: "أخبار", nameEn: "News", descriptionAr: "", descriptionEn: "" } })).id;
}, 60_000);
afterAll(async () => {
  await m?.db.$disconnect();
  await scratch?.drop();
});

describe("search ranking over the engine (scratch database)", () => {
  it("title tier, then title and standfirst, then anywhere; newer first within each; hidden items never", async () => {
    const bodyOld = await article({ title: "خبر أول", body: "قمح وزيتون في الحقل", at: daysAgo(30) });
    const titleOld = await article({ title: "قمح وزيتون قديم", at: daysAgo(20) });
    const leadNew = await article({ title: "عن القمح", standfirst: "وزيتون", at: daysAgo(1) });
    const titleNew = await article({ title: "زيتون وقمح جديد", at: daysAgo(2) });
    const bodyNew = await article({ title: "خبر ثان", body: "الزيتون والقمح", at: daysAgo(3) });
    // Hidden ones, each newer than every visible match and matching in the title: never returned.
    await article({ title: "قمح زيتون مسودة", at: null, status: "DRAFT" });
    await article({ title: "قمح زيتون مجدول", at: new Date(now.getTime() + 86_400_000), status: "SCHEDULED" });
    await article({ title: "قمح زيتون مسحوب", at: daysAgo(0), withdrawn: true });
    await article({ title: "قمح زيتون", at: daysAgo(0), locale: "en" });
    const r = await titles("قمح زيتون");
    expect(r?.hits.map((h) => h.title)).toEqual([titleNew, titleOld, leadNew, bodyNew, bodyOld]);
    expect(r).toMatchObject({ total: 5, capped: false, pages: 1 });
  });

  it("counts up to RESULT_CAP, then capped; paging stops at the cap", async () => {
    const cap = m.query.RESULT_CAP;
    const sql = Array.from({ length: cap + 5 }, (_, i) => i);
    for (let i = 0; i < sql.length; i += 200) {
      const batch = sql.slice(i, i + 200);
      await m.db.$transaction(
        async (tx) => {
          for (const j of batch) {
            const row = await tx.article.create({
              data: {
                locale: "ar",
                slug: `bulk-${j}`,
                title: `رمان ${j}`,
                standfirst: "",
                body: "[]",
                sectionId,
                status: "PUBLISHED",
                publishedAt: daysAgo(j + 1),
              },
            });
            await m.indexer.indexArticle(tx, row.id);
          }
        },
        { timeout: 60_000 },
      );
    }
    const first = await titles("رمان");
    expect(first).toMatchObject({ total: cap, capped: true, pages: cap / 20 });
    expect(first?.hits.map((h) => h.title).slice(0, 2)).toEqual(["رمان 0", "رمان 1"]);
    const last = await titles("رمان", cap / 20);
    expect(last?.hits.map((h) => h.title)).toEqual(Array.from({ length: 20 }, (_, i) => `رمان ${cap - 20 + i}`));
    expect(await m.query.runSearch(m.db, "ar", "رمان", cap / 20 + 1, now)).toEqual({ kind: "notFound" });
  }, 120_000);
});
