/**
 * Cache tag names, shared by the cached reads (lib/data) and everything that
 * writes content (seed, staff actions, scheduler) so both sides agree, and
 * the tags each kind of change refreshes. Sections are written only by the
 * seed, which refreshes CONTENT_TAG (carried by every read): the section list
 * has no tag of its own.
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

/** What an article touches when it changes: its page under every slug it had, and every list it is on. */
export type ArticleFootprint = {
  id: number;
  locale: string;
  slugs: string[];
  section: string;
  authors: string[];
  tags: string[];
};

export function articleCacheTags(a: ArticleFootprint): string[] {
  return [
    ...new Set([
      cacheTags.article(a.id),
      ...a.slugs.map((s) => cacheTags.articleSlug(a.locale, s)),
      cacheTags.articles(a.locale),
      cacheTags.home(a.locale),
      cacheTags.section(a.section),
      ...a.authors.map(cacheTags.author),
      ...a.tags.map(cacheTags.tag),
    ]),
  ];
}

export function episodeCacheTags(showSlug: string): string[] {
  return [cacheTags.podcast(showSlug), cacheTags.podcasts];
}

/** Public pages and cached reads refresh at least this often (seconds), so scheduled items surface on time. */
export const REVALIDATE_SECONDS = 60;
