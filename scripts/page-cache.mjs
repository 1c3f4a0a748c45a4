// @ts-check
/**
 * Whole public responses kept in this instance's memory for a few seconds, so a
 * page that breaking news sends thousands of readers to is answered without
 * going through Next's router, the proxy and the cache handler for every one of
 * them (README "Performance"). What it keeps and when, the same rules as the
 * generated edge (scripts/edge-conf.mjs):
 *   - only GET (HEAD is answered from a GET's copy, never stored), no Range, no
 *     conditional or client-navigation (RSC) headers, no staff, preview, API or
 *     media path, no staff-session or draft-mode cookie;
 *   - keyed on host, URL, the reader's consent variant (read from the consent
 *     cookie, never the raw Cookie header; two consent cookies: not kept) and
 *     the encoding the reader accepts (gzip or none);
 *   - only a 200 that Next marked public (`s-maxage`), not stale, without
 *     Set-Cookie, whose X-Nashra-Variant (when the page has variants) is the
 *     variant the key says, and whose encoding the key's reader accepts;
 *   - for at most NASHRA_PAGE_CACHE_SECONDS (default 5) and never past its
 *     s-maxage, and only while the content generation it was rendered under is
 *     still current (lib/cache/generation.cjs: any invalidation on this instance,
 *     or with Redis on any instance, ends every copy at once). When the
 *     generation cannot be read (Redis not answering) nothing is served from
 *     memory and nothing is kept.
 */

const PRIVATE_PATH = /^(?:\/(?:ar|en))?\/(?:staff|preview)(?:\/|$)|^\/(?:api|_next|media)(?:\/|$)/;
const BYPASS_HEADERS = [
  "range",
  "if-none-match",
  "if-modified-since",
  "if-range",
  "authorization",
  "rsc",
  "next-action",
  "next-router-prefetch",
  "next-router-state-tree",
  "next-router-segment-prefetch",
  "next-url",
];
/** Per-response headers, and Next's cache status of the first answer (a copy is a cache hit, and says so). */
const NOT_REPLAYED = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "x-nextjs-cache"]);

/**
 * The reader's consent variant as lib/consent.ts decodeConsent reads it, or null
 * when the request cannot be keyed (the cookie given twice).
 * @param {string} cookieHeader
 * @param {string} consentCookie
 * @returns {"unset" | "granted" | "denied" | null}
 */
export function consentVariant(cookieHeader, consentCookie) {
  let found = /** @type {string | null} */ (null);
  for (const part of cookieHeader.split(";")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq).trim() !== consentCookie) continue;
    if (found !== null) return null;
    found = part.slice(eq + 1).trim();
  }
  const m = found === null ? null : /^v0*1\.(granted|denied)\.\d{1,12}$/.exec(found);
  return m ? /** @type {"granted" | "denied"} */ (m[1]) : "unset";
}

/** @param {string} cookieHeader */
function hasPrivateCookie(cookieHeader) {
  return /(?:^|;)\s*(?:(?:__Host-)?nashra_staff|__prerender_bypass)=/.test(cookieHeader);
}

/** @param {string | string[] | undefined} value */
function acceptsGzip(value) {
  const header = String(value ?? "").toLowerCase();
  return /(?:^|,)\s*gzip\s*(?:,|$)|(?:^|,)\s*gzip\s*;\s*q=(?!0(?:\.0*)?\s*(?:,|$))/.test(header);
}

/**
 * @typedef {{ status: number; headers: Record<string, string | string[] | number>; body: Buffer; generation: string; expiresAt: number; variant: string | null }} Entry
 * @typedef {{
 *   consentCookie: string;
 *   generation: () => string | null | Promise<string | null>;
 *   ttlSeconds?: number;
 *   maxBytes?: number;
 *   maxEntryBytes?: number;
 *   now?: () => number;
 * }} Options
 */

