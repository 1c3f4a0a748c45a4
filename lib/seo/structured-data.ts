/**
 * schema.org objects for each page type, built from the plain view objects
 * lib/data returns. Pure functions: the page renders the result with
 * <JsonLd>. Every URL is absolute and comes from lib/paths.
 */
import type {
  AudioObject,
  BreadcrumbList,
  ImageObject,
  NewsArticle,
  NewsMediaOrganization,
  Person,
  PodcastEpisode,
  PodcastSeason,
  PodcastSeries,
  ProfilePage,
  WebSite,
  WithContext,
} from "schema-dts";
import type { Locale } from "@/i18n/config";
import type { ArticleView } from "@/lib/data/views";
import { absoluteUrl, paths } from "@/lib/paths";
import { isoDuration } from "./duration";
import { cutHeadline } from "./headline";
import { brand, homeUrl, type SiteContext } from "./site";

const context = "https://schema.org" as const;

export function organizationId(): string {
  return `${absoluteUrl("/")}#organization`;
}

/** The newsroom as publisher: name, logo with its size, and its editorial principles page. */
export function newsOrganization(site: SiteContext): WithContext<NewsMediaOrganization> {
  return { "@context": context, ...publisherOf(site) };
}

/** The publisher embedded in an article (no @context: it sits inside another object). */
function publisherOf(site: SiteContext): Exclude<NewsMediaOrganization, string> {
  return {
    "@type": "NewsMediaOrganization",
    "@id": organizationId(),
    name: site.name,
    url: homeUrl(site.locale),
    logo: {
      "@type": "ImageObject",
      url: absoluteUrl(brand.logo.path),
      contentUrl: absoluteUrl(brand.logo.path),
      width: { "@type": "QuantitativeValue", value: brand.logo.width, unitCode: "E37" },
      height: { "@type": "QuantitativeValue", value: brand.logo.height, unitCode: "E37" },
    },
    publishingPrinciples: absoluteUrl(paths.principles(site.locale)),
  };
}

export function webSite(site: SiteContext, description: string): WithContext<WebSite> {
  return {
    "@context": context,
    "@type": "WebSite",
    "@id": `${homeUrl(site.locale)}#website`,
    name: site.name,
    description,
    url: homeUrl(site.locale),
    inLanguage: site.locale,
    publisher: { "@id": organizationId() },
  };
}

export type Crumb = { name: string; path: string };

export function breadcrumbs(items: Crumb[]): WithContext<BreadcrumbList> {
  return {
    "@context": context,
    "@type": "BreadcrumbList",
    itemListElement: items.map((c, i) => ({ "@type": "ListItem", position: i + 1, name: c.name, item: absoluteUrl(c.path) })),
  };
}

function imageObject(img: { url: string; width: number; height: number; alt?: string; caption?: string | null }): ImageObject {
  return {
    "@type": "ImageObject",
    url: absoluteUrl(img.url),
    width: { "@type": "QuantitativeValue", value: img.width, unitCode: "E37" },
    height: { "@type": "QuantitativeValue", value: img.height, unitCode: "E37" },
    ...(img.caption || img.alt ? { caption: img.caption || img.alt } : {}),
  };
}

/**
 * A NewsArticle. The site stores one rendition of each hero, so `image`
 * carries that one aspect ratio (16:9 for the seed); pages without a hero
 * fall back to the brand share image, since Google requires an image.
 */
export function newsArticle(article: ArticleView, site: SiteContext): WithContext<NewsArticle> {
  const url = absoluteUrl(paths.article(site.locale, article.slug));
  const image = article.hero ? imageObject(article.hero) : imageObject({ url: brand.ogImage.path, width: brand.ogImage.width, height: brand.ogImage.height });
  return {
    "@context": context,
    "@type": "NewsArticle",
    headline: cutHeadline(article.title),
    description: article.standfirst,
    image: [image],
    datePublished: article.publishedAt,
    dateModified: article.updatedAt,
    author: article.authors.map((a): Person => ({ "@type": "Person", name: a.name, url: absoluteUrl(paths.author(site.locale, a.slug)) })),
    publisher: publisherOf(site),
    articleSection: article.section.name,
    keywords: article.tags.map((t) => t.name),
    inLanguage: article.locale,
    isAccessibleForFree: true,
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
  };
}

