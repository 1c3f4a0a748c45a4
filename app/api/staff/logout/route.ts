import { cookies } from "next/headers";
import { auditAddress } from "@/lib/auth/client-ip";
import { deleteSession, staffForToken } from "@/lib/auth/session";
import { clearedSessionCookie, SESSION_COOKIE } from "@/lib/auth/session-rules";
import { recordSignIn } from "@/lib/auth/sign-in-audit";
import { formLocale, seeOther } from "@/lib/auth/respond";
import { staffPaths } from "@/lib/paths";
import { errorPage, isSameOrigin, readCappedForm, requestLocale } from "@/lib/http";

/** Signing out deletes the session row, so the cookie is worthless even if it was copied. */
export async function POST(request: Request) {
  if (!isSameOrigin(request)) return errorPage(requestLocale(request), 403, "badRequest");
  const read = await readCappedForm(request, 2 * 1024);
  if (read.tooLarge) return errorPage(requestLocale(request), 413, "tooLarge");
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  const staff = await staffForToken(token);
  await deleteSession(token);
  if (staff) await recordSignIn("signout", { email: staff.email, userId: staff.id, address: auditAddress(request.headers) });
  return seeOther(staffPaths.login(formLocale(read.value)), { "set-cookie": clearedSessionCookie() });
}
