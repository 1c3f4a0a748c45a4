import { isLocale, type Locale } from "@/i18n/config";
import { errorPageHtml, type ErrorKind } from "@/lib/error-page.mjs";

/**
 * Helpers for route handlers: same-origin checks for state-changing requests,
 * and small error pages in the reader's language (route handlers cannot use
 * the app's not-found page).
 */
export function requestLocale(request: Request): Locale {
  const referer = request.headers.get("referer");
  try {
    const first = referer ? new URL(referer).pathname.split("/")[1] : "";
    return isLocale(first) ? first : "ar";
  } catch {
    return "ar";
  }
}

/** A state-changing request must come from our own pages, not from another site. */
export function isSameOrigin(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (!origin) return site === "same-origin" || site === "none" || site === null;
  return origin === new URL(request.url).origin || origin === forwardedOrigin(request);
}

function forwardedOrigin(request: Request): string | null {
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!host) return null;
  const proto = request.headers.get("x-forwarded-proto") ?? new URL(request.url).protocol.replace(":", "");
  return `${proto}://${host}`;
}

/** A same-origin path to send the reader back to, from the Referer; else the edition's home. */
export function backPath(request: Request, locale: Locale): string {
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const url = new URL(referer);
      if (url.origin === new URL(request.url).origin || url.origin === forwardedOrigin(request)) return `${url.pathname}${url.search}`;
    } catch {
      // fall through
    }
  }
  return locale === "ar" ? "/" : `/${locale}`;
}

/** A complete error page in the reader's language (site header, heading, message, link home), for route handlers and the proxy. */
export function errorPage(locale: Locale, status: 400 | 403 | 404 | 405 | 410 | 413 | 429, kind: ErrorKind, headers?: HeadersInit) {
  return new Response(errorPageHtml(locale, kind), { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers } });
}
