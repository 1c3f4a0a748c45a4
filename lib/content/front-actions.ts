"use server";

import { draftMode } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/current";
import { mayDo, type DeskAction } from "@/lib/auth/permissions";
import { staffPaths } from "@/lib/paths";
import { defaultLocale, locales, toLocale, type Locale } from "@/i18n/config";
import { paths } from "@/lib/paths";
import { addPick, clearBreaking, FrontPageError, movePick, publishPicks, removePick, setBreaking } from "./front-page";
import { invalidate } from "./invalidate";

/**
 * The front-page desk's Server Actions (/staff/front-page): plain forms, each
 * checks the session and that the role may run the front page (or breaking
 * news: lib/auth/permissions), validates its fields, writes one transaction
 * (audited) and refreshes the tags it touched. A refused role goes back to
 * the desk with a message; nothing changes. `locale` is the desk's language,
 * `edition` the front page being edited.
 */
const base = z.object({ locale: z.enum(locales).catch(defaultLocale), edition: z.enum(locales) });
const pickForm = base.extend({ articleId: z.coerce.number().int().positive() });
const moveForm = pickForm.extend({ direction: z.enum(["up", "down"]) });
const breakingForm = pickForm.extend({
  text: z.string().trim().min(3).max(160),
  minutes: z.coerce
    .number()
    .int()
    .min(1)
    .max(48 * 60),
});

function read<T extends z.ZodTypeAny>(schema: T, form: FormData): z.infer<T> | null {
  const parsed = schema.safeParse(Object.fromEntries(form));
  return parsed.success ? parsed.data : null;
}

function back(locale: Locale, edition: Locale, query: string): never {
  redirect(staffPaths.frontPage(locale, `?edition=${edition}&${query}`));
}

/** The signed-in staff member, if their role may do `action`; else back to the desk, refused. */
async function allowed(action: DeskAction, locale: Locale | undefined) {
  const staff = await requireStaff(locale);
  if (!mayDo(staff, action)) redirect(staffPaths.desk(locale ?? defaultLocale, "?error=forbidden"));
  return staff;
}

async function guarded(locale: Locale, edition: Locale, write: () => Promise<unknown>, done: string): Promise<never> {
  try {
    await write();
  } catch (error) {
    if (error instanceof FrontPageError) back(locale, edition, `error=${error.code}`);
    throw error;
  }
  back(locale, edition, `done=${done}`);
}

export async function addPickAction(form: FormData) {
  const f = read(pickForm, form);
  const staff = await allowed("front-page", f?.locale);
  if (!f) back("ar", "ar", "error=badRequest");
  await guarded(f.locale, f.edition, () => addPick(f.edition, f.articleId, staff.id), "pick");
}

export async function movePickAction(form: FormData) {
  const f = read(moveForm, form);
  const staff = await allowed("front-page", f?.locale);
  if (!f) back("ar", "ar", "error=badRequest");
  await guarded(f.locale, f.edition, () => movePick(f.edition, f.articleId, f.direction, staff.id), "move");
}

export async function removePickAction(form: FormData) {
  const f = read(pickForm, form);
  const staff = await allowed("front-page", f?.locale);
  if (!f) back("ar", "ar", "error=badRequest");
  await guarded(f.locale, f.edition, () => removePick(f.edition, f.articleId, staff.id), "remove");
}

export async function publishPicksAction(form: FormData) {
  const f = read(base, form);
  const staff = await allowed("front-page", f?.locale);
  if (!f) back("ar", "ar", "error=badRequest");
  await guarded(f.locale, f.edition, async () => invalidate(await publishPicks(f.edition, staff.id)), "publish");
}

/** "Preview": draft mode on, then the edition's home with the pending picks under the preview banner. */
export async function previewPicksAction(form: FormData) {
  const f = read(base, form);
  await allowed("front-page", f?.locale);
  if (!f) back("ar", "ar", "error=badRequest");
  (await draftMode()).enable();
  redirect(paths.home(f.edition));
}

export async function setBreakingAction(form: FormData) {
  const f = read(breakingForm, form);
  const staff = await allowed("breaking", f?.locale ?? toLocale(form.get("locale")));
  if (!f) back(toLocale(form.get("locale")), toLocale(form.get("edition")), "error=badBreaking");
  const expiresAt = new Date(Date.now() + f.minutes * 60_000);
  await guarded(
    f.locale,
    f.edition,
    async () => invalidate(await setBreaking(f.edition, { text: f.text, articleId: f.articleId, expiresAt }, staff.id)),
    "breaking",
  );
}

export async function clearBreakingAction(form: FormData) {
  const f = read(base, form);
  const staff = await allowed("breaking", f?.locale);
  if (!f) back("ar", "ar", "error=badRequest");
  await guarded(f.locale, f.edition, async () => invalidate(await clearBreaking(f.edition, staff.id)), "clear");
}
