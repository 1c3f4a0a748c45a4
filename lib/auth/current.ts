import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import type { Locale } from "@/i18n/config";
import { staffPaths } from "@/lib/paths";
import { SESSION_COOKIE } from "./session-rules";
import { staffForToken, type StaffIdentity } from "./session";

/**
 * The signed-in staff member of this request, or null. Reads the cookie, so
 * call it only from staff pages, staff routes and the draft-mode branch of
 * public reads: never from the normal public path, which must stay static.
 */
export const currentStaff = cache(async (): Promise<StaffIdentity | null> => {
  const jar = await cookies();
  return staffForToken(jar.get(SESSION_COOKIE)?.value);
});

/** For staff pages and Server Actions: the staff member, or a redirect to the sign-in page. */
export async function requireStaff(locale: Locale = "ar"): Promise<StaffIdentity> {
  const staff = await currentStaff();
  if (!staff) redirect(staffPaths.login(locale));
  return staff;
}

/** For route handlers, which answer with a status instead of redirecting. */
export async function staffFromRequest(request: Request): Promise<StaffIdentity | null> {
  const raw = request.headers.get("cookie") ?? "";
  const match = raw.split(/;\s*/).find((c) => c.startsWith(`${SESSION_COOKIE}=`));
  return staffForToken(match?.slice(SESSION_COOKIE.length + 1));
}
