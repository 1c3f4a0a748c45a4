/**
 * Page metadata (canonical, hreflang, OpenGraph, Twitter, feeds) built from
 * view objects. Pure: pages pass what they already read, so metadata never
 * costs a second query. Next merges page metadata shallowly over the
 * layout's, so each call returns complete openGraph and twitter objects.
 */
import type { Metadata } from "next";
import { editions, type Locale } from "@/i18n/config";
import type { ArticleView, ImageView } from "@/lib/data/views";
import { OG_IMAGE, responsiveSources } from "@/lib/media/image-variants";
import { absoluteUrl, paths } from "@/lib/paths";
import { brand, editionAlternates, X_DEFAULT_LOCALE, type SiteContext } from "./site";

export type ShareImage = { url: string; width: number; height: number; alt: string };

export type PageInput = {
  site: SiteContext;
  /** Used for <title> (through the layout's template), og:title and twitter:title. */
  title: string;
  /** When the <title> must not get the site-name suffix (the home page already names the site). */
  absoluteTitle?: boolean;
  description: string;
  /** The canonical path (from lib/paths); made absolute here. */
  path: string;
  /** hreflang map (absolute URLs); defaults to a self-reference only. */
  languages?: Record<string, string>;
  image?: ShareImage;
  /** Alt text of the brand share image, used when the page has no image of its own. */
  defaultImageAlt: string;
  /** An RSS feed this page advertises besides the edition feed (a section's, a show's). */
  feed?: { path: string; title: string };
  noindex?: boolean;
};

export function pageMetadata(input: PageInput): Metadata {
  const canonical = absoluteUrl(input.path);
  const image = input.image ?? { url: brand.ogImage.path, width: brand.ogImage.width, height: brand.ogImage.height, alt: input.defaultImageAlt };
  const ogImage = { url: absoluteUrl(image.url), width: image.width, height: image.height, alt: image.alt };
  const feeds = [...(input.site.feedTitle ? [{ path: paths.feed(input.site.locale), title: input.site.feedTitle }] : []), ...(input.feed ? [input.feed] : [])]
    .filter((f, i, all) => all.findIndex((g) => g.path === f.path) === i)
    .map((f) => ({ url: absoluteUrl(f.path), title: f.title }));
  return {
    title: input.absoluteTitle ? { absolute: input.title } : input.title,
    description: input.description,
    alternates: {
      canonical,
      languages: input.languages ?? { [input.site.locale]: canonical },
      ...(feeds.length ? { types: { "application/rss+xml": feeds } } : {}),
    },
    openGraph: {
      type: "website",
      url: canonical,
      siteName: input.site.name,
      title: input.title,
      description: input.description,
      locale: editions[input.site.locale].ogLocale,
      images: [ogImage],
    },
    twitter: { card: "summary_large_image", title: input.title, description: input.description, images: [{ url: ogImage.url, alt: ogImage.alt }] },
    ...(input.noindex ? { robots: { index: false, follow: true } } : {}),
  };
}

/** Metadata for a page that exists in both editions (home, sections, podcasts, cookies, principles). */
export function editionPageMetadata(input: Omit<PageInput, "path" | "languages"> & { pathFor: (locale: Locale) => string }): Metadata {
  const { pathFor, ...rest } = input;
  return pageMetadata({ ...rest, path: pathFor(input.site.locale), languages: editionAlternates(pathFor) });
}

/** An uploaded hero shares its 1200×630 crop; other images (the seed's) themselves. */
export function heroImage(hero: ImageView | null): ShareImage | undefined {
  if (!hero) return undefined;
  const crop = responsiveSources(hero.url)?.og;
  if (crop) return { url: crop, width: OG_IMAGE.width, height: OG_IMAGE.height, alt: hero.alt };
  return { url: hero.url, width: hero.width, height: hero.height, alt: hero.alt };
}

/**
 * hreflang for an article: both editions and x-default when a public
 * translation exists, otherwise the article alone.
 */
export function articleLanguages(article: ArticleView): Record<string, string> {
  const self = absoluteUrl(paths.article(article.locale, article.slug));
  if (!article.translation) return { [article.locale]: self };
  const other = absoluteUrl(paths.article(article.translation.locale, article.translation.slug));
  const byLocale: Record<string, string> = { [article.locale]: self, [article.translation.locale]: other };
  return { ...byLocale, "x-default": byLocale[X_DEFAULT_LOCALE] ?? self };
}

/** `sectionFeedTitle`: the article's section feed is advertised beside the edition feed. */
export function articleMetadata(article: ArticleView, site: SiteContext, defaultImageAlt: string, sectionFeedTitle?: string): Metadata {
  const base = pageMetadata({
    ...(sectionFeedTitle ? { feed: { path: paths.sectionFeed(article.locale, article.section.slug), title: sectionFeedTitle } } : {}),
    site,
    title: article.title,
    description: article.standfirst,
    path: paths.article(site.locale, article.slug),
    languages: articleLanguages(article),
    image: heroImage(article.hero),
    defaultImageAlt,
  });
  return {
    ...base,
    openGraph: {
      ...base.openGraph,
      type: "article",
      publishedTime: article.publishedAt,
      modifiedTime: article.updatedAt,
      section: article.section.name,
      authors: article.authors.map((a) => absoluteUrl(paths.author(site.locale, a.slug))),
      tags: article.tags.map((t) => t.name),
    },
  };
}
