/**
 * A podcast show's feed, to Apple Podcasts' requirements: channel title,
 * description, square artwork, language, category, explicit, author, owner,
 * type and a self link; per episode an enclosure with absolute URL and exact
 * byte length, a stable guid, RFC 2822 date, duration, season, episode number,
 * episode type and show notes.
 */
import { absoluteUrl, paths } from "@/lib/paths";
import { rfc2822 } from "@/lib/seo/duration";
import { el, xmlDocument } from "@/lib/xml/build";
import type { ShowView } from "@/lib/data/podcasts";
import { namespaces } from "./rss";

/** A show as its feed needs it: the show view lib/data reads for pages. */
export type FeedShow = Omit<ShowView, "episodeCount">;

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
  const doc = el(xmlDocument(), "rss", {
    version: "2.0",
    "xmlns:atom": namespaces.atom,
    "xmlns:itunes": namespaces.itunes,
    "xmlns:content": namespaces.content,
  });
  const ch = el(doc, "channel");
  el(ch, "title", null, show.title);
  el(ch, "link", null, absoluteUrl(paths.show(SHOW_PAGE_LOCALE, show.slug)));
  el(ch, "description", null, show.description);
  el(ch, "language", null, show.language);
  el(ch, "copyright", null, copyright);
  el(ch, "atom:link", { href: absoluteUrl(paths.showFeed(show.slug)), rel: "self", type: "application/rss+xml" });
  el(ch, "itunes:image", { href: absoluteUrl(show.artwork.url) });
  const category = el(ch, "itunes:category", { text: show.category });
  if (show.subcategory) el(category, "itunes:category", { text: show.subcategory });
  el(ch, "itunes:explicit", null, show.explicit ? "true" : "false");
  el(ch, "itunes:author", null, show.author);
  const owner = el(ch, "itunes:owner");
  el(owner, "itunes:name", null, show.ownerName);
  el(owner, "itunes:email", null, show.ownerEmail);
  el(ch, "itunes:type", null, show.type);
  const newest = episodes.reduce((max, e) => (e.publishedAt > max ? e.publishedAt : max), show.updatedAt);
  el(ch, "lastBuildDate", null, rfc2822(newest));

  for (const e of episodes) {
    const item = el(ch, "item");
    el(item, "title", null, e.title);
    el(item, "itunes:title", null, e.title);
    el(item, "link", null, absoluteUrl(paths.episode(SHOW_PAGE_LOCALE, show.slug, e.slug)));
    el(item, "enclosure", { url: absoluteUrl(e.audioUrl), length: String(e.audioBytes), type: e.audioMime });
    el(item, "guid", { isPermaLink: "false" }, episodeGuid(e.id));
    el(item, "pubDate", null, rfc2822(e.publishedAt));
    el(item, "description", null, e.showNotes);
    el(item, "itunes:duration", null, String(Math.round(e.durationSec)));
    if (e.seasonNumber !== null) el(item, "itunes:season", null, String(e.seasonNumber));
    if (e.episodeNumber !== null) el(item, "itunes:episode", null, String(e.episodeNumber));
    el(item, "itunes:episodeType", null, e.episodeType);
    el(item, "itunes:explicit", null, show.explicit ? "true" : "false");
  }
  return doc.end({ prettyPrint: true });
}
