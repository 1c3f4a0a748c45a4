import "server-only";
import { draftMode } from "next/headers";
import { cache } from "react";
import { currentStaff } from "@/lib/auth/current";
import { mayActOn } from "@/lib/auth/item-access";
import { getPublishedArticle } from "./articles";
import { getDraftArticle } from "./drafts";
import type { ArticleView, Locale } from "./views";

/** previewedBy: the staff member a draft is shown to (the page audits that view through lib/content). */
export type PageArticle = ArticleView & { preview: boolean; previewedBy: number | null };

/**
 * The article a page shows, read once per request: generateMetadata and the
 * page share this call. In draft mode a signed-in staff member gets the
 * latest draft (the page audits the view) when their role may preview it (a
 * contributor: only their own articles); draft mode without a valid session,
 * or without that right, gets exactly what the public gets. Cookies are read only inside the draft
 * branch, so the normal path stays static and cached.
 */
export const getArticleForPage = cache(async (locale: Locale, slug: string): Promise<PageArticle | null> => {
  if ((await draftMode()).isEnabled) {
    const staff = await currentStaff();
    if (staff) {
      const draft = await getDraftArticle({ locale, slug }, "staff");
      if (draft && (await mayActOn(staff, "preview", { type: "article", id: draft.id }))) {
        return { ...draft, preview: true, previewedBy: staff.id };
      }
    }
  }
  const article = await getPublishedArticle(locale, slug);
  return article && { ...article, preview: false, previewedBy: null };
});
