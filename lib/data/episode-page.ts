import "server-only";
import { draftMode } from "next/headers";
import { cache } from "react";
import { currentStaff } from "@/lib/auth/current";
import { mayActOn } from "@/lib/auth/item-access";
import { getDraftEpisode } from "./drafts";
import { getEpisode, type EpisodeView } from "./podcasts";

export type PageEpisode = EpisodeView & { preview: boolean; previewedBy: number | null };

/** The episode a page shows; the same draft-mode and permission rule as getArticleForPage. */
export const getEpisodeForPage = cache(async (showSlug: string, episodeSlug: string): Promise<PageEpisode | null> => {
  if ((await draftMode()).isEnabled) {
    const staff = await currentStaff();
    if (staff) {
      const draft = await getDraftEpisode({ showSlug, slug: episodeSlug });
      if (draft && (await mayActOn(staff, "preview", { type: "episode", id: draft.id }))) {
        return { ...draft, preview: true, previewedBy: staff.id };
      }
    }
  }
  const episode = await getEpisode(showSlug, episodeSlug);
  return episode && { ...episode, preview: false, previewedBy: null };
});
