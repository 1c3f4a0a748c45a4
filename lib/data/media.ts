// Used by pages/api/media: no "server-only" import (it throws outside React Server Components).
import { db } from "@/lib/db";
import { publicWhere } from "@/lib/visibility";

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
export async function isMediaPublic(url: string, now = new Date()): Promise<boolean> {
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