export type ProfileInput = { slug: string; name: string; bio: string; avatarUrl: string | null };

export function profilePage(author: ProfileInput, locale: Locale): WithContext<ProfilePage> {
  const url = absoluteUrl(paths.author(locale, author.slug));
  return {
    "@context": context,
    "@type": "ProfilePage",
    url,
    inLanguage: locale,
    mainEntity: {
      "@type": "Person",
      "@id": `${url}#person`,
      name: author.name,
      url,
      ...(author.bio ? { description: author.bio } : {}),
      ...(author.avatarUrl ? { image: absoluteUrl(author.avatarUrl) } : {}),
    },
  };
}

export type ShowInput = { slug: string; title: string; description: string; language: string; author: string; artwork: { url: string } };

function seriesRef(show: Pick<ShowInput, "slug" | "title">, locale: Locale): PodcastSeries {
  return { "@type": "PodcastSeries", name: show.title, url: absoluteUrl(paths.show(locale, show.slug)) };
}

export function podcastSeries(show: ShowInput, locale: Locale): WithContext<PodcastSeries> {
  return {
    "@context": context,
    "@type": "PodcastSeries",
    name: show.title,
    description: show.description,
    url: absoluteUrl(paths.show(locale, show.slug)),
    image: absoluteUrl(show.artwork.url),
    inLanguage: show.language,
    webFeed: absoluteUrl(paths.showFeed(show.slug)),
    author: { "@type": "Organization", name: show.author },
  };
}

export function podcastSeason(show: ShowInput, season: { number: number; title: string; episodeCount: number }, locale: Locale): WithContext<PodcastSeason> {
  return {
    "@context": context,
    "@type": "PodcastSeason",
    name: season.title,
    seasonNumber: season.number,
    numberOfEpisodes: season.episodeCount,
    url: absoluteUrl(paths.show(locale, show.slug, season.number)),
    partOfSeries: seriesRef(show, locale),
  };
}

export type EpisodeInput = {
  slug: string;
  title: string;
  showNotes: string;
  publishedAt: string;
  episodeNumber: number | null;
  seasonNumber: number | null;
  seasonTitle: string | null;
  durationSec: number;
  audio: { url: string; mimeType: string; bytes: number };
  show: { slug: string; title: string; language: string };
};

export function podcastEpisode(episode: EpisodeInput, locale: Locale): WithContext<PodcastEpisode> {
  const duration = isoDuration(episode.durationSec);
  const audio: AudioObject = {
    "@type": "AudioObject",
    contentUrl: absoluteUrl(episode.audio.url),
    encodingFormat: episode.audio.mimeType,
    duration,
    contentSize: `${episode.audio.bytes} B`,
  };
  return {
    "@context": context,
    "@type": "PodcastEpisode",
    name: episode.title,
    description: episode.showNotes,
    url: absoluteUrl(paths.episode(locale, episode.show.slug, episode.slug)),
    inLanguage: episode.show.language,
    datePublished: episode.publishedAt,
    ...(episode.episodeNumber !== null ? { episodeNumber: episode.episodeNumber } : {}),
    timeRequired: duration,
    partOfSeries: seriesRef(episode.show, locale),
    ...(episode.seasonNumber !== null
      ? {
          partOfSeason: {
            "@type": "PodcastSeason",
            seasonNumber: episode.seasonNumber,
            ...(episode.seasonTitle ? { name: episode.seasonTitle } : {}),
            url: absoluteUrl(paths.show(locale, episode.show.slug, episode.seasonNumber)),
          },
        }
      : {}),
    associatedMedia: audio,
  };
}
