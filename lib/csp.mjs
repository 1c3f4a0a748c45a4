// @ts-check
/**
 * Content-Security-Policy, in one place for next.config.js (public pages) and
 * proxy.ts (staff pages and previews). Plain ES module with JSDoc types so
 * that next.config.js, which Node loads itself, can require it too.
 *
 * Public pages are prerendered and shared by every reader, so their policy is
 * one fixed string (inline scripts allowed: Next inlines its bootstrap, and a
 * nonce would make every page dynamic). Reader pages leave scripts/serve.mjs
 * without that bootstrap, and with 'unsafe-inline' replaced by the hash of
 * our one inline script (withScriptHashes). Staff pages and previews are rendered
 * per request anyway: they get a fresh nonce and no 'unsafe-inline' script.
 * Images and audio load only from the site and the configured media hosts.
 */

/** Next's draft-mode cookie: a request carrying it is a staff preview. */
export const DRAFT_COOKIE = "__prerender_bypass";

/** Staff pages and token previews, in either edition. */
const NONCE_PATH = /^\/(?:en\/)?(?:staff|preview)(?:\/|$)/;

/** next.config.js `headers()` source for everything that keeps the fixed policy (the complement of NONCE_PATH). */
export const FIXED_POLICY_SOURCE = "/:path((?!(?:en/)?(?:staff|preview)(?:/|$)).*)";

/**
 * NASHRA_MEDIA_HOSTS: https origins separated by spaces or commas, e.g.
 * "https://media.example.com, cdn.example.net". Returns normalised origins;
 * throws on anything else (a wildcard, http, a path, credentials), so a typo
 * stops the server at start instead of opening the policy.
 * @param {string | undefined} value
 * @returns {string[]}
 */
export function parseMediaHosts(value) {
  /** @type {string[]} */
  const origins = [];
  for (const entry of (value ?? "").split(/[\s,]+/).filter(Boolean)) {
    const fail = () => new Error(`NASHRA_MEDIA_HOSTS: "${entry}" is not an https origin such as https://media.example.com`);
    /** @type {URL} */
    let url;
    try {
      url = new URL(entry.includes("://") ? entry : `https://${entry}`);
    } catch {
      throw fail();
    }
    const hostOk = /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(url.hostname);
    // An origin only: no path, query, fragment, credentials or wildcard.
    const rest = entry.replace(/^https:\/\//i, "").replace(/\/$/, "");
    if (url.protocol !== "https:" || !hostOk || /[/?#@*\\]/.test(rest)) throw fail();
    if (!origins.includes(url.origin)) origins.push(url.origin);
  }
  return origins;
}

/**
 * @param {string} scriptSrc
 * @param {string[]} mediaHosts
 * @param {boolean} dev
 */
function policy(scriptSrc, mediaHosts, dev) {
  const hosts = mediaHosts.map((h) => ` ${h}`).join("");
  return [
    "default-src 'self'",
    `script-src ${scriptSrc}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data:${hosts}`,
    `media-src 'self'${hosts}`,
    "font-src 'self'",
    "connect-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join("; ");
}

/**
 * The fixed policy of public pages, route handlers and files.
 * @param {string[]} mediaHosts
 * @param {{ dev?: boolean }} [options]
 */
export function fixedPolicy(mediaHosts, options = {}) {
  return policy("'self' 'unsafe-inline'", mediaHosts, Boolean(options.dev));
}

/**
 * A fixed policy whose inline scripts are narrowed to the given hash sources
 * ('sha256-…'): for a reader page sent without Next's inline bootstrap
 * (scripts/next-runtime.mjs), whose only inline script is ours. Nothing else
 * of the policy changes; a policy without 'unsafe-inline' scripts is returned as it is.
 * @param {string} value the Content-Security-Policy header
 * @param {string[]} hashSources
 */
export function withScriptHashes(value, hashSources) {
  if (hashSources.some((h) => !/^'sha(256|384|512)-[A-Za-z0-9+/]+={0,2}'$/.test(h))) throw new Error("CSP hash sources must be 'shaNNN-<base64>'");
  return value
    .split(";")
    .map((directive) => {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name.toLowerCase() !== "script-src" || !sources.includes("'unsafe-inline'")) return directive.trim();
      return [name, ...sources.filter((s) => s !== "'unsafe-inline'"), ...hashSources].join(" ");
    })
    .join("; ");
}

/**
 * The per-request policy of staff pages and previews: scripts only with this
 * nonce (Next puts it on its own scripts when the request carries this header).
 * @param {string} nonce
 * @param {string[]} mediaHosts
 * @param {{ dev?: boolean }} [options]
 */
export function noncePolicy(nonce, mediaHosts, options = {}) {
  if (!/^[A-Za-z0-9+/]{16,}={0,2}$/.test(nonce)) throw new Error("CSP nonce must be base64");
  return policy(`'self' 'nonce-${nonce}' 'strict-dynamic'`, mediaHosts, Boolean(options.dev));
}

/** A fresh nonce: 128 random bits, base64. */
export function newNonce() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Whether a request gets the nonce policy: staff pages, token previews, and
 * anything asked for in draft mode (a staff preview at the public URL).
 * @param {string} pathname the request's path as sent
 * @param {boolean} draftMode whether the draft-mode cookie is present
 */
export function needsNonce(pathname, draftMode) {
  return draftMode || NONCE_PATH.test(pathname);
}
