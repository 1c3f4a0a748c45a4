import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

// A scratch database with the real migrations; the modules read DATABASE_URL when first imported.
const file = path.join(mkdtempSync(path.join(tmpdir(), "nashra-rev-")), "test.db");
process.env.DATABASE_URL = `file:${file}`;

type Mods = {
  db: typeof import("@/lib/db").db;
  articles: typeof import("./articles");
  revs: typeof import("./article-revisions");
  episodes: typeof import("./episode-revisions");
  data: typeof import("@/lib/data/revisions");
  drafts: typeof import("@/lib/data/drafts");
};
let m: Mods;
let sectionId: number;
let authorId: number;
let userId: number;
let otherUserId: number;
const T0 = new Date("2030-05-01T09:00:00Z");
const later = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

async function liveArticle(slug: string, title: string) {
  const a = await m.db.article.create({
    data: {
      locale: "ar",
      slug,
      title,
      standfirst: "مقدمة منشورة",
      body: JSON.stringify([{ type: "paragraph", text: "نص منشور" }]),
      sectionId,
      status: "PUBLISHED",
      publishedAt: T0,
      updatedAt: T0,
      authors: { create: [{ authorId, position: 0 }] },
    },
  });
  const { indexArticle } = await import("@/lib/search/indexer");
  await indexArticle(m.db, a.id);
  return a.id;
}

const form = (id: number, slug: string, title: string, body = "نص معدّل") => ({
  id,
  locale: "ar",
  title,
  slug,
  standfirst: "مقدمة معدّلة",
  sectionId,
  authorIds: [authorId],
  tagIds: [],
  heroUrl: "",
  heroAlt: "",
  heroCaption: "",
  heroCredit: "",
  body,
});

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  m = {
    db: (await import("@/lib/db")).db,
    articles: await import("./articles"),
    revs: await import("./article-revisions"),
    episodes: await import("./episode-revisions"),
    data: await import("@/lib/data/revisions"),
    drafts: await import("@/lib/data/drafts"),
  };
  sectionId = (await m.db.section.create({ data: { slug: "reports", nameAr: "تقارير", nameEn: "Reports", descriptionAr: "", descriptionEn: "" } })).id;
  authorId = (await m.db.author.create({ data: { slug: "writer", name: "كاتب", bio: "" } })).id;
  userId = (await m.db.staffUser.create({ data: { email: "a@x.example", displayName: "محررة أ", passwordHash: "x" } })).id;
  otherUserId = (await m.db.staffUser.create({ data: { email: "b@x.example", displayName: "محرر ب", passwordHash: "x" } })).id;
}, 60_000);

