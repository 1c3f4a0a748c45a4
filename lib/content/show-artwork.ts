import "server-only";
import { db } from "@/lib/db";
import { episodeCacheTags } from "@/lib/cache-tags";
import type { ImageProblem } from "@/lib/media/image-pipeline";
import { storeUploadedImage } from "./images";

export type ArtworkResult = { ok: true; tags: string[] } | { ok: false; code: ImageProblem | "notFound" };

/**
 * New artwork for a show: the file goes through the pipeline (square, 1400–3000 px)
 * and the show then points at the stored JPEG/PNG at full size, which the
 * podcast feed's itunes:image names. Shows are public from the start, so the
 * artwork is public once saved.
 */
export async function setShowArtwork(showId: number, file: File, userId: number, now = new Date()): Promise<ArtworkResult> {
  const show = await db.podcastShow.findUnique({ where: { id: showId }, select: { slug: true, title: true } });
  if (!show) return { ok: false, code: "notFound" };
  const upload = await storeUploadedImage(file, "artwork", { alt: show.title }, userId);
  if (!upload.ok) return upload;
  await db.podcastShow.update({ where: { id: showId }, data: { artworkUrl: upload.image.url, artworkSize: upload.image.width, updatedAt: now } });
  return { ok: true, tags: episodeCacheTags(show.slug) };
}
