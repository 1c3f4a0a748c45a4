import "server-only";
import { draftMode } from "next/headers";
import { cache } from "react";
import { currentStaff } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { auditData } from "@/lib/content/audit";
import { getPublishedArticle } from "./articles";
import { getDraftArticle } from "./drafts";
import type { ArticleView, Locale } from "./views";

export type PageArticle = ArticleView & { preview: boolean };

/**
 * The article a page shows, read once per request: generateMetadata and the
 * page share this call. In draft mode a signed-in staff member gets the
 * latest draft (and the view is audited); draft mode without a valid session
 * gets exactly what the public gets. Cookies are read only inside the draft
 * branch, so the normal path stays static and cached.
 */
export const getArticleForPage = cache(async (locale: Locale, slug: string): Promise<PageArticle | null> => {
  if ((await draftMode()).isEnabled) {
    const staff = await currentStaff();
    if (staff) {
      const draft = await getDraftArticle({ locale, slug }, "staff");
      if (draft) {
        await db.auditLog.create({ data: auditData({ action: "preview", itemType: "article", itemId: draft.id, actor: { userId: staff.id }, at: new Date() }) });
        return { ...draft, preview: true };
      }
    }
  }
  const article = await getPublishedArticle(locale, slug);
  return article && { ...article, preview: false };
});
