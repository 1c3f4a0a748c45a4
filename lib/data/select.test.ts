import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-select-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;

let db: typeof import("@/lib/db").db;
let select: typeof import("./select");
let live: number;
let draft: number;

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  db = (await import("@/lib/db")).db;
  select = await import("./select");
  const section = await db.section.create({ data: { slug: "reports", nameAr: "تقارير", nameEn: "Reports", descriptionAr: "", descriptionEn: "" } });
  const base = { locale: "ar", standfirst: "", body: "[]", sectionId: section.id };
  live = (await db.article.create({ data: { ...base, slug: "new-name", title: "منشور", status: "PUBLISHED", publishedAt: new Date(Date.now() - 60_000) } })).id;
  draft = (await db.article.create({ data: { ...base, slug: "draft", title: "مسودة" } })).id;
  await db.articleSlug.create({ data: { locale: "ar", slug: "old-name", articleId: live } });
}, 60_000);

describe("an article's dates", () => {
  it("never show an update before the publication", () => {
    const published = new Date("2024-01-02T00:00:00Z");
    expect(select.laterOf(new Date("2024-01-01T00:00:00Z"), published)).toEqual(published);
    expect(select.laterOf(new Date("2024-01-03T00:00:00Z"), published)).toEqual(new Date("2024-01-03T00:00:00Z"));
    expect(select.laterOf(new Date("2024-01-01T00:00:00Z"), null)).toEqual(new Date("2024-01-01T00:00:00Z"));
  });
});

describe("a slug in an edition", () => {
  it("finds its article by the current slug and by a slug it was renamed from", async () => {
    expect(await select.findArticleBySlug("ar", "new-name", { id: true, slug: true })).toEqual({ id: live, slug: "new-name" });
    expect(await select.findArticleBySlug("ar", "old-name", { id: true, slug: true })).toEqual({ id: live, slug: "new-name" });
  });

  it("finds nothing in the other edition or for an unknown slug", async () => {
    expect(await select.findArticleBySlug("en", "new-name", { id: true })).toBeNull();
    expect(await select.findArticleBySlug("ar", "never-used", { id: true })).toBeNull();
  });
});

describe("related-link targets", () => {
  it("are only public articles for readers, any article for staff", async () => {
    expect(Object.keys(await select.findRelatedTargets([live, draft], new Date())).map(Number)).toEqual([live]);
    expect(
      Object.keys(await select.findRelatedTargets([live, draft], null))
        .map(Number)
        .sort(),
    ).toEqual([live, draft].sort());
    expect(await select.findRelatedTargets([], new Date())).toEqual({});
  });
});
