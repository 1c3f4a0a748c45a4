"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/current";
import { mayActOn, mayRevokeLink } from "@/lib/auth/item-access";
import { mayDo, type ItemAction } from "@/lib/auth/permissions";
import type { StaffIdentity } from "@/lib/auth/session";
import type { Locale } from "@/i18n/config";
import { formLocale } from "@/lib/auth/respond";
import { staffPaths } from "@/lib/paths";
import { defaultLocale, locales } from "@/i18n/config";
import { createPreviewLink, revokePreviewLink } from "@/lib/content/preview-links";
import { DEFAULT_PREVIEW_HOURS } from "@/lib/preview/token";
import { saveArticle, type SaveResult } from "./articles";
import { chosenFile, storeUploadedImage } from "./images";
import type { ImageProblem } from "@/lib/media/image-pipeline";
import { invalidate } from "./invalidate";
import { publishNow, PublishError, schedule, unpublish } from "./publishing";
import { newsroomLocalToDate } from "./time";
import type { Base } from "./revisions";

/**
 * The desk's Server Actions. Next checks each action's Origin against the
 * host (cross-site posts are refused); each one checks the staff session
 * itself before anything else, asks lib/auth/permissions whether this role
 * may do this to this item (a refusal goes back to the desk with a message and
 * changes nothing), validates its form with zod, and refreshes exactly the
 * cache tags the write touched.
 */
const itemForm = z.object({ type: z.enum(["article", "episode"]), id: z.coerce.number().int().positive(), locale: z.enum(locales).catch(defaultLocale) });

function readItem(form: FormData) {
  const parsed = itemForm.safeParse({ type: form.get("type"), id: form.get("id"), locale: form.get("locale") ?? defaultLocale });
  if (!parsed.success) throw new Error("bad request");
  return parsed.data;
}

function refused(locale: Locale): never {
  redirect(staffPaths.desk(locale, "?error=forbidden"));
}

/** The signed-in staff member, if their role may do `action` on the posted item; else back to the desk, refused. */
async function staffFor(action: ItemAction, item: ReturnType<typeof readItem>): Promise<StaffIdentity> {
  const staff = await requireStaff(item.locale);
  if (!(await mayActOn(staff, action, item))) refused(item.locale);
  return staff;
}

export async function publishNowAction(form: FormData) {
  const item = readItem(form);
  const staff = await staffFor("publish", item);
  await invalidate(await publishNow(item, { userId: staff.id }));
  redirect(staffPaths.desk(item.locale, "?done=publish"));
}

export async function unpublishAction(form: FormData) {
  const item = readItem(form);
  const staff = await staffFor("unpublish", item);
  await invalidate(await unpublish(item, { userId: staff.id }));
  redirect(staffPaths.desk(item.locale, "?done=unpublish"));
}

export async function scheduleAction(form: FormData) {
  const item = readItem(form);
  const staff = await staffFor("schedule", item);
  const at = newsroomLocalToDate(String(form.get("at") ?? ""));
  if (!at) redirect(staffPaths.desk(item.locale, "?error=pastTime"));
  try {
    await invalidate(await schedule(item, at, { userId: staff.id }));
  } catch (error) {
    if (error instanceof PublishError) redirect(staffPaths.desk(item.locale, `?error=${error.code}`));
    throw error;
  }
  redirect(staffPaths.desk(item.locale, "?done=schedule"));
}

export async function createLinkAction(form: FormData) {
  const item = readItem(form);
  const staff = await staffFor("share", item);
  const hours = z.coerce
    .number()
    .int()
    .min(1)
    .max(720)
    .catch(DEFAULT_PREVIEW_HOURS)
    .parse(form.get("hours") ?? DEFAULT_PREVIEW_HOURS);
  await createPreviewLink(item, staff.id, hours);
  redirect(staffPaths.desk(item.locale, "?done=link#links"));
}

export async function revokeLinkAction(form: FormData) {
  const locale = formLocale(form);
  const staff = await requireStaff(locale);
  const id = z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,64}$/)
    .safeParse(form.get("tokenId"));
  if (id.success && !(await mayRevokeLink(staff, id.data))) refused(locale);
  if (id.success) await revokePreviewLink(id.data, staff.id);
  redirect(staffPaths.desk(locale, "?done=revoke#links"));
}

/** The pending revision the editor was loaded with: "none", or "<revision id>:<version>" (lib/content/revisions.ts). */
function readBase(raw: FormDataEntryValue | null): Base {
  const value = typeof raw === "string" ? raw : "";
  if (value === "none") return null;
  const m = /^(\d{1,12}):(\d{1,9})$/.exec(value);
  return m ? { revisionId: Number(m[1]), version: Number(m[2]) } : undefined;
}

/** `heroFile`: why the chosen hero file was refused (lib/media/image-pipeline), shown beside the upload field. */
export type EditorState = { result: SaveResult | null; values: Record<string, string | string[]>; heroFile?: ImageProblem };

/** The editor's save (useActionState): errors come back beside the fields, nothing written. */
export async function saveArticleAction(_prev: EditorState, form: FormData): Promise<EditorState> {
  const locale = formLocale(form);
  const staff = await requireStaff(locale);
  const values = {
    id: String(form.get("id") ?? ""),
    locale: String(form.get("articleLocale") ?? ""),
    title: String(form.get("title") ?? ""),
    slug: String(form.get("slug") ?? ""),
    standfirst: String(form.get("standfirst") ?? ""),
    sectionId: String(form.get("sectionId") ?? ""),
    authorIds: form.getAll("authorIds").map(String),
    tagIds: form.getAll("tagIds").map(String),
    heroUrl: String(form.get("heroUrl") ?? ""),
    heroAlt: String(form.get("heroAlt") ?? ""),
    heroCaption: String(form.get("heroCaption") ?? ""),
    heroCredit: String(form.get("heroCredit") ?? ""),
    body: String(form.get("body") ?? ""),
  };
  const id = z.coerce.number().int().positive().safeParse(values.id);
  const allowed = values.id ? id.success && (await mayActOn(staff, "edit", { type: "article", id: id.data })) : mayDo(staff, "create-article");
  if (!allowed) return { result: { ok: false, fields: { id: "forbidden" }, body: [] }, values: { ...values, revision: String(form.get("revision") ?? "") } };
  // A chosen hero file is stored first and becomes the form's heroUrl, so it is saved like
  // any hero (and kept by the form if another field is wrong). Refused: nothing is stored.
  const heroFile = chosenFile(form.get("heroFile"));
  if (heroFile) {
    const refused = (fields: SaveResult & { ok: false }) => ({ result: fields, values: { ...values, revision: String(form.get("revision") ?? "") } });
    if (!values.heroAlt.trim()) return refused({ ok: false, fields: { heroAlt: "required" }, body: [] });
    const upload = await storeUploadedImage(heroFile, "hero", { alt: values.heroAlt, credit: values.heroCredit }, staff.id);
    if (!upload.ok) return { ...refused({ ok: false, fields: {}, body: [] }), heroFile: upload.code };
    values.heroUrl = upload.image.url;
  }
  const result = await saveArticle({ ...values, id: values.id || undefined }, staff.id, new Date(), readBase(form.get("revision")));
  if (!result.ok) return { result, values: { ...values, revision: String(form.get("revision") ?? "") } };
  await invalidate(result.tags);
  redirect(staffPaths.editArticle(locale, result.id, result.pending ? "?saved=pending" : "?saved=1"));
}
