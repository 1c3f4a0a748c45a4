import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "@/i18n/routing";
import { CONSENT_COOKIE, decodeConsent } from "@/lib/consent";
import { defaultLocale, isLocale, toLocale } from "@/i18n/config";
import { articleRoute, episodeRoute } from "@/lib/data/routes";
import { isPageVariant } from "@/lib/page-variant";
import { errorPage } from "@/lib/http";
import { SESSION_COOKIE } from "@/lib/auth/session-rules";
import { paths, staffPaths } from "@/lib/paths";
import { PAGE_STATUS_HEADER } from "@/lib/page-status.mjs";
import { internalPath, joinPath, mapPublicPath, NOT_FOUND_PATH, safeDecodePath, splitPath } from "@/lib/routing-paths";
import { needsNonce, newNonce, noncePolicy, parseMediaHosts } from "@/lib/csp.mjs";

const intl = createMiddleware(routing);

/**
 * Locale routing plus page variants. next-intl resolves the locale (Arabic at
 * /, English at /en) and redirects /ar/... to /...; then the reader's consent
 * state and any ?page= / ?season= are folded into the internal path, so each
 * variant is a separate cached page and no page ever reads a cookie itself.
 */
export default async function proxy(request: NextRequest) {
  // CSP (lib/csp.mjs): staff pages and previews are rendered per request, so they
  // get a nonce, which Next reads from this request header and puts on its scripts.
  // A client's own CSP request header never reaches the renderer.
  request.headers.delete("content-security-policy");
  request.headers.delete("content-security-policy-report-only");
  const policy = needsNonce(request.nextUrl.pathname, request.cookies.has(DRAFT_COOKIE)) ? noncePolicy(newNonce(), mediaHosts, { dev: isDev }) : null;
  if (policy) request.headers.set("content-security-policy", policy);
  const response = await route(request);
  if (policy) response.headers.set("Content-Security-Policy", policy);
  return response;
}

const mediaHosts = parseMediaHosts(process.env.NASHRA_MEDIA_HOSTS);
const isDev = process.env.NODE_ENV === "development";

async function route(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (pathname.length > 1 && pathname.endsWith("/")) {
    const url = new URL(request.url);
    url.pathname = pathname.replace(/\/+$/, "") || "/";
    return NextResponse.redirect(url, 301);
  }

  const localeOf = pathname === "/en" || pathname.startsWith("/en/") ? "en" : "ar";
  const consent = decodeConsent(request.cookies.get(CONSENT_COOKIE)?.value);
  // Decide on the path exactly as Next will route it (request.nextUrl keeps the raw encoding).
  const split = splitPath(pathname);
  // Next itself cannot route a path it cannot decode (a rewrite still fails with
  // "failed to decode param", a 500 under /en): answer the 404 page here.
  if (split.kind === "malformed") return errorPage(localeOf, 404, "notFound");
  if (split.kind === "not-found") return rewriteTo(request, internalPath(localeOf, consent, NOT_FOUND_PATH), localeOf);

  const [first, second] = split.segments;
  const isStaffRequest = (isLocale(first) && first !== defaultLocale ? second : first) === "staff";
  const methodRefusal = refuseMethod(request.method, isStaffRequest, localeOf);
  if (methodRefusal) return methodRefusal;

  const intlResponse = intl(request);
  // /ar/... → /...: the default edition lives at the root, permanently.
  const location = intlResponse.headers.get("location");
  if (location) return NextResponse.redirect(location, 301);

  const target = new URL(intlResponse.headers.get("x-middleware-rewrite") ?? request.url);
  const internal = safeDecodePath(target.pathname) ?? target.pathname;
  const [, locale = localeOf, ...rest] = internal.split("/");
  const path = `/${rest.join("/")}`;

  // Feeds and the OpenSearch description are the same for every reader: no consent variant.
  if (path.endsWith("/feed.xml") || path === "/feed.xml" || path === "/opensearch.xml") return rewriteTo(request, `/${locale}${path}`, locale);

  // Staff pages and previews are private: never cached by anyone, never indexed.
  const isStaffPath = path === "/staff" || path.startsWith("/staff/");
  const previewing = request.cookies.has(DRAFT_COOKIE);
  const privateResponse = isStaffPath || previewing || path.startsWith("/preview/");
  // Sign-in and the one-time set-password links are for people without a session.
  const signedOutPath = path === "/staff/login" || path.startsWith("/staff/password/");
  if (isStaffPath && !signedOutPath && !request.cookies.has(SESSION_COOKIE)) {
    // Convenience only: every staff page checks the session itself.
    return privateHeaders(NextResponse.redirect(new URL(staffPaths.login(toLocale(locale)), request.url), 303));
  }
  // 301 and 410 are decided here from the route status (lib/data/routes.ts: one indexed read; requests
  // answered from scripts/page-cache.mjs never get here). With the draft-mode cookie a gone or unpublished
  // item goes on to its page, which checks the staff session itself: staff see the preview, anyone else
  // who forged the cookie gets the public answer (the 404 page).
  const article = /^\/articles\/([^/]+)$/.exec(path);
  if (article && isLocale(locale)) {
    const route = await articleRoute(locale, article[1].normalize("NFC"));
    if (route?.kind === "moved") return NextResponse.redirect(new URL(paths.article(locale, route.slug) + search, request.url), 301);
    if (route?.kind === "gone" && !previewing) return privacy(rewriteTo(request, internalPath(locale, consent, "/withdrawn"), locale, 410), privateResponse);
    if (!route && !previewing) return privacy(rewriteTo(request, internalPath(locale, consent, NOT_FOUND_PATH), locale), privateResponse);
  }
  const episode = /^\/podcasts\/([^/]+)\/([^/]+)$/.exec(path);
  if (episode && !previewing && (await episodeRoute(episode[1].normalize("NFC"), episode[2].normalize("NFC")))?.kind === "gone") {
    return privacy(rewriteTo(request, internalPath(locale, consent, "/withdrawn"), locale, 410), privateResponse);
  }

  const mapped = mapPublicPath(path, new URLSearchParams(search));
  const finalPath = mapped.kind === "ok" ? mapped.path : NOT_FOUND_PATH;
  return privacy(rewriteTo(request, internalPath(locale, consent, finalPath), locale), privateResponse);
}

