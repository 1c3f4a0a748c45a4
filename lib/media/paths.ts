import path from "node:path";

/**
 * Where media URLs point on disk. Every media URL is `/media/<segments>` and
 * maps to `<media dir>/<segments>`; this module decides, without touching the
 * disk or the database, whether a request path can name such a file at all.
 * Anything odd is refused rather than repaired: a URL that only works after
 * cleaning up is not the URL an item owns.
 */

export const MEDIA_PREFIX = "/media/";

/** File types we serve, by lower-case extension. No SVG or HTML: nothing that can run script. */
export const MEDIA_TYPES: Readonly<Record<string, string>> = {
  mp3: "audio/mpeg",
  m4a: "audio/mp4",
  aac: "audio/aac",
  ogg: "audio/ogg",
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
};

const MAX_SEGMENTS = 8;
const MAX_SEGMENT_LENGTH = 200;
// Letters (any script), digits, and - _ . only; no dot-only segment, no leading dot.
const SEGMENT = /^[\p{L}\p{N}_-][\p{L}\p{N}\p{M}._-]*$/u;

export type MediaPath = {
  /** The canonical URL an item stores, e.g. /media/podcasts/show/episode.mp3. */
  url: string;
  segments: string[];
  contentType: string;
};

/**
 * Parses the raw (still percent-encoded) pathname of a request. Returns null
 * for anything that is not a plain media path: dot segments, empty segments,
 * encoded slashes or backslashes, NUL and other controls, malformed encoding,
 * unknown extensions.
 */
export function parseMediaPath(rawPathname: string): MediaPath | null {
  if (!rawPathname.startsWith(MEDIA_PREFIX)) return null;
  const rawSegments = rawPathname.slice(MEDIA_PREFIX.length).split("/");
  if (rawSegments.length === 0 || rawSegments.length > MAX_SEGMENTS) return null;
  const segments: string[] = [];
  for (const raw of rawSegments) {
    let segment: string;
    try {
      segment = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (segment.length === 0 || segment.length > MAX_SEGMENT_LENGTH) return null;
    if (segment.normalize("NFC") !== segment) return null;
    if (!SEGMENT.test(segment) || segment.includes("..")) return null;
    segments.push(segment);
  }
  const name = segments[segments.length - 1];
  const dot = name.lastIndexOf(".");
  if (dot <= 0) return null;
  const contentType = MEDIA_TYPES[name.slice(dot + 1)];
  if (!contentType) return null;
  return { url: MEDIA_PREFIX + segments.join("/"), segments, contentType };
}

/**
 * The file a parsed media path names inside `root`, or null when the result
 * would fall outside it (a second line of defence after parseMediaPath).
 */
export function fileInside(root: string, segments: string[]): string | null {
  const base = path.resolve(root);
  const file = path.resolve(base, ...segments);
  return file.startsWith(base + path.sep) ? file : null;
}
