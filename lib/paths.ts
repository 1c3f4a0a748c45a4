/**
 * Every public URL the site prints comes from here, so pages, sitemaps, feeds
 * and structured data agree on one form. Slugs are percent-encoded once
 * (Arabic slugs included); the Arabic edition has no prefix, English has /en.
 */
import { localePrefix, type Locale } from "@/i18n/config";

const seg = (s: string) => encodeURIComponent(s.normalize("NFC"));

export { localePrefix };

function withLocale(locale: Locale, path: string): string {
  const prefix = localePrefix(locale);
  if (path === "/") return prefix || "/";
  return `${prefix}${path}`;
}

export const paths = {
  home: (locale: Locale) => withLocale(locale, "/"),
  article: (locale: Locale, slug: string) => withLocale(locale, `/articles/${seg(slug)}`),
  section: (locale: Locale, slug: string, page = 1) => withLocale(locale, `/sections/${seg(slug)}`) + (page > 1 ? `?page=${page}` : ""),
  author: (locale: Locale, slug: string, page = 1) => withLocale(locale, `/authors/${seg(slug)}`) + (page > 1 ? `?page=${page}` : ""),
  tag: (locale: Locale, slug: string, page = 1) => withLocale(locale, `/tags/${seg(slug)}`) + (page > 1 ? `?page=${page}` : ""),
  podcasts: (locale: Locale) => withLocale(locale, "/podcasts"),
  show: (locale: Locale, slug: string, season?: number | null) => withLocale(locale, `/podcasts/${seg(slug)}`) + (season ? `?season=${season}` : ""),
  episode: (locale: Locale, show: string, episode: string) => withLocale(locale, `/podcasts/${seg(show)}/${seg(episode)}`),
  cookies: (locale: Locale) => withLocale(locale, "/cookies"),
  principles: (locale: Locale) => withLocale(locale, "/about/editorial-principles"),
  feed: (locale: Locale) => withLocale(locale, "/feed.xml"),
  sectionFeed: (locale: Locale, slug: string) => withLocale(locale, `/sections/${seg(slug)}/feed.xml`),
  showFeed: (slug: string) => `/podcasts/${seg(slug)}/feed.xml`,
  search: (locale: Locale, query?: string, page = 1) => {
    const params = new URLSearchParams();
    if (query) params.set("q", query);
    if (page > 1) params.set("page", String(page));
    const qs = params.toString();
    return withLocale(locale, "/search") + (qs ? `?${qs}` : "");
  },
  openSearch: (locale: Locale) => withLocale(locale, "/opensearch.xml"),
};

/** The newsroom's desk (never in sitemaps; robots.txt keeps crawlers out). `query` is "?..." or "#...", already encoded. */
export const staffPaths = {
  desk: (locale: Locale, query = "") => `${localePrefix(locale)}/staff${query}`,
  login: (locale: Locale, query = "") => `${localePrefix(locale)}/staff/login${query}`,
  newArticle: (locale: Locale) => `${localePrefix(locale)}/staff/articles/new`,
  newEpisode: (locale: Locale, query = "") => `${localePrefix(locale)}/staff/episodes/new${query}`,
  editEpisode: (locale: Locale, id: number, query = "") => `${localePrefix(locale)}/staff/episodes/${id}/edit${query}`,
  frontPage: (locale: Locale, query = "") => `${localePrefix(locale)}/staff/front-page${query}`,
  editArticle: (locale: Locale, id: number, query = "") => `${localePrefix(locale)}/staff/articles/${id}/edit${query}`,
  /** Staff accounts (admins only). */
  people: (locale: Locale, query = "") => `${localePrefix(locale)}/staff/people${query}`,
  /** The one-time link that sets a staff password (works signed out; the token is URL-safe base64). */
  setPassword: (locale: Locale, token: string) => `${localePrefix(locale)}/staff/password/${token}`,
  showArtwork: (locale: Locale, query = "") => `${localePrefix(locale)}/staff/show-artwork${query}`,
  /** A shareable preview link (the token is URL-safe base64). */
  previewLink: (token: string) => `/preview/${token}`,
};

/** The public origin for absolute links: SITE_URL, else this machine on PORT. */
export function siteUrl(): string {
  const fromEnv = process.env.SITE_URL?.replace(/\/+$/, "");
  return fromEnv || `http://localhost:${process.env.PORT || 3000}`;
}

export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).toString();
}
