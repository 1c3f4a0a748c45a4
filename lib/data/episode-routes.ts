import "server-only";
import { db } from "@/lib/db";
import { isWithdrawn } from "@/lib/visibility";

/** 410 for an episode that was public and has been taken down; everything else is the page's business. */
export async function isEpisodeGone(showSlug: string, episodeSlug: string): Promise<boolean> {
  const row = await db.episode.findFirst({ where: { slug: episodeSlug, show: { slug: showSlug } }, select: { status: true, publishedAt: true, withdrawnAt: true } });
  return Boolean(row && isWithdrawn(row));
}
