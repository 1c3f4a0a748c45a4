import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-views-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;

let db: typeof import("@/lib/db").db;
let views: typeof import("./views-counter");
let mostRead: typeof import("@/lib/data/most-read");
let live: number;
let draft: number;

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  db = (await import("@/lib/db")).db;
  views = await import("./views-counter");
  mostRead = await import("@/lib/data/most-read");
  const section = await db.section.create({ data: { slug: "reports", nameAr: "تقارير", nameEn: "Reports", descriptionAr: "", descriptionEn: "" } });
  const base = { locale: "ar", standfirst: "", body: "[]", sectionId: section.id };
  live = (await db.article.create({ data: { ...base, slug: "live", title: "منشور", status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) } })).id;
  draft = (await db.article.create({ data: { ...base, slug: "draft", title: "مسودة" } })).id;
}, 60_000);

/** Reads of an article so far, as written. */
async function viewCount(articleId: number): Promise<number> {
  return (await db.articleView.findUnique({ where: { articleId } }))?.count ?? 0;
}

describe("page views", () => {
  it("are buffered, then written together: each counted once", async () => {
    for (let i = 0; i < 3; i++) expect(await views.countArticleView(live)).toBe(true);
    expect(await viewCount(live)).toBe(0); // not written yet
    await views.flushViews();
    expect(await viewCount(live)).toBe(3);
    await views.countArticleView(live);
    await views.flushViews();
    expect(await viewCount(live)).toBe(4);
  });

  it("of an article that is not public are not counted", async () => {
    expect(await views.countArticleView(draft)).toBe(false);
    await views.flushViews();
    expect(await viewCount(draft)).toBe(0);
  });
});

describe("most read", () => {
  it("sums the hourly buckets inside the window only, most read first", async () => {
    const base = {
      locale: "ar",
      standfirst: "",
      body: "[]",
      sectionId: (await db.section.findFirstOrThrow()).id,
      status: "PUBLISHED" as const,
      publishedAt: new Date(Date.now() - 86_400_000 * 30),
    };
    const a = (await db.article.create({ data: { ...base, slug: "a", title: "أ" } })).id;
    const b = (await db.article.create({ data: { ...base, slug: "b", title: "ب" } })).id;
    const hour = (h: number) => new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 - h * 3_600_000);
    await db.articleViewBucket.createMany({
      data: [
        { articleId: a, hour: hour(1), count: 5 },
        { articleId: b, hour: hour(2), count: 8 },
        { articleId: a, hour: hour(30), count: 50 }, // outside the day, inside the week
        { articleId: draft, hour: hour(1), count: 999 }, // never public
      ],
    });
    const now = new Date();
    const ids = async (w: "day" | "week") => (await mostRead.readMostRead("ar", w, now, 5)).map((c) => c.id);
    expect((await ids("day")).slice(0, 2)).toEqual([b, a]);
    expect((await ids("week"))[0]).toBe(a);
    expect(await ids("week")).not.toContain(draft);
    expect(await mostRead.readMostRead("en", "week", now, 5)).toEqual([]);
  });

  it("flushed views land in the bucket of the current hour", async () => {
    await views.countArticleView(live);
    await views.countArticleView(live);
    await views.flushViews();
    const bucket = await db.articleViewBucket.findFirst({ where: { articleId: live }, orderBy: { hour: "desc" } });
    expect(bucket?.count).toBeGreaterThanOrEqual(2);
    expect(bucket!.hour.getTime() % 3_600_000).toBe(0);
    expect(Date.now() - bucket!.hour.getTime()).toBeLessThan(3_600_000);
  });
});
