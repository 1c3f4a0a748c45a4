import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { silentMp3, tinyM4a } from "@/lib/media/audio-fixtures";

// A scratch database with the real migrations and a scratch media folder; the modules read both when first imported.
const scratch = mkdtempSync(path.join(tmpdir(), "nashra-episodes-"));
process.env.DATABASE_URL = `file:${path.join(scratch, "test.db")}`;
process.env.NASHRA_MEDIA_DIR = path.join(scratch, "media");

type Mods = { db: typeof import("@/lib/db").db; ep: typeof import("./episodes") };
let m: Mods;
let showId: number;
let userId: number;

/** Puts a file where the upload route stores accepted audio, under a stored name. */
function stored(name: string, bytes: Buffer): string {
  const dir = path.join(scratch, "media", "podcasts", "uploads");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, name), bytes);
  return name;
}
const mp3Name = "0123456789abcdef0123456789abcdef.mp3";
const m4aName = "fedcba9876543210fedcba9876543210.m4a";

const fields = (over: Record<string, string> = {}) => ({
  showId: String(showId),
  season: "",
  episodeNumber: "",
  episodeType: "full",
  title: "حلقة عن الخبز",
  slug: "",
  showNotes: "فقرة أولى.\n\n## عنوان فرعي\n\n> قول\n> — قائل",
  audio: "",
  ...over,
});
const counts = async () => ({ episodes: await m.db.episode.count(), seasons: await m.db.season.count(), audit: await m.db.auditLog.count() });

beforeAll(async () => {
  execFileSync(path.join(process.cwd(), "node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: process.env, stdio: "ignore" });
  m = { db: (await import("@/lib/db")).db, ep: await import("./episodes") };
  const show = await m.db.podcastShow.create({
    data: {
      slug: "shu",
      title: "شو الحل؟",
      description: "",
      artworkUrl: "/media/a.jpg",
      artworkSize: 1,
      language: "ar",
      category: "News",
      author: "",
      ownerName: "",
      ownerEmail: "",
    },
  });
  showId = show.id;
  await m.db.season.create({ data: { showId, number: 1, title: "الموسم الأول" } });
  userId = (await m.db.staffUser.create({ data: { email: "e@x.example", displayName: "E", passwordHash: "x" } })).id;
  stored(mp3Name, silentMp3(3));
  stored(m4aName, tinyM4a(5));
}, 60_000);

describe("saveEpisode", () => {
  it("creates a draft whose audio facts come from the stored file, in a new season, with its audit entry", async () => {
    const before = await counts();
    const result = await m.ep.saveEpisode(userId, null, fields({ audio: mp3Name, season: "4", episodeNumber: "2", episodeType: "bonus", slug: "bread" }));
    expect(result).toMatchObject({ ok: true, tags: expect.arrayContaining(["podcast:shu", "podcasts"]) });
    if (!result.ok) return;
    const row = await m.db.episode.findUniqueOrThrow({ where: { id: result.id }, include: { season: true } });
    expect(row).toMatchObject({
      status: "DRAFT",
      slug: "bread",
      episodeNumber: 2,
      episodeType: "bonus",
      audioUrl: `/media/podcasts/uploads/${mp3Name}`,
      audioMime: "audio/mpeg",
      audioBytes: silentMp3(3).length,
      durationSec: 3,
      showNotes: "فقرة أولى.\n\n## عنوان فرعي\n\n> قول\n> — قائل",
      season: { number: 4, title: "شو الحل؟ - الموسم 4" },
    });
    expect(await counts()).toEqual({ episodes: before.episodes + 1, seasons: before.seasons + 1, audit: before.audit + 1 });
  });

  it("uses an existing season by its number, and keeps the audio when an edit brings none", async () => {
    const created = await m.ep.saveEpisode(userId, null, fields({ audio: m4aName, slug: "water", season: "1" }));
    if (!created.ok) throw new Error("expected a save");
    const seasons = await m.db.season.count();
    const edited = await m.ep.saveEpisode(userId, created.id, fields({ slug: "water", season: "1", title: "عنوان جديد" }));
    expect(edited.ok).toBe(true);
    const row = await m.db.episode.findUniqueOrThrow({ where: { id: created.id }, include: { season: true } });
    expect(row).toMatchObject({ title: "عنوان جديد", audioMime: "audio/mp4", durationSec: 5, season: { number: 1 } });
    expect(await m.db.season.count()).toBe(seasons);
  });

  it.each([
    ["a new episode without audio", () => fields(), "audio", "required"],
    ["a stored name with no file behind it", () => fields({ audio: "ffffffffffffffffffffffffffffffff.mp3" }), "audio", "missing"],
    ["a name the server did not choose", () => fields({ audio: "../../etc/passwd" }), "audio", "invalid"],
    ["a related link in the show notes", () => fields({ audio: mp3Name, showNotes: "قد يهمك: عنوان ما" }), "showNotes", "notAllowed"],
    ["empty show notes", () => fields({ audio: mp3Name, showNotes: "  " }), "showNotes", "required"],
    ["a slug another episode of the show has", () => fields({ audio: mp3Name, slug: "bread" }), "slug", "taken"],
    ["a bad slug", () => fields({ audio: mp3Name, slug: "a b/c" }), "slug", "invalid"],
    ["season zero", () => fields({ audio: mp3Name, season: "0" }), "season", "invalid"],
    ["an unknown episode type", () => fields({ audio: mp3Name, episodeType: "movie" }), "episodeType", "invalid"],
    ["an unknown show", () => fields({ audio: mp3Name, showId: "9999", season: "7" }), "showId", "invalid"],
  ])("refuses %s beside the field, writing nothing", async (_name, input, field, code) => {
    const before = await counts();
    const result = await m.ep.saveEpisode(userId, null, input());
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.fields[field as "audio"]).toBe(code);
    expect(await counts()).toEqual(before);
  });

  it("refuses an edit of an episode that does not exist", async () => {
    expect(await m.ep.saveEpisode(userId, 987_654, fields({ audio: mp3Name }))).toEqual({ ok: false, fields: { id: "notFound" } });
  });
});