describe("pending changes of a live article", () => {
  it("a save keeps the published row, its date and its search words; the preview shows the pending version", async () => {
    const id = await liveArticle("live-one", "العنوان المنشور");
    const saved = await m.articles.saveArticle(form(id, "live-one", "العنوان المعلّق"), userId, later(5), null);
    expect(saved).toMatchObject({ ok: true, pending: true, tags: [] });

    const row = await m.db.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "العنوان المنشور", standfirst: "مقدمة منشورة", updatedAt: T0 });
    expect((await m.db.searchDocument.findUniqueOrThrow({ where: { articleId: id } })).title).toContain("المنشور");
    expect((await m.drafts.getDraftArticle({ id }, "staff", later(6)))?.title).toBe("العنوان المعلّق");
    expect((await m.data.revisionsOf("article", id)).pending).toMatchObject({ version: 1, updatedBy: "محررة أ" });
  });

  it("saving again edits the same pending revision; a form loaded before someone else's save is refused", async () => {
    const id = await liveArticle("live-two", "منشور ٢");
    await m.articles.saveArticle(form(id, "live-two", "تعديل أول"), userId, later(1), null);
    const first = (await m.data.revisionsOf("article", id)).pending!;
    const second = await m.articles.saveArticle(form(id, "live-two", "تعديل ثان"), otherUserId, later(2), { revisionId: first.revisionId, version: 1 });
    expect(second).toMatchObject({ ok: true, pending: true });
    expect(await m.db.revision.count({ where: { itemType: "article", itemId: id } })).toBe(1);
    expect((await m.data.revisionsOf("article", id)).pending).toMatchObject({ revisionId: first.revisionId, version: 2, updatedBy: "محرر ب" });

    // Both editors opened the form at version 1: the second save would silently undo the first.
    const stale = await m.articles.saveArticle(form(id, "live-two", "تعديل قديم"), userId, later(3), { revisionId: first.revisionId, version: 1 });
    expect(stale).toMatchObject({ ok: false, conflict: true });
    // And a form that saw no pending change, when there is one now.
    expect(await m.articles.saveArticle(form(id, "live-two", "تعديل آخر"), userId, later(3), null)).toMatchObject({ ok: false, conflict: true });
    expect((await m.drafts.getDraftArticle({ id }, "staff", later(4)))?.title).toBe("تعديل ثان");
  });

  it("two publishes at once apply the change once; the date, slug history, search and history move then", async () => {
    const id = await liveArticle("live-three", "قبل النشر");
    await m.articles.saveArticle(form(id, "live-three-v2", "بعد النشر"), userId, later(1), null);
    const results = await Promise.allSettled([
      m.revs.publishArticleChanges(id, userId, undefined, later(10)),
      m.revs.publishArticleChanges(id, otherUserId, undefined, later(10)),
    ]);
    const ok = results.filter((r) => r.status === "fulfilled");
    const refused = results.filter((r) => r.status === "rejected");
    expect(ok).toHaveLength(1);
    expect(refused.map((r) => (r as PromiseRejectedResult).reason.code)).toEqual(["nothingPending"]);
    expect((ok[0] as PromiseFulfilledResult<string[]>).value).toEqual(
      expect.arrayContaining([`article:${id}`, "article-slug:ar:live-three", "article-slug:ar:live-three-v2", "home:ar", "section:reports"]),
    );

    const row = await m.db.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "بعد النشر", slug: "live-three-v2", standfirst: "مقدمة معدّلة", updatedAt: later(10), publishedAt: T0 });
    expect(JSON.parse(row.body)).toEqual([{ type: "paragraph", text: "نص معدّل" }]);
    expect(await m.db.articleSlug.findMany({ where: { articleId: id }, select: { slug: true } })).toEqual([{ slug: "live-three" }]);
    expect((await m.db.searchDocument.findUniqueOrThrow({ where: { articleId: id } })).title).toContain("بعد");
    expect(await m.db.auditLog.count({ where: { itemType: "article", itemId: id, action: "revision-publish" } })).toBe(1);
    const { pending, history } = await m.data.revisionsOf("article", id);
    expect(pending).toBeNull();
    expect(history.map((h) => [h.title, h.first])).toEqual([
      ["بعد النشر", false],
      ["قبل النشر", true],
    ]);
  });

  it("publishes only the version the editor looked at", async () => {
    const id = await liveArticle("live-four", "منشور ٤");
    await m.articles.saveArticle(form(id, "live-four", "نسخة ١"), userId, later(1), null);
    const { pending } = await m.data.revisionsOf("article", id);
    await m.articles.saveArticle(form(id, "live-four", "نسخة ٢"), otherUserId, later(2), { revisionId: pending!.revisionId, version: 1 });
    await expect(m.revs.publishArticleChanges(id, userId, 1, later(3))).rejects.toMatchObject({ code: "stale" });
    expect((await m.db.article.findUniqueOrThrow({ where: { id } })).title).toBe("منشور ٤");
    await m.revs.publishArticleChanges(id, userId, 2, later(3));
    expect((await m.db.article.findUniqueOrThrow({ where: { id } })).title).toBe("نسخة ٢");
  });

  it("a slug another story took meanwhile stops the publish, and nothing is half-applied", async () => {
    const id = await liveArticle("live-five", "منشور ٥");
    await m.articles.saveArticle(form(id, "wanted-slug", "عنوان جديد ٥"), userId, later(1), null);
    await liveArticle("wanted-slug", "سبق إليه");
    await expect(m.revs.publishArticleChanges(id, userId, undefined, later(2))).rejects.toMatchObject({ code: "slugTaken" });
    expect(await m.db.article.findUniqueOrThrow({ where: { id }, select: { title: true, slug: true, updatedAt: true } })).toEqual({
      title: "منشور ٥",
      slug: "live-five",
      updatedAt: T0,
    });
    expect((await m.data.revisionsOf("article", id)).pending).not.toBeNull();
    expect(await m.db.revision.count({ where: { itemId: id, state: "published" } })).toBe(0);
  });

  it("discard drops the pending change; the row never moved", async () => {
    const id = await liveArticle("live-six", "منشور ٦");
    await m.articles.saveArticle(form(id, "live-six", "سيُتجاهل"), userId, later(1), null);
    expect(await m.revs.discardArticleChanges(id, userId, later(2))).toEqual([]);
    expect((await m.data.revisionsOf("article", id)).pending).toBeNull();
    expect((await m.db.article.findUniqueOrThrow({ where: { id } })).title).toBe("منشور ٦");
    expect((await m.drafts.getDraftArticle({ id }, "staff", later(3)))?.title).toBe("منشور ٦");
    await expect(m.revs.discardArticleChanges(id, userId, later(3))).rejects.toMatchObject({ code: "nothingPending" });
    expect(await m.db.auditLog.count({ where: { itemId: id, action: "revision-discard" } })).toBe(1);
  });

  it("restore makes an earlier version the pending change; it goes live only when published", async () => {
    const id = await liveArticle("live-seven", "الأصل");
    await m.articles.saveArticle(form(id, "live-seven", "التعديل"), userId, later(1), null);
    await m.revs.publishArticleChanges(id, userId, undefined, later(2));
    const original = (await m.data.revisionsOf("article", id)).history.find((h) => h.first)!;
    await m.revs.restoreArticleVersion(id, original.revisionId, otherUserId, later(3));
    expect((await m.db.article.findUniqueOrThrow({ where: { id } })).title).toBe("التعديل");
    expect((await m.drafts.getDraftArticle({ id }, "staff", later(4)))?.title).toBe("الأصل");
    await m.revs.publishArticleChanges(id, otherUserId, undefined, later(5));
    const row = await m.db.article.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ title: "الأصل", standfirst: "مقدمة منشورة", updatedAt: later(5) });
    expect((await m.data.revisionsOf("article", id)).history.map((h) => [h.title, h.publishedBy])).toEqual([
      ["الأصل", "محرر ب"],
      ["التعديل", "محررة أ"],
      ["الأصل", null],
    ]);
    await expect(m.revs.restoreArticleVersion(id, 999_999, userId)).rejects.toMatchObject({ code: "notFound" });
  });

  it("a draft still saves in place", async () => {
    const draft = await m.articles.saveArticle({ ...form(0, "a-draft", "مسودة"), id: undefined }, userId, later(1));
    expect(draft).toMatchObject({ ok: true, pending: false });
    const id = (draft as { id: number }).id;
    expect(await m.articles.saveArticle(form(id, "a-draft", "مسودة معدّلة"), userId, later(2), null)).toMatchObject({ ok: true, pending: false });
    expect(await m.db.article.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "مسودة معدّلة", updatedAt: later(2) });
    expect(await m.db.revision.count({ where: { itemType: "article", itemId: id } })).toBe(0);
  });
});

