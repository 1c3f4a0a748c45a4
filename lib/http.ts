import { isLocale, localePrefix, type Locale } from "@/i18n/config";
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

/**
 * `value` when it is a path on this site that a browser cannot read as
 * another origin, else null. Refused: anything not starting with one "/",
 * "//host" and "/\\host" (browsers treat "\\" as "/"), control characters
 * (the URL parser drops tabs and newlines, so "/\t/host" would become
 * "//host"), and the same tricks percent-encoded once or twice.
 */
export function safeLocalPath(value: string): string | null {
  if (value.length > 2048 || !value.startsWith("/") || UNSAFE_CHARS.test(value)) return null;
  const q = value.indexOf("?");
  let path = q === -1 ? value : value.slice(0, q);
  for (let i = 0; i < 3; i++) {
    if (UNSAFE_CHARS.test(path) || path.startsWith("//")) return null;
    let next: string;
    try {
      next = decodeURIComponent(path);
    } catch {
      break; // a stray "%": nothing more can hide behind it
    }
    if (next === path) break;
    path = next;
  }
  if (UNSAFE_CHARS.test(path) || path.startsWith("//")) return null;
  // What a browser would resolve it to must stay on our own origin.
  const base = "http://same-origin.invalid";
  const resolved = new URL(value, base);
  return resolved.origin === base && !resolved.pathname.startsWith("//") ? value : null;
}

const UNSAFE_CHARS = /[\\\u0000-\u001f\u007f]/;

/** A same-origin path to send the reader back to, from the Referer; else the edition's home. */
export function backPath(request: Request, locale: Locale): string {
  const referer = request.headers.get("referer");
  if (referer) {
    try {
      const url = new URL(referer);
      if (url.origin === new URL(request.url).origin || url.origin === forwardedOrigin(request)) {
        const path = safeLocalPath(`${url.pathname}${url.search}`);
        if (path) return path;
      }
    } catch {
      // fall through
    }
  }
  return localePrefix(locale) || "/";
}

/**
 * Request bodies are read up to a cap and never whole: a Content-Length over
 * the cap is refused before reading, and a body without one is read only
 * until it passes the cap. null means "too large" (answer 413).
 */
export async function readCappedBody(request: Request, maxBytes: number): Promise<Uint8Array | null> {
  const declared = request.headers.get("content-length");
  if (declared !== null && (!/^\d{1,15}$/.test(declared.trim()) || Number(declared) > maxBytes)) return null;
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  return body;
}

export type Capped<T> = { tooLarge: true } | { tooLarge: false; value: T | null };

/** A form body (urlencoded or multipart) of at most maxBytes; value null when it is not a form. */
export async function readCappedForm(request: Request, maxBytes: number): Promise<Capped<FormData>> {
  const body = await readCappedBody(request, maxBytes).catch(() => null);
  if (!body) return { tooLarge: true };
  const type = request.headers.get("content-type") ?? "";
  const value = await new Response(body as BodyInit, { headers: { "content-type": type } }).formData().catch(() => null);
  return { tooLarge: false, value };
}

/** A JSON body of at most maxBytes; value null when it is not JSON. */
export async function readCappedJson(request: Request, maxBytes: number): Promise<Capped<unknown>> {
  const body = await readCappedBody(request, maxBytes).catch(() => null);
  if (!body) return { tooLarge: true };
  try {
    return { tooLarge: false, value: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body)) as unknown };
  } catch {
    return { tooLarge: false, value: null };
  }
}

/** A complete error page in the reader's language (site header, heading, message, link home), for route handlers and the proxy. */
export function errorPage(locale: Locale, status: 400 | 403 | 404 | 405 | 410 | 413 | 429, kind: ErrorKind, headers?: HeadersInit) {
  return new Response(errorPageHtml(locale, kind), {
    status,
    headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", ...headers },
  });
}
