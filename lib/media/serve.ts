import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { fileInside, parseMediaPath } from "./paths";
import { parseRange } from "./range";

/**
 * The decision for one media request, apart from any framework: which file,
 * which bytes, which status and headers. The caller streams the bytes.
 *
 * Shared caches may keep a public file for 5 minutes (PUBLIC_MEDIA_CACHE):
 * that is the longest an unpublished or withdrawn item's media can still be
 * served by anyone after the change. Staff get any file in the folder, and
 * a shareable preview link's holder the files of its item, privately, so
 * previews play.
 */
export const PUBLIC_MEDIA_CACHE = "public, max-age=300";
export const PRIVATE_MEDIA_CACHE = "private, no-store";

export type MediaRequest = {
  /** The path as sent, still percent-encoded, starting with /media/. */
  rawPath: string;
  header: (name: string) => string | null;
};

export type MediaAccess = {
  /** The media folder. */
  root: string;
  /** Whether a public item uses this canonical media URL. */
  isPublic: (url: string) => Promise<boolean>;
  /** Whether the request comes from a signed-in staff member. */
  isStaff: () => Promise<boolean>;
  /** Whether the request carries a shareable preview token whose item uses this URL. */
  isPreviewOf: (url: string) => Promise<boolean>;
};

export type MediaAnswer =
  | { kind: "not-found" }
  | { kind: "file"; status: 200 | 206 | 304 | 416; headers: Record<string, string>; bytes: { path: string; start: number; end: number } | null };

export async function answerMedia(request: MediaRequest, access: MediaAccess): Promise<MediaAnswer> {
  const notFound = { kind: "not-found" } as const;
  const media = parseMediaPath(request.rawPath);
  if (!media) return notFound;
  const file = fileInside(access.root, media.segments);
  if (!file) return notFound;
  const found = await locate(access.root, file);
  if (!found) return notFound;

  let cacheControl: string;
  if (await access.isPublic(media.url)) cacheControl = PUBLIC_MEDIA_CACHE;
  else if ((await access.isStaff()) || (await access.isPreviewOf(media.url))) cacheControl = PRIVATE_MEDIA_CACHE;
  else return notFound;

  const { size, mtime } = found;
  const etag = `"${size.toString(16)}-${Math.floor(mtime.getTime()).toString(16)}"`;
  const lastModified = mtime.toUTCString();
  const headers: Record<string, string> = {
    "Content-Type": media.contentType,
    "Accept-Ranges": "bytes",
    ETag: etag,
    "Last-Modified": lastModified,
    "Cache-Control": cacheControl,
  };
  if (cacheControl === PRIVATE_MEDIA_CACHE) headers["X-Robots-Tag"] = "noindex";

  if (notModified(request, etag, mtime)) return { kind: "file", status: 304, headers, bytes: null };

  const ifRange = request.header("if-range");
  const rangeApplies = ifRange === null || ifRange === etag || ifRange === lastModified;
  const range = parseRange(rangeApplies ? request.header("range") : null, size);
  if (range.kind === "unsatisfiable") {
    return { kind: "file", status: 416, headers: { ...headers, "Content-Range": `bytes */${size}`, "Content-Length": "0" }, bytes: null };
  }
  const start = range.kind === "partial" ? range.start : 0;
  const end = range.kind === "partial" ? range.end : size - 1;
  headers["Content-Length"] = String(size === 0 ? 0 : end - start + 1);
  if (range.kind === "partial") headers["Content-Range"] = `bytes ${start}-${end}/${size}`;
  return { kind: "file", status: range.kind === "partial" ? 206 : 200, headers, bytes: size === 0 ? null : { path: found.path, start, end } };
}

/** The regular file at `file`, when its real path (symlinks followed) is still inside the media folder. */
async function locate(root: string, file: string): Promise<{ path: string; size: number; mtime: Date } | null> {
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(file)]);
    if (!realFile.startsWith(realRoot + path.sep)) return null;
    const info = await stat(realFile);
    return info.isFile() ? { path: realFile, size: info.size, mtime: info.mtime } : null;
  } catch {
    return null;
  }
}

function notModified(request: MediaRequest, etag: string, mtime: Date): boolean {
  const ifNoneMatch = request.header("if-none-match");
  if (ifNoneMatch !== null) return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || tag.trim().replace(/^W\//, "") === etag);
  const since = Date.parse(request.header("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
}