describe("pending changes of a live episode", () => {
  const me = () => ({ id: userId });
  async function episode(slug: string, status: "DRAFT" | "PUBLISHED") {
    const show =
      (await m.db.podcastShow.findFirst({ select: { id: true } })) ??
      (await m.db.podcastShow.create({
        data: {
          slug: "show",
          title: "برنامج",
          description: "",
          artworkUrl: "/media/a.jpg",
          artworkSize: 1400,
          language: "ar",
          category: "News",
          author: "x",
          ownerName: "x",
          ownerEmail: "x@x.example",
        },
        select: { id: true },
      }));
    return (
      await m.db.episode.create({
        data: {
          showId: show.id,
          slug,
          title: `حلقة ${slug}`,
          showNotes: "ملاحظات",
          audioUrl: "/media/old.mp3",
          audioMime: "audio/mpeg",
          audioBytes: 100,
          durationSec: 60,
          status,
          publishedAt: status === "PUBLISHED" ? T0 : null,
          updatedAt: T0,
        },
      })
    ).id;
  }

  it("an unpublished episode is edited in place", async () => {
    const id = await episode("ep-draft", "DRAFT");
    expect(await m.episodes.saveEpisodeEdit(me(), id, { title: "عنوان جديد" }, { now: later(1) })).toEqual({
      pending: false,
      tags: ["podcast:show", "podcasts"],
    });
    expect(await m.db.episode.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "عنوان جديد", updatedAt: later(1) });
  });

  it("a live episode keeps its row until publish, which happens once; the preview shows the pending audio", async () => {
    const id = await episode("ep-live", "PUBLISHED");
    const saved = await m.episodes.saveEpisodeEdit(me(), id, { title: "معلّق", audioUrl: "/media/new.mp3", audioBytes: 200 }, { now: later(1), base: null });
    expect(saved).toEqual({ pending: true, tags: [] });
    expect(await m.db.episode.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "حلقة ep-live", audioUrl: "/media/old.mp3", updatedAt: T0 });
    const preview = await m.drafts.getDraftEpisode({ id }, later(2));
    expect(preview).toMatchObject({ title: "معلّق", audio: { url: "/media/new.mp3", bytes: 200 } });
    // A second save merges into the same revision.
    await m.episodes.saveEpisodeEdit(me(), id, { showNotes: "ملاحظات جديدة" }, { now: later(2) });
    await expect(m.episodes.saveEpisodeEdit(me(), id, { title: "قديم" }, { base: null })).rejects.toMatchObject({ code: "stale" });

    const runs = await Promise.allSettled([1, 2].map(() => m.episodes.publishEpisodeChanges(me(), id, { now: later(3) })));
    expect(runs.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await m.db.episode.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "معلّق",
      showNotes: "ملاحظات جديدة",
      audioUrl: "/media/new.mp3",
      audioBytes: 200,
      updatedAt: later(3),
    });
    expect(await m.db.auditLog.count({ where: { itemType: "episode", itemId: id, action: "revision-publish" } })).toBe(1);
  });

  it("discard and restore work the same way", async () => {
    const id = await episode("ep-live-2", "PUBLISHED");
    await m.episodes.saveEpisodeEdit(me(), id, { title: "سيُتجاهل" }, { now: later(1) });
    await m.episodes.discardEpisodeChanges(me(), id, { now: later(2) });
    expect((await m.drafts.getDraftEpisode({ id }, later(2)))?.title).toBe("حلقة ep-live-2");
    await expect(m.episodes.publishEpisodeChanges(me(), id)).rejects.toMatchObject({ code: "nothingPending" });

    await m.episodes.saveEpisodeEdit(me(), id, { title: "ثانية" }, { now: later(3) });
    await m.episodes.publishEpisodeChanges(me(), id, { now: later(4) });
    const first = (await m.data.revisionsOf("episode", id)).history.find((h) => h.first)!;
    await m.episodes.restoreEpisodeVersion(me(), id, first.revisionId, { now: later(5) });
    expect((await m.db.episode.findUniqueOrThrow({ where: { id } })).title).toBe("ثانية");
    await m.episodes.publishEpisodeChanges(me(), id, { now: later(6) });
    expect((await m.db.episode.findUniqueOrThrow({ where: { id } })).title).toBe("حلقة ep-live-2");
  });
});
