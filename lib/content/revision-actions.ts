"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/current";
import { formLocale } from "@/lib/auth/respond";
import { mayActOn } from "@/lib/auth/item-access";
import type { ItemAction } from "@/lib/auth/permissions";
import { defaultLocale, locales, type Locale } from "@/i18n/config";
import { staffPaths } from "@/lib/paths";
import { discardArticleChanges, publishArticleChanges, restoreArticleVersion } from "./article-revisions";
import { discardEpisodeChanges, publishEpisodeChanges, restoreEpisodeVersion } from "./episode-revisions";
import { invalidate } from "./invalidate";
import { RevisionError } from "./revisions";

/**
 * The desk's pending-change actions (publish, discard, restore). Each checks
 * the staff session itself, validates its form, runs one transaction
 * (lib/content/*-revisions.ts) and refreshes exactly the tags it returns.
 * Refusals (nothing pending any more, a newer save, a slug taken meanwhile)
 * come back to the edit page as a message; nothing is written.
 */
const formSchema = z.object({
  type: z.enum(["article", "episode"]),
  id: z.coerce.number().int().positive(),
  locale: z.enum(locales).catch(defaultLocale),
  version: z.coerce.number().int().positive().optional(),
  revisionId: z.coerce.number().int().positive().optional(),
});

function readForm(form: FormData) {
  const field = (name: string) => form.get(name) ?? undefined;
  const parsed = formSchema.safeParse({
    type: field("type"),
    id: field("id"),
    locale: field("locale") ?? defaultLocale,
    version: field("version") || undefined,
    revisionId: field("revisionId") || undefined,
  });
  return parsed.success ? parsed.data : null;
}

/** Where the editor comes back to: the article's edit page, or the desk for an episode. */
function back(item: { type: "article" | "episode"; id: number; locale: Locale }, query: string): string {
  return item.type === "article" ? staffPaths.editArticle(item.locale, item.id, query) : staffPaths.editEpisode(item.locale, item.id, query);
}

type Item = NonNullable<ReturnType<typeof readForm>>;

/** The role check is the action's own: publishing changes needs "publish", discarding and restoring "edit". */
async function run(form: FormData, done: string, needs: ItemAction, write: (item: Item, userId: number) => Promise<string[]>) {
  const item = readForm(form);
  const locale = item?.locale ?? formLocale(form);
  const staff = await requireStaff(locale);
  if (!item) redirect(staffPaths.desk(locale));
  if (!(await mayActOn(staff, needs, { type: item.type, id: item.id }))) redirect(staffPaths.desk(locale, "?error=forbidden"));
  let tags: string[];
  try {
    tags = await write(item, staff.id);
  } catch (error) {
    if (error instanceof RevisionError) redirect(back(item, `?revisionError=${error.code}`));
    throw error;
  }
  await invalidate(tags);
  redirect(back(item, `?revision=${done}`));
}

export async function publishChangesAction(form: FormData) {
  await run(form, "published", "publish", (item, userId) =>
    item.type === "article" ? publishArticleChanges(item.id, userId, item.version) : publishEpisodeChanges({ id: userId }, item.id, { version: item.version }),
  );
}

export async function discardChangesAction(form: FormData) {
  await run(form, "discarded", "edit", (item, userId) =>
    item.type === "article" ? discardArticleChanges(item.id, userId) : discardEpisodeChanges({ id: userId }, item.id),
  );
}

export async function restoreVersionAction(form: FormData) {
  await run(form, "restored", "edit", (item, userId) => {
    if (!item.revisionId) throw new RevisionError("notFound");
    return item.type === "article" ? restoreArticleVersion(item.id, item.revisionId, userId) : restoreEpisodeVersion({ id: userId }, item.id, item.revisionId);
  });
}
