import { createReadStream } from "node:fs";
import { PassThrough } from "node:stream";
import { stat } from "node:fs/promises";
import { parseStream } from "music-metadata";

/**
 * What an uploaded audio file really is, read from its bytes by music-metadata
 * (never from its name or the type the browser claimed). Accepted: MP3
 * (MPEG-1/2/2.5 Layer III) and AAC in an MP4 container (M4A). Anything else,
 * an empty file, and a file that is shorter than its own headers say
 * (truncated), is refused with a code the form shows beside the field.
 */
export type AudioKind = { mime: "audio/mpeg"; ext: "mp3" } | { mime: "audio/mp4"; ext: "m4a" };
export type RecognisedAudio = AudioKind & { bytes: number; durationSec: number; bitrate: number; codec: string };
export type AudioProblem = "empty" | "notAudio" | "truncated" | "tooShort";
export type AudioCheck = { ok: true; audio: RecognisedAudio } | { ok: false; problem: AudioProblem };

/** Shorter than this is not an episode (and is what random bytes that happen to sync as MPEG give). */
const MIN_SECONDS = 1;

export async function recogniseAudio(file: string): Promise<AudioCheck> {
  const { size } = await stat(file);
  if (size === 0) return { ok: false, problem: "empty" };
  let format;
  try {
    // No MIME type and no path (a file stream would hand the parser its name,
    // and it would pick the parser by extension): chosen from the content alone.
    const bytes = createReadStream(file).pipe(new PassThrough());
    const metadata = await parseStream(bytes, { size }, { duration: true, skipCovers: true });
    format = metadata.format;
  } catch (error) {
    // The MP4 parser refuses a box that runs past the end of the file.
    return { ok: false, problem: /exceeds|end of|EOF|premature/i.test(String((error as Error)?.message)) ? "truncated" : "notAudio" };
  }
  const kind = kindOf(format.container, format.codec);
  if (!kind || !format.hasAudio || format.hasVideo) return { ok: false, problem: "notAudio" };
  const duration = format.duration ?? 0;
  if (!Number.isFinite(duration) || duration <= 0) return { ok: false, problem: "truncated" };
  if (duration < MIN_SECONDS) return { ok: false, problem: "tooShort" };
  const bitrate = format.bitrate && Number.isFinite(format.bitrate) ? format.bitrate : (size * 8) / duration;
  // An MP3's duration comes from its Xing/Info header (frame count) or its
  // frames; audio at the stated bitrate for that long needs this many bytes.
  // A file with fewer lost its end. (A headerless CBR file cut exactly at a
  // frame boundary is indistinguishable from a shorter recording.)
  if (kind.ext === "mp3" && size + 2 < Math.floor((bitrate * duration) / 8)) return { ok: false, problem: "truncated" };
  return { ok: true, audio: { ...kind, bytes: size, durationSec: Math.max(1, Math.round(duration)), bitrate: Math.round(bitrate), codec: format.codec ?? "" } };
}

function kindOf(container: string | undefined, codec: string | undefined): AudioKind | null {
  if (container === "MPEG" && codec && /^MPEG (1|2|2\.5) Layer 3$/.test(codec)) return { mime: "audio/mpeg", ext: "mp3" };
  // music-metadata names an MP4 container by its brands ("M4A/isom/mp42"), the track's codec "MPEG-4/AAC".
  if (container && /^(M4A|mp4|isom|mp42|M4B)\b/i.test(container) && codec && /AAC/.test(codec)) return { mime: "audio/mp4", ext: "m4a" };
  return null;
}
