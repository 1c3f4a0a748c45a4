// @ts-check
/**
 * Next 16 answers a notFound() in an on-demand render of a dynamic route with an
 * empty `<html id="__next_error__">` shell whose content only appears once client
 * JavaScript runs, and a render error with a similar shell. Readers without
 * JavaScript and crawlers would see a blank page. This wraps a response so that
 * an HTML 404 is replaced by the site's real 404 page (fetched from this same
 * instance over loopback: cached, in the reader's edition and consent variant),
 * and an HTML 5xx by a complete error page in the reader's language.
 * Client navigations (RSC requests) keep Next's own payload.
 */
import { randomBytes } from "node:crypto";
import { editionOfPath, errorPageHtml } from "../lib/error-page.mjs";
import { PAGE_STATUS_HEADER } from "../lib/page-status.mjs";
import { CONTENT_LENGTH_HEADER } from "../lib/media/length-header.mjs";

const internalToken = randomBytes(16).toString("hex");
const INTERNAL_HEADER = "x-nashra-internal";
const internalHeaders = [
  "x-middleware-rewrite",
  "x-middleware-next",
  "x-middleware-set-cookie",
  "x-nextjs-rewritten-path",
  "x-nextjs-rewritten-query",
  CONTENT_LENGTH_HEADER,
];
/** Headers of the swallowed response that must not describe the page that replaces it. */
const staleHeaders = ["content-encoding", "content-length", "etag", "last-modified", "x-nextjs-cache", "x-nextjs-prerender", "x-nextjs-stale-time", "link"];

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {number} port
 */
export function guardResponse(req, res, port) {
  // Node's overloads do not survive being wrapped; the wrappers pass everything through.
  const origWriteHead = /** @type {any} */ (res.writeHead);
  const origWrite = /** @type {any} */ (res.write);
  const origEnd = /** @type {any} */ (res.end);
  const substitutable = (req.method === "GET" || req.method === "HEAD") && !req.headers.rsc && req.headers[INTERNAL_HEADER] !== internalToken;
  /** @type {null | "pass" | "swallow"} */
  let decision = null;

  const decide = () => {
    if (decision) return decision;
    const type = String(res.getHeader("content-type") ?? "");
    // The site's own 404 page, rendered as a page: it only needs its status (lib/page-status.mjs).
    const asked = Number(res.getHeader(PAGE_STATUS_HEADER));
    res.removeHeader(PAGE_STATUS_HEADER);
    if (asked >= 400 && asked < 600) {
      res.statusCode = asked;
      for (const name of staleHeaders.filter((n) => n !== "content-encoding" && n !== "content-length")) res.removeHeader(name);
      res.setHeader("cache-control", "private, no-store");
      return (decision = "pass");
    }
    // A render that failed because the database is away (lib/db-health.ts) is "unavailable", not a bug.
    if (res.statusCode === 500 && databaseRecentlyDown()) {
      res.statusCode = 503;
      res.setHeader("retry-after", "10");
    }
    const status = res.statusCode;
    decision = substitutable && type.startsWith("text/html") && (status === 404 || status >= 500) ? "swallow" : "pass";
    if (decision === "swallow") void replace(status);
    return decision;
  };

  const wrapped = /** @type {any} */ (res);
  // Node's implicit head (a first write or end without writeHead) also goes through this property.
  wrapped.writeHead = function (/** @type {any} */ status, /** @type {any[]} */ ...rest) {
    if (typeof status === "number") res.statusCode = status;
    const headers = rest.find((a) => a && typeof a === "object");
    if (headers && !Array.isArray(headers)) for (const [k, v] of Object.entries(headers)) if (v !== undefined) res.setHeader(k, v);
    promoteContentLength(res);
    for (const name of internalHeaders) res.removeHeader(name);
    if (decide() === "swallow") return res;
    return origWriteHead.call(res, res.statusCode);
  };
  wrapped.write = function (/** @type {any[]} */ ...args) {
    if (decide() === "swallow") {
      const cb = args.find((a) => typeof a === "function");
      if (cb) process.nextTick(cb);
      return true;
    }
    return origWrite.apply(res, args);
  };
  wrapped.end = function (/** @type {any[]} */ ...args) {
    if (decide() === "swallow") return res;
    return origEnd.apply(res, args);
  };

  /** @param {number} status */
  async function replace(status) {
    const body = await errorBody(req, status, port);
    for (const name of [...staleHeaders, ...internalHeaders]) res.removeHeader(name);
    if (res.headersSent || res.destroyed) return;
    writeErrorHead(res, body);
    origWriteHead.call(res, status);
    origEnd.call(res, req.method === "HEAD" ? undefined : body);
  }
}

