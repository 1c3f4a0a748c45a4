import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// A scratch database with the real migrations; the modules read DATABASE_URL when first imported.
const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-sched-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;

type Mods = { db: typeof import("@/lib/db").db; pub: typeof import("./publishing") };
let m: Mods;
let articleId: number;
const T = new Date("2030-05-01T09:00:00Z");
const actor = { userId: 1 };

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  m = { db: (await import("@/lib/db")).db, pub: await import("./publishing") };
  const section = await m.db.section.create({ data: { slug: "reports", nameAr: "تقارير", nameEn: "Reports", descriptionAr: "", descriptionEn: "" } });
  await m.db.staffUser.create({ data: { email: "e@x.example", displayName: "E", passwordHash: "x" } });
  const a = await m.db.article.create({ data: { locale: "ar", slug: "later", title: "لاحقاً", standfirst: "", body: "[]", sectionId: section.id } });
  articleId = a.id;
}, 60_000);

describe("scheduling with an injected clock", () => {
  it("refuses a time in the past", async () => {
    await expect(m.pub.schedule({ type: "article", id: articleId }, new Date(T.getTime() - 1), actor, T)).rejects.toThrow("pastTime");
  });

  it("publishes nothing before the time, and the item (with its tags) once the time has come", async () => {
    const before = new Date(T.getTime() - 60 * 60_000);
    await m.pub.schedule({ type: "article", id: articleId }, T, actor, before);
    expect(await m.pub.publishDue(new Date(T.getTime() - 1000))).toEqual({ items: [], tags: [] });

    const due = await m.pub.publishDue(new Date(T.getTime() + 1000));
    expect(due.items).toEqual([{ type: "article", id: articleId }]);
    expect(due.tags).toEqual(expect.arrayContaining([`article:${articleId}`, "article-slug:ar:later", "home:ar", "section:reports"]));
    const row = await m.db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(row).toMatchObject({ status: "PUBLISHED", publishedAt: T, withdrawnAt: null });
    expect((await m.pub.publishDue(new Date(T.getTime() + 2000))).items).toEqual([]);
  });

  it("withdraws an item that was public, and writes every step to the audit log", async () => {
    const later = new Date(T.getTime() + 5000);
    await m.pub.unpublish({ type: "article", id: articleId }, actor, later);
    const row = await m.db.article.findUniqueOrThrow({ where: { id: articleId } });
    expect(row).toMatchObject({ status: "DRAFT", withdrawnAt: later });
    const log = await m.db.auditLog.findMany({ where: { itemId: articleId }, orderBy: { id: "asc" } });
    expect(log.map((l) => l.action)).toEqual(["schedule", "auto-publish", "unpublish"]);
    expect(log[1]).toMatchObject({ userId: null, detail: "scheduler" });
  });

  it("publishes a due item once when several schedulers run at the same moment", async () => {
    const c = await m.db.article.create({
      data: { locale: "ar", slug: "race", title: "سباق", standfirst: "", body: "[]", sectionId: 1, status: "SCHEDULED", publishedAt: T },
    });
    const runs = await Promise.all([1, 2, 3].map(() => m.pub.publishDue(new Date(T.getTime() + 1000))));
    const published = runs.flatMap((r) => r.items).filter((i) => i.id === c.id);
    expect(published).toEqual([{ type: "article", id: c.id }]);
    expect(runs.filter((r) => r.tags.includes(`article:${c.id}`))).toHaveLength(1);
    expect(await m.db.auditLog.count({ where: { itemId: c.id, action: "auto-publish" } })).toBe(1);
  });

  it("leaves a never-public item unwithdrawn when it is unpublished", async () => {
    const b = await m.db.article.create({
      data: {
        locale: "ar",
        slug: "never",
        title: "لم يُنشر",
        standfirst: "",
        body: "[]",
        sectionId: 1,
        status: "SCHEDULED",
        publishedAt: new Date(T.getTime() + 86_400_000),
      },
    });
    await m.pub.unpublish({ type: "article", id: b.id }, actor, T);
    expect(await m.db.article.findUniqueOrThrow({ where: { id: b.id } })).toMatchObject({ status: "DRAFT", publishedAt: null, withdrawnAt: null });
  });
});
