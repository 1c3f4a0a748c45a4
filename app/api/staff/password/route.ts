import { z } from "zod";
import { setPasswordWithLink } from "@/lib/auth/accounts";
import { formLocale, seeOther } from "@/lib/auth/respond";
import { staffPaths } from "@/lib/paths";
import { errorPage, isSameOrigin, readCappedForm, requestLocale } from "@/lib/http";

const formSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{43}$/), password: z.string().max(4096), confirm: z.string().max(4096) });

/**
 * The set-password form's target (a plain form post). The one-time link is
 * claimed atomically with the new hash (lib/auth/accounts.ts); a link that is
 * forged, used (also by a second post at the same moment) or expired goes
 * back to its page, which is the 404 page. Success: the sign-in page.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return errorPage(requestLocale(request), 403, "badRequest");
  const read = await readCappedForm(request, 16 * 1024);
  if (read.tooLarge) return errorPage(requestLocale(request), 413, "tooLarge");
  const form = read.value;
  const locale = formLocale(form);
  const parsed = formSchema.safeParse({ token: form?.get("token"), password: form?.get("password"), confirm: form?.get("confirm") });
  if (!parsed.success) return errorPage(locale, 400, "badRequest");
  const { token, password, confirm } = parsed.data;
  const result = await setPasswordWithLink(token, password, confirm);
  if (result.ok) return seeOther(staffPaths.login(locale, "?done=password"));
  const page = staffPaths.setPassword(locale, token);
  return seeOther(result.code === "notFound" ? page : `${page}?error=${result.code}`);
}

export function GET(request: Request) {
  return errorPage(requestLocale(request), 405, "badRequest", { allow: "POST" });
}
