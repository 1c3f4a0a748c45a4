import { createReadStream } from "node:fs";
import { realpath, stat } from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { staffFromRequest } from "@/lib/auth/current";
import { isMediaPublic } from "@/lib/data/media";
import { errorPage, requestLocale } from "@/lib/http";
import { mediaDir } from "@/lib/media/dir";
import { fileInside, parseMediaPath } from "@/lib/media/paths";
import { parseRange } from "@/lib/media/range";

// Every request is checked against the database: never prerendered, never in Next's cache.
export const dynamic = "force-dynamic";

/**
 * Media files (audio, images) from the media folder, only while an item that
 * uses them is public. Shared caches may keep a public file for 5 minutes:
 * that is the longest an unpublished or withdrawn item's media stays
 * reachable anywhere. Staff get any file, privately, for previews.
 */
const PUBLIC_MEDIA_CACHE = "public, max-age=300";
const PRIVATE_CACHE = "private, no-store";

export function GET(request: Request) {
  return serve(request, true);
}

export function HEAD(request: Request) {
  return serve(request, false);
}

async function serve(request: Request, withBody: boolean): Promise<Response> {
  const notFound = () => errorPage(requestLocale(request), 404, "notFound");
  const media = parseMediaPath(new URL(request.url).pathname);
  if (!media) return notFound();
  const root = mediaDir();
  const file = fileInside(root, media.segments);
  if (!file) return notFound();
  const found = await locate(root, file);
  if (!found) return notFound();

  let cacheControl: string;
  if (await isMediaPublic(media.url)) cacheControl = PUBLIC_MEDIA_CACHE;
  else if (await staffFromRequest(request)) cacheControl = PRIVATE_CACHE;
  else return notFound();

  const { size, mtime } = found;
  const etag = `"${size.toString(16)}-${Math.floor(mtime.getTime()).toString(16)}"`;
  const lastModified = mtime.toUTCString();
  const headers = new Headers({
    "Content-Type": media.contentType,
    "Accept-Ranges": "bytes",
    ETag: etag,
    "Last-Modified": lastModified,
    "Cache-Control": cacheControl,
  });
  if (cacheControl === PRIVATE_CACHE) headers.set("X-Robots-Tag", "noindex");

  if (notModified(request, etag, mtime)) return new Response(null, { status: 304, headers });

  const ifRange = request.headers.get("if-range");
  const rangeApplies = ifRange === null || ifRange === etag || ifRange === lastModified;
  const range = parseRange(rangeApplies ? request.headers.get("range") : null, size);
  if (range.kind === "unsatisfiable") {
    headers.set("Content-Range", `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const start = range.kind === "partial" ? range.start : 0;
  const end = range.kind === "partial" ? range.end : size - 1;
  headers.set("Content-Length", String(size === 0 ? 0 : end - start + 1));
  if (range.kind === "partial") headers.set("Content-Range", `bytes ${start}-${end}/${size}`);
  const status = range.kind === "partial" ? 206 : 200;
  if (!withBody || size === 0) return new Response(null, { status, headers });
  const body = Readable.toWeb(createReadStream(found.path, { start, end })) as ReadableStream<Uint8Array>;
  return new Response(body, { status, headers });
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

function notModified(request: Request, etag: string, mtime: Date): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return Number.isFinite(since) && Math.floor(mtime.getTime() / 1000) * 1000 <= since;
}
