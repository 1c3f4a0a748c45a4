/**
 * How the proxy maps a public URL onto the internal route tree:
 *   /sections/x?page=3        -> /ar/<consent>/sections/x/p/3
 *   /podcasts/show?season=2   -> /ar/<consent>/podcasts/show/season/2
 * so that every variant (consent state, page, season) is its own cached page.
 * Pure functions, unit-tested; the proxy only wires them up.
 */
import type { ConsentState } from "./consent";

export const NOT_FOUND_PATH = "/not-found-page";

const listPath = /^\/(sections|authors|tags)\/[^/]+$/;
const showPath = /^\/podcasts\/[^/]+$/;
/** Internal shapes that must not be reachable from outside. */
const internalShapes = [
  /^\/(sections|authors|tags)\/[^/]+\/p(\/|$)/,
  /^\/podcasts\/[^/]+\/season(\/|$)/,
  // The 410 page is reached only by the proxy's rewrite; asked for directly it would be a soft 404.
  /^\/withdrawn(\/|$)/,
];

const positiveInt = /^[1-9][0-9]{0,5}$/;

export type PathDecision =
  | { kind: "rewrite"; pathname: string }
  | { kind: "redirect"; pathname: string; search: string }
  | { kind: "not-found" };

/** Decodes a pathname, or null when its percent-encoding is malformed. */
export function safeDecodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Decides where an unprefixed path (locale already stripped, decoded) goes,
 * given its query string.
 */
export function mapPublicPath(path: string, query: URLSearchParams): { kind: "ok"; path: string } | { kind: "not-found" } {
  if (internalShapes.some((re) => re.test(path))) return { kind: "not-found" };
  if (listPath.test(path) && query.has("page")) {
    const page = query.get("page") ?? "";
    if (query.getAll("page").length > 1 || !positiveInt.test(page)) return { kind: "not-found" };
    return { kind: "ok", path: page === "1" ? path : `${path}/p/${page}` };
  }
  if (showPath.test(path) && query.has("season")) {
    const season = query.get("season") ?? "";
    if (query.getAll("season").length > 1 || !/^[0-9]{1,4}$/.test(season)) return { kind: "not-found" };
    return { kind: "ok", path: `${path}/season/${Number(season)}` };
  }
  return { kind: "ok", path };
}

/** Builds the internal pathname: locale, consent variant, then the mapped path. */
export function internalPath(locale: string, consent: ConsentState, path: string): string {
  return `/${locale}/${consent}${path === "/" ? "" : path}`;
}
