import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { episodeCacheTags } from "@/lib/cache-tags";
import { blocksToPlainText, parsePlainText } from "@/lib/plain-text";
import { isValidSlug, slugify } from "@/lib/slug";
import { recogniseAudio } from "@/lib/media/audio";
import { STORED_AUDIO_NAME, storedAudioPath, storedAudioUrl } from "@/lib/media/upload";
import { auditData } from "./audit";
import { hasPendingEpisode, saveEpisodeEdit } from "./episode-revisions";
import { RevisionError } from "./revisions";
import { isPublic } from "@/lib/visibility";
import { toLocale, type Locale } from "@/i18n/config";

const SEASON_WORD: Record<Locale, string> = { ar: "الموسم", en: "Season" };

/**
 * The episode editor's one write path. Another branch turns edits of a
 * published episode into pending revisions: that redirection belongs here,
 * in saveEpisode, and nowhere else; for now it writes in place.
 */
const optionalInt = (max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d*$/)
    .transform((v) => (v ? Number(v) : null))
    .refine((v) => v === null || (v >= 1 && v <= max));
export const episodeInputSchema = z.object({
  showId: z.coerce.number().int().positive(),
  season: optionalInt(999),
  episodeNumber: optionalInt(99_999),
  episodeType: z.enum(["full", "trailer", "bonus"]),
  title: z.string().trim().min(1).max(300),
  slug: z.string().trim().max(200),
  showNotes: z.string().max(50_000),
  /** The stored name of a file the upload route accepted; empty keeps the episode's audio. */
  audio: z.union([z.literal(""), z.string().regex(STORED_AUDIO_NAME)]),
});
export type EpisodeInput = z.input<typeof episodeInputSchema>;
export type EpisodeField = keyof EpisodeInput | "id";
export type EpisodeSaveResult = { ok: true; id: number; tags: string[]; pending?: boolean } | { ok: false; fields: Partial<Record<EpisodeField, string>> };

/** Show notes are written like article bodies, but only what a show page and a feed can show: paragraphs, headings, quotes. */
export function parseShowNotes(text: string): { ok: true; text: string } | { ok: false; code: "required" | "notAllowed" } {
  const { blocks, errors } = parsePlainText(text);
  if (errors.some((e) => e.code === "empty")) return { ok: false, code: "required" };
  if (errors.length || blocks.some((b) => b.type !== "paragraph" && b.type !== "heading" && b.type !== "quote")) return { ok: false, code: "notAllowed" };
  return { ok: true, text: blocksToPlainText(blocks as Parameters<typeof blocksToPlainText>[0], () => undefined) };
}

/** The season of that number in the show, made when new (named as the seed names seasons, in the show's language). */
async function seasonFor(client: Pick<Prisma.TransactionClient, "season">, show: { id: number; title: string; language: string }, number: number | null) {
  if (number === null) return null;
  const title = `${show.title} - ${SEASON_WORD[toLocale(show.language)]} ${number}`;
  const season = await client.season.upsert({
    where: { showId_number: { showId: show.id, number } },
    create: { showId: show.id, number, title },
    update: {},
    select: { id: true },
  });
  return season.id;
}

/**
 * Creates (`id` null) or edits an episode. Every field is checked first, the
 * audio re-read from the stored file (its type, length and duration come
 * from there, never from the form); then one transaction writes the season
 * (when a new number is given), the episode and its audit entry. A failed
 * check writes nothing. Returns the cache tags to refresh.
 */
export async function saveEpisode(userId: number, id: number | null, raw: unknown, now = new Date()): Promise<EpisodeSaveResult> {
  const fields: Partial<Record<EpisodeField, string>> = {};
  const parsed = episodeInputSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields[issue.path[0] as EpisodeField] ??= "invalid";
    return { ok: false, fields };
  }
  const input = parsed.data;
  const existing = id
    ? await db.episode.findUnique({
        where: { id },
        select: { showId: true, audioUrl: true, status: true, publishedAt: true, withdrawnAt: true, show: { select: { slug: true } } },
      })
    : null;
  if (id && !existing) return { ok: false, fields: { id: "notFound" } };
  const show = await db.podcastShow.findUnique({ where: { id: input.showId }, select: { id: true, slug: true, title: true, language: true } });
  if (!show) fields.showId = "invalid";

  const slug = (input.slug || slugify(input.title)).normalize("NFC");
  if (!isValidSlug(slug)) fields.slug = "invalid";
  else if (show) {
    const owner = await db.episode.findUnique({ where: { showId_slug: { showId: show.id, slug } }, select: { id: true } });
    if (owner && owner.id !== id) fields.slug = "taken";
  }
  const notes = parseShowNotes(input.showNotes);
  if (!notes.ok) fields.showNotes = notes.code;

  let audio: { audioUrl: string; audioMime: string; audioBytes: number; durationSec: number } | null = null;
  if (input.audio) {
    const check = await recogniseAudio(storedAudioPath(input.audio)).catch(() => null);
    if (check?.ok)
      audio = { audioUrl: storedAudioUrl(input.audio), audioMime: check.audio.mime, audioBytes: check.audio.bytes, durationSec: check.audio.durationSec };
    else fields.audio = "missing";
  } else if (!existing) fields.audio = "required";
  if (Object.keys(fields).length || !show || !notes.ok) return { ok: false, fields };

  // A live episode (or one with changes pending) is not changed for readers: the edit becomes its pending revision.
  if (id && existing && (isPublic(existing, now) || (await hasPendingEpisode(id)))) {
    if (show.id !== existing.showId) return { ok: false, fields: { showId: "liveShow" } };
    const seasonId = await seasonFor(db, show, input.season);
    const edit = {
      seasonId,
      episodeNumber: input.episodeNumber,
      episodeType: input.episodeType,
      title: input.title,
      slug,
      showNotes: notes.text,
      ...(audio ?? {}),
    };
    try {
      const saved = await saveEpisodeEdit({ id: userId }, id, edit, { now });
      return { ok: true, id, tags: saved.tags, pending: saved.pending };
    } catch (error) {
      if (error instanceof RevisionError && error.code === "slugTaken") return { ok: false, fields: { slug: "taken" } };
      throw error;
    }
  }

  const savedId = await db.$transaction(async (tx) => {
    const seasonId = await seasonFor(tx, show, input.season);
    const data = {
      showId: show.id,
      seasonId,
      episodeNumber: input.episodeNumber,
      episodeType: input.episodeType,
      title: input.title,
      slug,
      showNotes: notes.text,
      updatedAt: now,
      ...(audio ?? {}),
    };
    let row: { id: number };
    if (id) row = await tx.episode.update({ where: { id }, data, select: { id: true } });
    else if (audio) row = await tx.episode.create({ data: { ...data, ...audio, status: "DRAFT" }, select: { id: true } });
    else throw new Error("a new episode without audio passed the checks");
    await tx.auditLog.create({ data: auditData({ action: id ? "edit" : "create", itemType: "episode", itemId: row.id, actor: { userId }, at: now }) });
    return row.id;
  });
  const tags = new Set([...episodeCacheTags(show.slug), ...(existing ? episodeCacheTags(existing.show.slug) : [])]);
  return { ok: true, id: savedId, tags: [...tags] };
}
