/**
 * A podcast show's feed, to Apple Podcasts' requirements: channel title,
 * description, square artwork, language, category, explicit, author, owner,
 * type and a self link; per episode an enclosure with absolute URL and exact
 * byte length, a stable guid, RFC 2822 date, duration, season, episode number,
 * episode type and show notes.
 */
import { create } from "xmlbuilder2";
import { absoluteUrl, paths } from "@/lib/paths";
import { rfc2822 } from "@/lib/seo/duration";
import { namespaces } from "./rss";

export type FeedShow = {
  slug: string;
  title: string;
  description: string;
  artworkUrl: string;
  language: string;
  category: string;
  subcategory: string | null;
  explicit: boolean;
  author: string;
  ownerName: string;
  ownerEmail: string;
  type: "episodic" | "serial";
  updatedAt: string;
};

export type FeedEpisode = {
  id: number;
  slug: string;
  title: string;
  showNotes: string;
  audioUrl: string;
  audioMime: string;
  audioBytes: number;
  durationSec: number;
  seasonNumber: number | null;
  episodeNumber: number | null;
  episodeType: "full" | "trailer" | "bonus";
  publishedAt: string;
};

export const episodeGuid = (id: number) => `nashra:episode:${id}`;

/** The site page for a show is the Arabic-edition one: a show feed belongs to no edition. */
const SHOW_PAGE_LOCALE = "ar" as const;

export function buildPodcastFeed(show: FeedShow, episodes: FeedEpisode[], copyright: string): string {
  const doc = create({ version: "1.0", encoding: "UTF-8" }).ele("rss", {
    version: "2.0",
    "xmlns:atom": namespaces.atom,
    "xmlns:itunes": namespaces.itunes,
    "xmlns:content": namespaces.content,
  });
  const ch = doc.ele("channel");
  ch.ele("title").txt(show.title);
  ch.ele("link").txt(absoluteUrl(paths.show(SHOW_PAGE_LOCALE, show.slug)));
  ch.ele("description").txt(show.description);
  ch.ele("language").txt(show.language);
  ch.ele("copyright").txt(copyright);
  ch.ele("atom:link", { href: absoluteUrl(paths.showFeed(show.slug)), rel: "self", type: "application/rss+xml" });
  ch.ele("itunes:image", { href: absoluteUrl(show.artworkUrl) });
  const category = ch.ele("itunes:category", { text: show.category });
  if (show.subcategory) category.ele("itunes:category", { text: show.subcategory });
  ch.ele("itunes:explicit").txt(show.explicit ? "true" : "false");
  ch.ele("itunes:author").txt(show.author);
  const owner = ch.ele("itunes:owner");
  owner.ele("itunes:name").txt(show.ownerName);
  owner.ele("itunes:email").txt(show.ownerEmail);
  ch.ele("itunes:type").txt(show.type);
  const newest = episodes.reduce((max, e) => (e.publishedAt > max ? e.publishedAt : max), show.updatedAt);
  ch.ele("lastBuildDate").txt(rfc2822(newest));

  for (const e of episodes) {
    const item = ch.ele("item");
    item.ele("title").txt(e.title);
    item.ele("itunes:title").txt(e.title);
    item.ele("link").txt(absoluteUrl(paths.episode(SHOW_PAGE_LOCALE, show.slug, e.slug)));
    item.ele("enclosure", { url: absoluteUrl(e.audioUrl), length: String(e.audioBytes), type: e.audioMime });
    item.ele("guid", { isPermaLink: "false" }).txt(episodeGuid(e.id));
    item.ele("pubDate").txt(rfc2822(e.publishedAt));
    item.ele("description").txt(e.showNotes);
    item.ele("itunes:duration").txt(String(Math.round(e.durationSec)));
    if (e.seasonNumber !== null) item.ele("itunes:season").txt(String(e.seasonNumber));
    if (e.episodeNumber !== null) item.ele("itunes:episode").txt(String(e.episodeNumber));
    item.ele("itunes:episodeType").txt(e.episodeType);
    item.ele("itunes:explicit").txt(show.explicit ? "true" : "false");
  }
  return doc.end({ prettyPrint: true });
}
