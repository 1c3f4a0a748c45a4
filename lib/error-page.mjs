// @ts-check
/**
 * The error page the proxy and the server answer with themselves, before any
 * route renders (malformed encoding, a method no page takes, an oversized body):
 * complete HTML in the reader's edition with the site header, a heading, the
 * message and the way home. Plain JavaScript so scripts/serve.mjs can use it too.
 */
import ar from "../locales/ar.json" with { type: "json" };
import en from "../locales/en.json" with { type: "json" };

/** @typedef {"badRequest" | "forbidden" | "notFound" | "gone" | "tooMany" | "methodNotAllowed" | "tooLarge" | "lengthRequired" | "serverError" | "unavailable"} ErrorKind */

const messages = { ar, en };
const dirs = { ar: "rtl", en: "ltr" };

/** @param {string} s */
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Which edition a raw request path belongs to. @param {string} rawPath @returns {"ar" | "en"} */
export function editionOfPath(rawPath) {
  return /^\/en(\/|\?|$)/.test(rawPath) ? "en" : "ar";
}

/**
 * @param {"ar" | "en"} locale
 * @param {ErrorKind} kind
 * @returns {string}
 */
export function errorPageHtml(locale, kind) {
  const m = messages[locale];
  const other = locale === "ar" ? "en" : "ar";
  const home = locale === "ar" ? "/" : `/${locale}`;
  const title = escapeHtml(m.errors[`${kind}Title`]);
  const body = escapeHtml(m.errors[`${kind}Body`]);
  const site = escapeHtml(m.site.name);
  return [
    `<!doctype html><html lang="${locale}" dir="${dirs[locale]}"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="robots" content="noindex">`,
    `<title>${title} | ${site}</title></head>`,
    `<body style="margin:0;font-family:system-ui,sans-serif;color:#1c1917">`,
    `<header style="border-bottom:1px solid #e7e5e4"><div style="max-width:64rem;margin:0 auto;padding:.75rem 1rem;display:flex;justify-content:space-between;align-items:center;gap:1rem">`,
    `<a href="${home}" style="font-size:1.875rem;font-weight:700;color:#9b1c1c;text-decoration:none">${site}</a>`,
    `<a href="${other === "ar" ? "/" : `/${other}`}" hreflang="${other}" lang="${other}">${escapeHtml(m.site.switchLanguage)}</a></div>`,
    `<nav aria-label="${escapeHtml(m.site.mainNav)}" style="border-top:1px solid #f5f5f4"><ul style="max-width:64rem;margin:0 auto;padding:.5rem 1rem;list-style:none;display:flex;gap:1rem">`,
    `<li><a href="${home}">${escapeHtml(m.site.home)}</a></li><li><a href="${home === "/" ? "" : home}/podcasts">${escapeHtml(m.site.podcasts)}</a></li></ul></nav></header>`,
    `<main id="main" style="max-width:48rem;margin:0 auto;padding:3rem 1rem"><h1>${title}</h1><p>${body}</p>`,
    `<p><a href="${home}">${escapeHtml(m.errors.backHome)}</a></p></main></body></html>`,
  ].join("");
}
