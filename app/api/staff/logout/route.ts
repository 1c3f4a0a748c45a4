import { cookies } from "next/headers";
import { deleteSession } from "@/lib/auth/session";
import { clearedSessionCookie, SESSION_COOKIE } from "@/lib/auth/session-rules";
import { formLocale, seeOther, staffPath } from "@/lib/auth/respond";
import { errorPage, isSameOrigin, requestLocale } from "@/lib/http";

/** Signing out deletes the session row, so the cookie is worthless even if it was copied. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return errorPage(requestLocale(request), 403, "badRequest");
  const form = await request.formData().catch(() => null);
  await deleteSession((await cookies()).get(SESSION_COOKIE)?.value);
  return seeOther(staffPath(formLocale(form), "/login"), { "set-cookie": clearedSessionCookie() });
}