/** lib/db-health.ts marks the moment queries found the database unreachable; a good answer clears it. */
export function databaseRecentlyDown(now = Date.now()) {
  const at = /** @type {any} */ (globalThis).__nashraDatabaseDownAt;
  return typeof at === "number" && now - at < 30_000;
}

/**
 * A route handler's body length (lib/media/length-header.mjs) becomes the real
 * Content-Length, replacing chunked framing. The private header itself is
 * always removed (by the caller). A compressed body is not the length the
 * handler measured, so it keeps its own framing.
 * @param {import("node:http").ServerResponse} res
 */
export function promoteContentLength(res) {
  const declared = res.getHeader(CONTENT_LENGTH_HEADER);
  if (declared === undefined) return;
  const value = String(declared);
  if (!/^\d+$/.test(value) || res.hasHeader("content-encoding")) return;
  res.setHeader("content-length", value);
  res.removeHeader("transfer-encoding");
}

/**
 * The site's 404 page or a complete error page, in the request's edition.
 * @param {import("node:http").IncomingMessage} req
 * @param {number} status
 * @param {number} port
 */
async function errorBody(req, status, port) {
  const locale = editionOfPath(req.url || "/");
  if (status === 404) {
    try {
      const page = await fetch(`http://127.0.0.1:${port}${locale === "ar" ? "" : `/${locale}`}/not-found-page`, {
        headers: { cookie: String(req.headers.cookie ?? ""), [INTERNAL_HEADER]: internalToken },
        signal: AbortSignal.timeout(5_000),
      });
      const html = await page.text();
      if (page.status === 404 && html.includes("<h1")) return html;
    } catch (error) {
      console.error("serve: could not fetch the 404 page, sending the plain one", error);
    }
  }
  return errorPageHtml(locale, status === 404 ? "notFound" : status === 503 ? "unavailable" : "serverError");
}

/** @param {import("node:http").ServerResponse} res @param {string} body */
function writeErrorHead(res, body) {
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("content-length", Buffer.byteLength(body));
  // A 404 or an error must not be kept by a shared cache: the page may exist in a minute.
  res.setHeader("cache-control", "private, no-store");
}

/**
 * A raw request path with a dot segment, literal or percent-encoded (`..`, `%2e%2e`, `.%2E`).
 * URL parsing would quietly resolve it to another page (so `/articles/%2e%2e` would be
 * the home page under a second URL); such paths are never ours, so they get the 404 page.
 * @param {string} rawUrl
 */
export function hasDotSegment(rawUrl) {
  const path = rawUrl.split("?", 1)[0];
  return path.split("/").some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}

/**
 * A raw request path whose percent-encoding does not decode (`%zz`, `%C0%AE`).
 * Next fails on it with a 500 ("failed to decode param") wherever proxy.ts does
 * not run first (media, APIs, build files); no such path is ours, so it gets the 404 page.
 * @param {string} rawUrl
 */
export function hasUndecodablePath(rawUrl) {
  try {
    decodeURIComponent(rawUrl.split("?", 1)[0]);
    return false;
  } catch {
    return true;
  }
}

/**
 * Answers with the site's 404 page directly.
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {number} port
 */
export async function sendNotFound(req, res, port) {
  const body = await errorBody(req, 404, port);
  writeErrorHead(res, body);
  res.writeHead(404);
  res.end(req.method === "HEAD" ? undefined : body);
}
