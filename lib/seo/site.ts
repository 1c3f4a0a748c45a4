import type { Locale } from "@/i18n/config";
import { absoluteUrl, paths } from "@/lib/paths";

/** What the metadata and structured-data builders need to know about the site in one edition. */
export type SiteContext = {
  locale: Locale;
  /** «نشرة» or "Nashra", from locales/*.json site.name. */
  name: string;
  /** Title of the edition's RSS feed; when set, every page built from this context advertises that feed. */
  feedTitle?: string;
};

export const brand = {
  logo: { path: "/brand/logo.png", width: 512, height: 512 },
  /** The share image for pages without their own picture (1200×630, the size social cards want). */
  ogImage: { path: "/brand/og-default.png", width: 1200, height: 630 },
};

/** x-default points at the Arabic edition: the portal is Arabic first. */
export const X_DEFAULT_LOCALE: Locale = "ar";

/** hreflang map for a page that exists in every edition, built from one path function. */
export function editionAlternates(pathFor: (locale: Locale) => string): Record<string, string> {
  return {
    ar: absoluteUrl(pathFor("ar")),
    en: absoluteUrl(pathFor("en")),
    "x-default": absoluteUrl(pathFor(X_DEFAULT_LOCALE)),
  };
}

export const homeUrl = (locale: Locale) => absoluteUrl(paths.home(locale));

/** When the editorial principles page last changed (its sitemap lastmod). */
export const PRINCIPLES_UPDATED = "2026-11-29T00:00:00.000Z";
