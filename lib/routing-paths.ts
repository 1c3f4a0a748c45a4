/**
 * How the proxy maps a public URL onto the internal route tree:
 *   /sections/x?page=3        -> /ar/<variant>/sections/x/p/3
 *   /podcasts/show?season=2   -> /ar/<variant>/podcasts/show/season/2
 *   /staff/...                -> /ar/staff/...   (no variant: rendered per request)
 * so that every variant (lib/page-variant.ts, page, season) is its own cached page.
 * Pure functions, unit-tested; the proxy only wires them up.
 */
import type { ConsentState } from "./consent";
import { pageVariant } from "./page-variant";

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

/** Decodes a pathname, or null when its percent-encoding is malformed. */
export function safeDecodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/** The longest path the site prints is far shorter; anything longer is not ours. */
export const MAX_PATH_LENGTH = 2048;

export type SplitPath = { kind: "ok"; segments: string[] } | { kind: "malformed" } | { kind: "not-found" };

/**
 * Splits a raw (still percent-encoded) pathname into decoded segments, or says
 * why it cannot be one of ours. Decided on the path as Next will route it, so
 * the proxy and the router never disagree:
 *   - "malformed": the encoding does not decode (Next cannot route it at all);
 *   - "not-found": a dot segment, a slash, backslash or NUL hidden inside a
 *     segment (`..%2F`), a control character, a `%` left after decoding (double
 *     encoding), an empty segment, or an absurd length.
 */
export function splitPath(rawPath: string): SplitPath {
  if (rawPath.length > MAX_PATH_LENGTH || !rawPath.startsWith("/")) return { kind: "not-found" };
  if (rawPath === "/") return { kind: "ok", segments: [] };
  const segments: string[] = [];
  for (const raw of rawPath.slice(1).split("/")) {
    const segment = safeDecodePath(raw);
    if (segment === null) return { kind: "malformed" };
    if (segment === "" || segment === "." || segment === ".." || unsafeInSegment.test(segment)) return { kind: "not-found" };
    segments.push(segment.normalize("NFC"));
  }
  return { kind: "ok", segments };
}

// Control characters are exactly what this refuses (the \u escapes keep no-control-regex quiet).
const unsafeInSegment = /[/\\%\u0000-\u001f\u007f]/u;

/** Percent-encodes decoded segments back into a pathname that Next decodes exactly once. */
export function joinPath(segments: readonly string[]): string {
  return `/${segments.map((s) => encodeURIComponent(s)).join("/")}`;
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
    if (query.getAll("season").length > 1 || !/^[1-9][0-9]{0,3}$/.test(season)) return { kind: "not-found" };
    return { kind: "ok", path: `${path}/season/${Number(season)}` };
  }
  return { kind: "ok", path };
}

/** Pages outside the variant segment (app/[locale]/(plain)): private or rendered per request. */
const plainPages = /^\/(staff|preview|withdrawn|not-found-page)(\/|$)/;

/** Builds the internal pathname: locale, then the page variant (where the page has one), then the mapped path. */
export function internalPath(locale: string, consent: ConsentState, path: string): string {
  if (plainPages.test(path)) return `/${locale}${path}`;
  return `/${locale}/${pageVariant(consent, path)}${path === "/" ? "" : path}`;
}
