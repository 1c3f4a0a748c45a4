import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-views-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;

let db: typeof import("@/lib/db").db;
let views: typeof import("./views-counter");
let live: number;
let draft: number;

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  db = (await import("@/lib/db")).db;
  views = await import("./views-counter");
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
