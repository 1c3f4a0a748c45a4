import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// A scratch database with the real migrations; the modules read DATABASE_URL when first imported.
const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-keys-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;

type Keys = typeof import("./article-keys");
let keys: Keys;
let summary: typeof import("./chunk-summaries");
const HOUR = 3_600_000;
const base = new Date("2030-01-01T00:00:00Z").getTime();
const now = new Date(base + 100 * HOUR);
const SIZE = 5;

type Fixture = { id: number; locale: "ar" | "en"; section: number; authors: number[]; tags: number[]; public: boolean; at: number };
const fixtures: Fixture[] = [];
const ids = [...Array.from({ length: 12 }, (_, i) => i + 1), 16, 17, 18, 19, 20, 26];

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  const { db } = await import("@/lib/db");
  keys = await import("./article-keys");
  summary = await import("./chunk-summaries");
  for (const n of [1, 2]) await db.section.create({ data: { id: n, slug: `s${n}`, nameAr: `ق${n}`, nameEn: `S${n}`, descriptionAr: "", descriptionEn: "" } });
  for (const n of [1, 2]) await db.author.create({ data: { id: n, slug: `a${n}`, name: `A${n}`, bio: "" } });
  for (const n of [1, 2]) await db.tag.create({ data: { id: n, slug: `t${n}`, name: `T${n}` } });
  for (const id of ids) {
    // 3 draft, 4 scheduled for later, 7 withdrawn, 9 "published" in the future; 8 scheduled and due (public).
    const status = id === 3 ? "DRAFT" : id === 4 || id === 8 ? "SCHEDULED" : "PUBLISHED";
    const at = id === 4 || id === 9 ? base + 200 * HOUR : id === 11 ? base + 10 * HOUR : base + id * HOUR; // 10 and 11 tie
    const f: Fixture = {
      id,
      locale: id >= 16 && id <= 20 ? "en" : "ar",
      section: id % 2 ? 1 : 2,
      authors: [1, 2, 5].includes(id) ? [1, 2] : [1],
      tags: [...(id % 3 === 0 ? [1] : []), ...(id === 3 ? [2] : [])],
      public: ![3, 4, 7, 9].includes(id),
      at,
    };
    fixtures.push(f);
    await db.article.create({
      data: {
        id,
        locale: f.locale,
        slug: `a-${id}`,
        title: `t${id}`,
        standfirst: "",
        body: "[]",
        sectionId: f.section,
        status,
        publishedAt: status === "DRAFT" ? null : new Date(at),
        withdrawnAt: id === 7 ? new Date(base + 50 * HOUR) : null,
        updatedAt: new Date(id === 6 ? base + 90 * HOUR : at),
        // 16 (en) is the translation of 2; 17 names the draft 3, and 9 (not yet out) names 18 (below): neither is anyone's to see.
        translationId: id === 16 ? 2 : id === 17 ? 3 : null,
        authors: { create: f.authors.map((authorId, position) => ({ authorId, position })) },
        tags: { create: f.tags.map((tagId) => ({ tagId })) },
      },
    });
  }
  await db.article.update({ where: { id: 9 }, data: { translationId: 18 } });
}, 60_000);

const expected = (keep: (f: Fixture) => boolean) =>
  fixtures
    .filter((f) => f.public && keep(f))
    .sort((a, b) => b.at - a.at || b.id - a.id)
    .map((f) => f.id);

