import { z } from "zod";
import { secureAttribute } from "@/lib/cookie-policy";
import { CONSENT_COOKIE, CONSENT_MAX_AGE, encodeConsent } from "@/lib/consent";
import { backPath, errorPage, isSameOrigin, readCappedForm, requestLocale } from "@/lib/http";

const formSchema = z.object({ choice: z.enum(["granted", "denied"]) });

/**
 * Stores the reader's cookie choice. A plain form post (no JavaScript) gets
 * 303 back to the page it came from; a fetch asking for JSON gets JSON.
 */
export async function POST(request: Request) {
  const locale = requestLocale(request);
  if (!isSameOrigin(request)) return errorPage(locale, 403, "badRequest");
  const read = await readCappedForm(request, 2 * 1024);
  if (read.tooLarge) return errorPage(locale, 413, "tooLarge");
  const parsed = formSchema.safeParse({ choice: read.value?.get("choice") });
  if (!parsed.success) return errorPage(locale, 400, "badRequest");

  const secure = secureAttribute();
  const cookie = `${CONSENT_COOKIE}=${encodeConsent(parsed.data.choice, new Date())}; Path=/; Max-Age=${CONSENT_MAX_AGE}; SameSite=Lax${secure}`;
  const headers = new Headers({ "set-cookie": cookie, "cache-control": "no-store" });
  if (request.headers.get("accept")?.includes("application/json")) {
    headers.set("content-type", "application/json");
    return new Response(JSON.stringify({ choice: parsed.data.choice }), { status: 200, headers });
  }
  headers.set("location", backPath(request, locale));
  return new Response(null, { status: 303, headers });
}

export function GET(request: Request) {
  return errorPage(requestLocale(request), 405, "badRequest", { allow: "POST" });
}
