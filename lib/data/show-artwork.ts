import "server-only";
import { db } from "@/lib/db";

export type ArtworkRow = { id: number; slug: string; title: string; artworkUrl: string; artworkSize: number };

/** Every show with its current artwork, for the desk's artwork page (staff only; not cached). */
export async function listShowArtwork(): Promise<ArtworkRow[]> {
  return db.podcastShow.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, slug: true, title: true, artworkUrl: true, artworkSize: true },
  });
}
