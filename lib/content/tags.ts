import { cacheTags } from "@/lib/cache-tags";

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
