import { draftMode } from "next/headers";
import { z } from "zod";
import { staffFromRequest } from "@/lib/auth/current";
import { mayActOn } from "@/lib/auth/item-access";
import { formLocale, seeOther } from "@/lib/auth/respond";
import { publicPathOf } from "@/lib/data/staff";
import { errorPage, isSameOrigin, readCappedForm, requestLocale } from "@/lib/http";

const formSchema = z.object({ type: z.enum(["article", "episode"]), id: z.coerce.number().int().positive() });

/**
 * "Preview" on the desk: turns on Next's draft mode for this signed-in staff
 * member and goes to the item's own public URL, where lib/data shows the
 * latest draft (after checking the session again). A role that may not
 * preview the item (a contributor, someone else's article) gets 403.
 */
export async function POST(request: Request) {
  const locale = requestLocale(request);
  if (!isSameOrigin(request)) return errorPage(locale, 403, "badRequest");
  const staff = await staffFromRequest(request);
  if (!staff) return errorPage(locale, 403, "badRequest");
  const read = await readCappedForm(request, 2 * 1024);
  if (read.tooLarge) return errorPage(locale, 413, "tooLarge");
  const form = read.value;
  const parsed = formSchema.safeParse({ type: form?.get("type"), id: form?.get("id") });
  if (!parsed.success) return errorPage(locale, 400, "badRequest");
  if (!(await mayActOn(staff, "preview", parsed.data))) return errorPage(locale, 403, "forbidden");
  const target = await publicPathOf(parsed.data, formLocale(form));
  if (!target) return errorPage(locale, 404, "notFound");
  (await draftMode()).enable();
  return seeOther(target);
}
