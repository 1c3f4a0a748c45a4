import { draftMode } from "next/headers";
import { backPath, errorPage, isSameOrigin, requestLocale } from "@/lib/http";
import { seeOther } from "@/lib/auth/respond";

/** "Exit preview": draft mode off, back to the page (now as readers see it). */
export async function POST(request: Request) {
  const locale = requestLocale(request);
  if (!isSameOrigin(request)) return errorPage(locale, 403, "badRequest");
  (await draftMode()).disable();
  return seeOther(backPath(request, locale));
}
