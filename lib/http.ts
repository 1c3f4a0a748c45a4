import { isLocale, type Locale } from "@/i18n/config";
import ar from "@/locales/ar.json";
import en from "@/locales/en.json";

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

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A minimal, self-contained error page in the reader's language. */
export function errorPage(locale: Locale, status: 400 | 403 | 404 | 405 | 410 | 429, kind: "badRequest" | "notFound" | "gone" | "tooMany", headers?: HeadersInit) {
  const m = (locale === "ar" ? ar : en).errors;
  const title = m[`${kind}Title`];
  const body = m[`${kind}Body`];
  const home = locale === "ar" ? "/" : `/${locale}`;
  const dir = locale === "ar" ? "rtl" : "ltr";
  const html = `<!doctype html><html lang="${locale}" dir="${dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="${home}">${escapeHtml(m.backHome)}</a></p></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers } });
}
