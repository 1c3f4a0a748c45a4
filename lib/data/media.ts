import "server-only";
import { db } from "@/lib/db";
import { verifyPreviewToken } from "@/lib/preview/token";
import { previewSecret } from "@/lib/secrets";
import { publicWhere } from "@/lib/visibility";
import { revisionMediaUrls } from "@/lib/revision-data";
import { pendingData } from "./revisions";
import { imageKeyOf } from "@/lib/media/image-variants";

/**
 * The URL items store for a requested file. Every file of an uploaded image
 * (original, each AVIF and WebP width, the OG crop) stands for the image's
 * fallback URL, the one items point at, so all of them follow one rule; an
 * image-folder name with no recorded image is nobody's (null). Other files
 * stand for themselves.
 */
async function usedUrl(requested: string): Promise<string | null> {
  const key = imageKeyOf(requested);
  if (key === null) return requested;
  const image = await db.mediaImage.findUnique({ where: { key }, select: { url: true } });
  return image?.url ?? null;
}

/**
 * Whether a media file may be served to anyone: true when at least one public
 * item uses it (an episode's audio, an article's hero or a body block, a
 * show's artwork, an author's picture). A file that only drafts, scheduled or
 * withdrawn items use is not public, whatever its name.
 *
 * Never cached: publishing and unpublishing must show on the next request.
 * Matching is exact (case and all); `url` is the canonical path from
 * lib/media/paths.
 */
export async function isMediaPublic(requested: string, now = new Date()): Promise<boolean> {
  const url = await usedUrl(requested);
  if (url === null) return false;
  const visible = publicWhere(now);
  const episode = await db.episode.findFirst({ where: { audioUrl: url, ...visible }, select: { id: true } });
  if (episode) return true;
  // Shows have no status of their own: a show and its artwork are listed from the start.
  const show = await db.podcastShow.findFirst({ where: { artworkUrl: url }, select: { id: true } });
  if (show) return true;
  const author = await db.author.findFirst({ where: { avatarUrl: url }, select: { id: true } });
  if (author) return true;
  const hero = await db.article.findFirst({ where: { heroUrl: url, ...visible }, select: { id: true } });
  if (hero) return true;
  // Body blocks name media as JSON strings. `contains` is a coarse (and, on
  // SQLite, case-blind) filter; the exact check is the `includes` below.
  const quoted = JSON.stringify(url);
  const bodies = await db.article.findMany({ where: { body: { contains: quoted }, ...visible }, select: { body: true }, take: 50 });
  return bodies.some((row) => row.body.includes(quoted));
}

/**
 * Whether a shareable preview token (signed, unexpired, not revoked) opens an
 * item that uses this media URL, so the link's holder can play and see the
 * draft's own files. No audit row here: the preview page's view was audited,
 * and a player's many range requests must not flood the log.
 */
export async function isMediaOfPreviewLink(requested: string, token: string, now = new Date()): Promise<boolean> {
  const url = await usedUrl(requested);
  if (url === null) return false;
  const checked = verifyPreviewToken(token, previewSecret(), now);
  if (!checked.ok) return false;
  const { payload } = checked;
  const row = await db.previewToken.findUnique({ where: { id: payload.id }, select: { revokedAt: true, expiresAt: true, itemType: true, itemId: true } });
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime() || row.itemType !== payload.type || row.itemId !== payload.item) return false;
  // The preview shows the item's pending changes, so their new files play too.
  const pending = await pendingData(payload.type, payload.item);
  if (pending) {
    const named = revisionMediaUrls(pending.data);
    if (named.fields.includes(url) || named.body.includes(JSON.stringify(url))) return true;
  }
  if (payload.type === "episode") {
    const episode = await db.episode.findUnique({ where: { id: payload.item }, select: { audioUrl: true, show: { select: { artworkUrl: true } } } });
    return episode !== null && (episode.audioUrl === url || episode.show.artworkUrl === url);
  }
  const article = await db.article.findUnique({ where: { id: payload.item }, select: { heroUrl: true, body: true } });
  return article !== null && (article.heroUrl === url || article.body.includes(JSON.stringify(url)));
}
