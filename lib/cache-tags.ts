/**
 * Cache tag names, shared by the cached reads (lib/data) and everything that
 * writes content (seed, staff actions, scheduler) so both sides agree.
 */
export const CONTENT_TAG = "content";

export const cacheTags = {
  content: CONTENT_TAG,
  home: (locale: string) => `home:${locale}`,
  articles: (locale: string) => `articles:${locale}`,
  article: (id: number) => `article:${id}`,
  articleSlug: (locale: string, slug: string) => `article-slug:${locale}:${slug}`,
  section: (slug: string) => `section:${slug}`,
  author: (slug: string) => `author:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  mostRead: (locale: string) => `most-read:${locale}`,
  breaking: (locale: string) => `breaking:${locale}`,
  frontPage: (locale: string) => `front-page:${locale}`,
  podcasts: "podcasts",
  podcast: (slug: string) => `podcast:${slug}`,
} as const;

/** Public pages and cached reads refresh at least this often (seconds), so scheduled items surface on time. */
export const REVALIDATE_SECONDS = 60;
