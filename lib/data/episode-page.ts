import "server-only";
import { draftMode } from "next/headers";
import { cache } from "react";
import { currentStaff } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { auditData } from "@/lib/content/audit";
import { getDraftEpisode } from "./drafts";
import { getEpisode, type EpisodeView } from "./podcasts";

export type PageEpisode = EpisodeView & { preview: boolean };

/** The episode a page shows; the same draft-mode rule as getArticleForPage. */
export const getEpisodeForPage = cache(async (showSlug: string, episodeSlug: string): Promise<PageEpisode | null> => {
  if ((await draftMode()).isEnabled) {
    const staff = await currentStaff();
    if (staff) {
      const draft = await getDraftEpisode({ showSlug, slug: episodeSlug });
      if (draft) {
        await db.auditLog.create({ data: auditData({ action: "preview", itemType: "episode", itemId: draft.id, actor: { userId: staff.id }, at: new Date() }) });
        return { ...draft, preview: true };
      }
    }
  }
  const episode = await getEpisode(showSlug, episodeSlug);
  return episode && { ...episode, preview: false };
});
