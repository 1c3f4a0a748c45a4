import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-front-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;

let db: typeof import("@/lib/db").db;
let front: typeof import("./front-page");
let user: number;
const ids: number[] = [];
let draft: number;

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  db = (await import("@/lib/db")).db;
  front = await import("./front-page");
  user = (await db.staffUser.create({ data: { email: "e@x", displayName: "E", passwordHash: "x" } })).id;
  const section = await db.section.create({ data: { slug: "reports", nameAr: "تقارير", nameEn: "Reports", descriptionAr: "", descriptionEn: "" } });
  const base = { locale: "ar", standfirst: "", body: "[]", sectionId: section.id, status: "PUBLISHED" as const, publishedAt: new Date(Date.now() - 60_000) };
  for (let i = 0; i < 6; i++) ids.push((await db.article.create({ data: { ...base, slug: `a${i}`, title: `قصة ${i}` } })).id);
  draft = (await db.article.create({ data: { ...base, slug: "draft", title: "مسودة", status: "DRAFT", publishedAt: null } })).id;
}, 60_000);

const stage = async (s: "pending" | "live") =>
  (await db.frontPagePick.findMany({ where: { locale: "ar", stage: s }, orderBy: { position: "asc" } })).map((p) => p.articleId);

describe("front-page picks", () => {
  it("are added in order, moved, removed, and go live only on publish, every change audited", async () => {
    await front.addPick("ar", ids[0], user);
    await front.addPick("ar", ids[1], user);
    await front.movePick("ar", ids[1], "up", user);
    expect(await stage("pending")).toEqual([ids[1], ids[0]]);
    expect(await stage("live")).toEqual([]);
    const tags = await front.publishPicks("ar", user);
    expect(tags).toContain("home:ar");
    expect(await stage("live")).toEqual([ids[1], ids[0]]);
    await front.removePick("ar", ids[1], user);
    expect(await stage("pending")).toEqual([ids[0]]);
    expect(await stage("live")).toEqual([ids[1], ids[0]]);
    const actions = (await db.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action);
    expect(actions).toEqual(["front-pick", "front-pick", "front-move", "front-publish", "front-remove"]);
  });

  it("refuse a story that is not public, a repeat, and a sixth pick", async () => {
    await expect(front.addPick("ar", draft, user)).rejects.toMatchObject({ code: "notPublic" });
    await expect(front.addPick("en", ids[2], user)).rejects.toMatchObject({ code: "notPublic" });
    await expect(front.addPick("ar", ids[0], user)).rejects.toMatchObject({ code: "duplicate" });
    for (const id of ids.slice(1, 5)) await front.addPick("ar", id, user);
    await expect(front.addPick("ar", ids[5], user)).rejects.toMatchObject({ code: "full" });
    expect(await stage("pending")).toHaveLength(front.MAX_PICKS);
  });
});

describe("breaking news", () => {
  it("is set for one edition, linked to a public story only, and cleared", async () => {
    await expect(front.setBreaking("ar", { text: "عاجل", articleId: draft, expiresAt: new Date(Date.now() + 60_000) }, user)).rejects.toMatchObject({
      code: "notPublic",
    });
    expect(await front.setBreaking("ar", { text: "عاجل", articleId: ids[0], expiresAt: new Date(Date.now() + 60_000) }, user)).toEqual(["breaking:ar"]);
    expect((await db.breakingNews.findUnique({ where: { locale: "ar" } }))?.text).toBe("عاجل");
    expect(await db.breakingNews.findUnique({ where: { locale: "en" } })).toBeNull();
    await front.clearBreaking("ar", user);
    expect(await db.breakingNews.findUnique({ where: { locale: "ar" } })).toBeNull();
  });
});