describe("sitemap chunks", () => {
  it("counts each id range's public articles, leaves empty ranges out, and dates each by its newest change", async () => {
    const chunks = await summary.aggregateChunks(now, SIZE);
    expect(chunks.map((c) => [c.chunk, c.count])).toEqual([
      [1, 3],
      [2, 3],
      [3, 2],
      [4, 5],
      [6, 1],
    ]);
    expect(chunks[1].lastmod.toISOString()).toBe(new Date(base + 90 * HOUR).toISOString());
    expect(chunks[0].lastmod.toISOString()).toBe(new Date(base + 5 * HOUR).toISOString());
  });

  it("lists every public article in exactly one chunk, the one its count says, and nothing hidden", async () => {
    const seen: string[] = [];
    for (const c of await summary.aggregateChunks(now, SIZE)) {
      const rows = await keys.readSitemapChunk(c.chunk, now, SIZE);
      expect(rows.length, `chunk ${c.chunk}`).toBe(c.count);
      seen.push(...rows.map((r) => r.slug));
    }
    expect(seen).toEqual(fixtures.filter((f) => f.public).map((f) => `a-${f.id}`));
    // 5 ends chunk 1, 6 starts chunk 2.
    expect((await keys.readSitemapChunk(1, now, SIZE)).map((r) => r.slug)).toEqual(["a-1", "a-2", "a-5"]);
    expect((await keys.readSitemapChunk(2, now, SIZE)).map((r) => r.slug)).toEqual(["a-6", "a-8", "a-10"]);
    expect(await keys.readSitemapChunk(5, now, SIZE)).toEqual([]);
  });

  it("stores what the aggregate says, and adds a scheduled article whose time came after the summary was made", async () => {
    const { db } = await import("@/lib/db");
    await (await import("@/lib/content/summaries")).refreshSitemapChunks(db, ids, now, SIZE);
    expect(await summary.sitemapChunks(now, SIZE)).toEqual(await summary.aggregateChunks(now, SIZE));
    // 4 (scheduled, chunk 1) falls due at +200 h; 8 (scheduled, due) sends chunk 2 to the live aggregate too.
    const later = new Date(base + 250 * HOUR);
    const chunks = await summary.sitemapChunks(later, SIZE);
    expect(chunks.map((c) => [c.chunk, c.count])).toEqual((await summary.aggregateChunks(later, SIZE)).map((c) => [c.chunk, c.count]));
    expect(chunks[0]).toMatchObject({ chunk: 1, count: 4 });
    // Only the chunks of the given ids were recomputed: a chunk range past them is untouched.
    expect(await db.sitemapChunk.count()).toBe(5);
    await db.sitemapChunk.deleteMany();
  });

  it("pairs a public translation both ways, and never names a hidden one", async () => {
    const first = await keys.readSitemapChunk(1, now, SIZE);
    expect(first.find((r) => r.slug === "a-2")?.translation).toEqual({ locale: "en", slug: "a-16" });
    const fourth = await keys.readSitemapChunk(4, now, SIZE);
    expect(fourth.find((r) => r.slug === "a-16")?.translation).toEqual({ locale: "ar", slug: "a-2" });
    expect(fourth.find((r) => r.slug === "a-17")?.translation).toBeNull();
    expect(fourth.find((r) => r.slug === "a-18")?.translation).toBeNull();
  });
});

type Scope = import("./article-keys").ListScope;
const scopes: { scope: Scope; keep: (f: Fixture) => boolean }[] = [
  { scope: { kind: "edition" }, keep: () => true },
  { scope: { kind: "section", id: 2 }, keep: (f) => f.section === 2 },
  { scope: { kind: "author", id: 1 }, keep: (f) => f.authors.includes(1) },
  { scope: { kind: "author", id: 2 }, keep: (f) => f.authors.includes(2) },
  { scope: { kind: "tag", id: 1 }, keep: (f) => f.tags.includes(1) },
];

describe("list pages", () => {
  for (const { scope, keep } of scopes)
    for (const locale of ["ar", "en"] as const)
      it(`${JSON.stringify(scope)} in ${locale}: counts its public articles and pages through them newest first, each once`, async () => {
        const want = expected((f) => f.locale === locale && keep(f));
        expect(await keys.countList(locale, scope, now)).toBe(want.length);
        // Both ways of reading an author's or tag's page (its links; the edition walk) give the same pages.
        for (const total of [0, 1_000_000]) {
          const got: number[] = [];
          for (let offset = 0; offset < want.length + 2; offset += 2) got.push(...(await keys.listPageIds(locale, scope, now, { offset, limit: 2 }, total)));
          expect(got, `total ${total}`).toEqual(want);
        }
      });

  it("finds a list's newest public article, and none for a tag whose only article is a draft", async () => {
    expect(await keys.newestInList("ar", { kind: "author", id: 2 }, now)).toBe(5);
    expect(await keys.newestInList("en", { kind: "section", id: 1 }, now)).toBe(19);
    expect(await keys.newestInList("ar", { kind: "tag", id: 2 }, now)).toBeNull();
    expect(await keys.newestInList("en", { kind: "tag", id: 1 }, now)).toBe(18);
  });
});