/** Next's draft-mode cookie (set by /api/staff/preview). */
const DRAFT_COOKIE = "__prerender_bypass";

function privacy(response: NextResponse, isPrivate: boolean): NextResponse {
  return isPrivate ? privateHeaders(response) : response;
}

function privateHeaders(response: NextResponse): NextResponse {
  response.headers.set("Cache-Control", "private, no-store");
  response.headers.set("X-Robots-Tag", "noindex, nofollow");
  return response;
}

/**
 * Pages are read with GET and HEAD; staff pages also take POST (Server Actions).
 * Anything else gets 405 with Allow, before any page renders. (Methods Next cannot
 * even represent, such as TRACE, are answered by scripts/serve.mjs.)
 */
function refuseMethod(method: string, isStaff: boolean, locale: "ar" | "en"): Response | null {
  const allowed = isStaff ? ["GET", "HEAD", "POST"] : ["GET", "HEAD"];
  if (allowed.includes(method)) return null;
  const allow = [...allowed, "OPTIONS"].join(", ");
  if (method === "OPTIONS") return new Response(null, { status: 204, headers: { allow, "cache-control": "no-store" } });
  return errorPage(locale, 405, "methodNotAllowed", { allow });
}

function rewriteTo(request: NextRequest, pathname: string, locale: string, status?: number) {
  const url = new URL(request.url);
  url.pathname = joinPath(pathname.split("/").filter(Boolean));
  const headers = new Headers(request.headers);
  headers.set("X-NEXT-INTL-LOCALE", locale);
  // The 404 page is a page of its own: whoever rewrites to it means 404. Next would answer a
  // rewrite with status 404 with its not-found boundary instead of the page (no title, other
  // metadata), so the page renders as itself and scripts/serve.mjs sets the status from this header.
  // For caches in front, on pages that have variants: the reader's consent state, which picked the
  // variant (lib/page-variant.ts) and is what the edge keys on; scripts/edge-conf.mjs stores nothing
  // whose header disagrees with its own reading of the cookie.
  const shown = isPageVariant(pathname.split("/")[2]) ? { "X-Nashra-Variant": decodeConsent(request.cookies.get(CONSENT_COOKIE)?.value) } : undefined;
  if (pathname.endsWith(NOT_FOUND_PATH)) return NextResponse.rewrite(url, { request: { headers }, headers: { [PAGE_STATUS_HEADER]: "404", ...shown } });
  return NextResponse.rewrite(url, { request: { headers }, status, headers: shown });
}

export const config = {
  // Machine files, APIs, media and build assets are not localised pages.
  matcher: ["/((?!api/|_next/|media/|brand/|fonts/|favicon\\.ico$|icon\\.|apple-icon|robots\\.txt$|sitemap|news-sitemap\\.xml$|manifest\\.webmanifest$).*)"],
};
