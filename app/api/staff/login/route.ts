import { z } from "zod";
import { attemptLogin } from "@/lib/auth/login";
import { auditAddress, clientIp } from "@/lib/auth/client-ip";
import { formLocale, seeOther } from "@/lib/auth/respond";
import { staffPaths } from "@/lib/paths";
import { sessionCookie } from "@/lib/auth/session-rules";
import { errorPage, isSameOrigin, readCappedForm, requestLocale } from "@/lib/http";

const formSchema = z.object({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) });

/** A sign-in form is a few hundred bytes; the cap leaves room for multipart framing. */
const LOGIN_BODY_MAX = 8 * 1024;

/**
 * The sign-in form's target (a plain form post, no JavaScript needed).
 * Success: a session row and an HttpOnly cookie, then the desk. Failure: the
 * same answer whether the email or the password was wrong. Throttled: 429.
 */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return errorPage(requestLocale(request), 403, "badRequest");
  const read = await readCappedForm(request, LOGIN_BODY_MAX);
  if (read.tooLarge) return errorPage(requestLocale(request), 413, "tooLarge");
  const form = read.value;
  const locale = formLocale(form);
  const parsed = formSchema.safeParse({ email: form?.get("email"), password: form?.get("password") });
  if (!parsed.success) return seeOther(staffPaths.login(locale, "?error=invalid"));
  const client = { ip: clientIp(request.headers), address: auditAddress(request.headers) };
  const result = await attemptLogin(parsed.data.email, parsed.data.password, client);
  if (result.kind === "throttled") return errorPage(locale, 429, "tooMany", { "retry-after": String(result.retryAfterSec) });
  if (result.kind === "invalid") return seeOther(staffPaths.login(locale, "?error=invalid"));
  return seeOther(staffPaths.desk(locale), { "set-cookie": sessionCookie(result.token) });
}

export function GET(request: Request) {
  return errorPage(requestLocale(request), 405, "badRequest", { allow: "POST" });
}