/** @param {Options} options */
export function createPageCache(options) {
  const ttlMs = Math.max(0, (options.ttlSeconds ?? 5) * 1000);
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const maxEntryBytes = options.maxEntryBytes ?? 2 * 1024 * 1024;
  const now = options.now ?? Date.now;
  /** @type {Map<string, Entry>} */
  const entries = new Map();
  let bytes = 0;
  let seenGeneration = /** @type {string | null} */ (null);

  const clear = () => {
    entries.clear();
    bytes = 0;
  };
  /** @param {string} key */
  const drop = (key) => {
    const old = entries.get(key);
    if (!old) return;
    entries.delete(key);
    bytes -= old.body.length;
  };

  /**
   * The request's key, or null when it is not for this cache.
   * @param {import("node:http").IncomingMessage} req
   */
  function keyOf(req) {
    if (ttlMs === 0 || (req.method !== "GET" && req.method !== "HEAD")) return null;
    const url = req.url || "/";
    if (PRIVATE_PATH.test(url.split("?")[0]) || /[?&]_rsc=/.test(url)) return null;
    for (const name of BYPASS_HEADERS) if (req.headers[name] !== undefined) return null;
    const cookies = String(req.headers.cookie ?? "");
    if (hasPrivateCookie(cookies)) return null;
    const variant = consentVariant(cookies, options.consentCookie);
    if (variant === null) return null;
    const encoding = acceptsGzip(req.headers["accept-encoding"]) ? "gzip" : "identity";
    return { key: `${req.headers.host ?? ""}\n${url}\n${variant}\n${encoding}`, variant, encoding };
  }

  /**
   * Answers the request from memory (true), or prepares the response to be kept
   * when it qualifies (false: the caller goes on to Next).
   * @param {import("node:http").IncomingMessage} req
   * @param {import("node:http").ServerResponse} res
   */
  async function serve(req, res) {
    const keyed = keyOf(req);
    if (!keyed) return false;
    const generation = await options.generation();
    if (generation === null) {
      clear();
      return false;
    }
    if (generation !== seenGeneration) {
      clear();
      seenGeneration = generation;
    }
    const entry = entries.get(keyed.key);
    if (entry && entry.generation === generation && entry.expiresAt > now()) {
      res.writeHead(entry.status, { ...entry.headers, "content-length": entry.body.length, "x-nextjs-cache": "HIT", "x-nashra-page-cache": "HIT" });
      res.end(req.method === "HEAD" ? undefined : entry.body);
      return true;
    }
    if (entry) drop(keyed.key);
    if (req.method === "GET") capture(res, keyed, generation);
    return false;
  }

  /**
   * Collects what Next writes; keeps it when the finished response qualifies.
   * @param {import("node:http").ServerResponse} res
   * @param {{ key: string; variant: string; encoding: string }} keyed
   * @param {string} generation
   */
  function capture(res, keyed, generation) {
    const origWriteHead = /** @type {any} */ (res.writeHead);
    const origWrite = /** @type {any} */ (res.write);
    const origEnd = /** @type {any} */ (res.end);
    /** @type {Buffer[] | null} */
    let chunks = null;
    let size = 0;
    const wrapped = /** @type {any} */ (res);
    wrapped.writeHead = function (/** @type {any} */ status, /** @type {any[]} */ ...rest) {
      if (typeof status === "number") res.statusCode = status;
      const headers = rest.find((a) => a && typeof a === "object");
      if (headers && !Array.isArray(headers)) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
      chunks = qualifies(res, keyed) ? [] : null;
      return origWriteHead.call(res, res.statusCode);
    };
    /** @param {any} chunk @param {any} encoding */
    const collect = (chunk, encoding) => {
      if (!chunks || chunk === undefined || chunk === null || typeof chunk === "function") return;
      const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === "string" ? encoding : "utf8"));
      size += buffer.length;
      if (size > maxEntryBytes) chunks = null;
      else chunks.push(buffer);
    };
    wrapped.write = function (/** @type {any[]} */ ...args) {
      if (!res.headersSent) res.writeHead(res.statusCode);
      collect(args[0], args[1]);
      return origWrite.apply(res, args);
    };
    wrapped.end = function (/** @type {any[]} */ ...args) {
      if (!res.headersSent) res.writeHead(res.statusCode);
      collect(args[0], args[1]);
      const result = origEnd.apply(res, args);
      if (chunks) keep(keyed.key, res, Buffer.concat(chunks), generation, keyed.variant);
      chunks = null;
      return result;
    };
  }

  /**
   * @param {import("node:http").ServerResponse} res
   * @param {{ variant: string; encoding: string }} keyed
   */
  function qualifies(res, keyed) {
    if (res.statusCode !== 200 || res.hasHeader("set-cookie")) return false;
    const cacheControl = String(res.getHeader("cache-control") ?? "");
    if (!/^s-maxage=\d+/.test(cacheControl) || /private|no-store|no-cache/.test(cacheControl)) return false;
    if (String(res.getHeader("x-nextjs-cache") ?? "").toUpperCase() === "STALE") return false;
    const shown = res.getHeader("x-nashra-variant");
    if (shown !== undefined && String(shown) !== keyed.variant) return false;
    // Uncompressed suits everyone (Next leaves small bodies uncompressed); gzip only a gzip key.
    const encoding = String(res.getHeader("content-encoding") ?? "identity").toLowerCase();
    return encoding === "identity" || encoding === keyed.encoding;
  }

  /**
   * @param {string} key
   * @param {import("node:http").ServerResponse} res
   * @param {Buffer} body
   * @param {string} generation
   * @param {string} variant
   */
  function keep(key, res, body, generation, variant) {
    if (generation !== seenGeneration) return;
    const sMaxAge = Number(/^s-maxage=(\d+)/.exec(String(res.getHeader("cache-control")))?.[1] ?? 0) * 1000;
    /** @type {Entry["headers"]} */
    const headers = {};
    for (const [name, value] of Object.entries(res.getHeaders())) if (value !== undefined && !NOT_REPLAYED.has(name)) headers[name] = value;
    drop(key);
    entries.set(key, { status: res.statusCode, headers, body, generation, expiresAt: now() + Math.min(ttlMs, sMaxAge), variant });
    bytes += body.length;
    for (const [oldest] of entries) {
      if (bytes <= maxBytes) break;
      drop(oldest);
    }
  }

  return { serve, keyOf, size: () => entries.size };
}
