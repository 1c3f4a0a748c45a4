import "server-only";
import { withPendingEpisode } from "./revisions";
import type { Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { recogniseAudio } from "@/lib/media/audio";
import { STORED_AUDIO_NAME, storedAudioPath, storedAudioUrl } from "@/lib/media/upload";
import type { Locale } from "@/i18n/config";
import { episodeDeskRow, type DeskRow } from "./staff";

/** The episode editor's reads (staff pages only, never cached). */
export type ShowOption = { id: number; title: string; seasons: number[] };
export type EpisodeEditorValues = {
  id?: number;
  showId: string;
  season: string;
  episodeNumber: string;
  episodeType: string;
  title: string;
  slug: string;
  showNotes: string;
  audio: string;
};
export type AudioSummary = { url: string; mime: string; bytes: number; durationSec: number };

export async function listShowOptions(): Promise<ShowOption[]> {
  const shows = await db.podcastShow.findMany({
    orderBy: { position: "asc" },
    select: { id: true, title: true, seasons: { select: { number: true }, orderBy: { number: "asc" } } },
  });
  return shows.map((s) => ({ id: s.id, title: s.title, seasons: s.seasons.map((x) => x.number) }));
}

/** An episode as the editor shows it, its current audio, and its desk row (for the publishing actions). */
export async function getEpisodeForEdit(
  actor: Actor,
  id: number,
  locale: Locale,
  now = new Date(),
): Promise<{ values: EpisodeEditorValues; audio: AudioSummary; row: DeskRow } | null> {
  const live = await db.episode.findUnique({
    where: { id },
    include: { season: { select: { number: true, title: true } }, show: { select: { slug: true, title: true } } },
  });
  if (!live) return null;
  // A live episode with changes pending is edited as it will be once they are published.
  const e = await withPendingEpisode(live);
  return {
    values: {
      id: e.id,
      showId: String(e.showId),
      season: e.season ? String(e.season.number) : "",
      episodeNumber: e.episodeNumber ? String(e.episodeNumber) : "",
      episodeType: e.episodeType,
      title: e.title,
      slug: e.slug,
      showNotes: e.showNotes,
      audio: "",
    },
    audio: { url: e.audioUrl, mime: e.audioMime, bytes: e.audioBytes, durationSec: e.durationSec },
    row: episodeDeskRow(actor, e, locale, e !== live, now),
  };
}

/** A just-uploaded file, named in the editor's URL: what it is, read from the stored file; null when it is no accepted upload. */
export async function describeUpload(name: string | undefined): Promise<AudioSummary | null> {
  if (!name || !STORED_AUDIO_NAME.test(name)) return null;
  const check = await recogniseAudio(storedAudioPath(name)).catch(() => null);
  return check?.ok ? { url: storedAudioUrl(name), mime: check.audio.mime, bytes: check.audio.bytes, durationSec: check.audio.durationSec } : null;
}
