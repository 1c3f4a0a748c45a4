import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// A scratch database with the real migrations; the modules read DATABASE_URL when first imported.
const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-chunks-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;

type Mods = {
  db: typeof import("@/lib/db").db;
  pub: typeof import("@/lib/content/publishing");
  sum: typeof import("@/lib/data/chunk-summaries");
  counts: typeof import("@/lib/data/list-counts");
  write: typeof import("./summaries");
};
let m: Mods;
const T = new Date("2030-05-01T09:00:00Z");
const at = (minutes: number) => new Date(T.getTime() + minutes * 60_000);
const actor = { userId: 1 };
const article = (id: number) => ({ type: "article" as const, id });

/**
 * What the sitemap index would say at `now` from the stored summaries, against the live aggregate over every
 * article; the same for the stored counts of the sections', the author's and the tag's lists (lib/data/list-counts.ts).
 */
async function agree(now: Date) {
  const stored = await m.sum.sitemapChunks(now);
  expect(stored).toEqual(await m.sum.aggregateChunks(now));
  for (const scope of [
    { kind: "section" as const, id: 1 },
    { kind: "section" as const, id: 2 },
    { kind: "author" as const, id: 1 },
    { kind: "tag" as const, id: 1 },
  ])
    for (const locale of ["ar", "en"])
      expect(await m.counts.listCount(locale, scope, now), `${scope.kind} ${locale}`).toBe(await m.counts.countList(locale, scope, now));
  return stored.map((c) => [c.chunk, c.count]);
}

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  m = {
    db: (await import("@/lib/db")).db,
    pub: await import("@/lib/content/publishing"),
    sum: await import("@/lib/data/chunk-summaries"),
    counts: await import("@/lib/data/list-counts"),
    write: await import("./summaries"),
  };
  await m.db.section.create({ data: { id: 1, slug: "reports", nameAr: "تقارير", nameEn: "Reports", descriptionAr: "", descriptionEn: "" } });
  await m.db.staffUser.create({ data: { email: "e@x.example", displayName: "E", passwordHash: "x" } });
  await m.db.author.create({ data: { id: 1, slug: "a1", name: "A1", bio: "" } });
  await m.db.tag.create({ data: { id: 1, slug: "t1", name: "T1" } });
  // Drafts in chunk 1 (ids 1-3) and chunk 2 (id 1500).
  for (const id of [1, 2, 3, 1500])
    await m.db.article.create({
      data: {
        id,
        locale: "ar",
        slug: `a-${id}`,
        title: "t",
        standfirst: "",
        body: "[]",
        sectionId: 1,
        updatedAt: at(-60),
        authors: { create: [{ authorId: 1, position: 0 }] },
        tags: { create: id === 3 ? [] : [{ tagId: 1 }] },
      },
    });
  // As after the migration or db:fake (no public article yet: no stored count; the first publish stores them).
  await m.write.rebuildListCounts(m.db, T);
}, 60_000);

describe("sitemap chunk summaries kept by the writers", () => {
  it("start empty: no public article, no chunk", async () => {
    expect(await agree(T)).toEqual([]);
  });

  it("follow a publish in either chunk, with the chunk's newest change", async () => {
    await m.pub.publishNow(article(1), actor, at(1));
    await m.pub.publishNow(article(1500), actor, at(2));
    expect(await agree(at(3))).toEqual([
      [1, 1],
      [2, 1],
    ]);
    expect((await m.sum.sitemapChunks(at(3)))[1].lastmod).toEqual(at(2));
    expect(await m.db.listCount.findUnique({ where: { kind_refId_locale: { kind: "author", refId: 1, locale: "ar" } } })).toMatchObject({ count: 2 });
  });

  it("count a scheduled article once its time comes, before and after the scheduler flips it", async () => {
    await m.pub.schedule(article(2), at(10), actor, at(4));
    expect(await agree(at(9))).toEqual([
      [1, 1],
      [2, 1],
    ]);
    // Due, not flipped yet: the reader recomputes its chunk.
    expect(await agree(at(11))).toEqual([
      [1, 2],
      [2, 1],
    ]);
    expect((await m.pub.publishDue(at(12))).items).toEqual([article(2)]);
    expect((await m.db.sitemapChunk.findUniqueOrThrow({ where: { chunk: 1 } })).count).toBe(2);
    expect(await agree(at(12))).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it("follow an edit that moves a public article to another section, off a tag's list and onto another author's", async () => {
    const { writeArticle } = await import("@/lib/content/article-write");
    await m.db.author.create({ data: { id: 2, slug: "a2", name: "A2", bio: "" } });
    await m.db.section.create({ data: { id: 2, slug: "sport", nameAr: "رياضة", nameEn: "Sport", descriptionAr: "", descriptionEn: "" } });
    const fields = { locale: "ar", slug: "a-2", title: "t", standfirst: "", sectionId: 2, body: "[]", authorIds: [2], tagIds: [] };
    const hero = { heroUrl: null, heroAlt: null, heroCaption: null, heroCredit: null, heroWidth: null, heroHeight: null };
    await m.db.$transaction((tx) => writeArticle(tx, 2, { ...fields, ...hero }, { slug: "a-2", locale: "ar" }, at(12.5)));
    expect(await m.counts.listCount("ar", { kind: "author", id: 2 }, at(12.6))).toBe(1);
    expect(await m.counts.listCount("ar", { kind: "section", id: 2 }, at(12.6))).toBe(1);
    expect(await agree(at(12.6))).toEqual([
      [1, 2],
      [2, 1],
    ]);
  });

  it("drop a withdrawn article, and the chunk once it holds none", async () => {
    await m.pub.unpublish(article(1500), actor, at(13));
    await m.pub.unpublish(article(1), actor, at(14));
    expect(await agree(at(15))).toEqual([[1, 1]]);
  });

  it("drop a deleted article when its chunk and lists are refreshed", async () => {
    await m.db.$transaction(async (tx) => {
      // There is no delete in the app: a writer that deletes reads the lists first, then refreshes both summaries.
      const lists = await m.counts.listsOf(tx, 2);
      await tx.article.delete({ where: { id: 2 } });
      await m.write.refreshSitemapChunks(tx, [2], at(16));
      await m.write.refreshListCounts(tx, lists, at(16));
    });
    expect(await agree(at(17))).toEqual([]);
  });
});
