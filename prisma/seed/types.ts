import type { Locale } from "@/i18n/config";

/**
 * Shapes of the demo newsroom content. Data files under prisma/seed/data/
 * export plain values of these types; prisma/seed/run.ts writes them.
 * Cross references use stable `key`s, never database ids.
 */
export type SeedSection = {
  slug: string;
  nameAr: string;
  nameEn: string;
  descriptionAr: string;
  descriptionEn: string;
  position: number;
};

export type SeedAuthor = { slug: string; name: string; bio: string; avatarUrl?: string };

export type SeedTag = { slug: string; name: string };

export type SeedImage = {
  /** Site path under /media/..., file committed in prisma/seed/media/ (copied into the media folder). */
  url: string;
  alt: string;
  caption?: string;
  credit?: string;
  width: number;
  height: number;
};

export type SeedBlock =
  | { type: "paragraph"; text: string }
  | { type: "heading"; text: string; level?: 2 | 3 }
  | { type: "quote"; text: string; cite?: string }
  | ({ type: "image" } & SeedImage)
  | { type: "related"; label: "mayInterest" | "readAlso"; target: string }
  | { type: "audio"; src: string; mimeType: "audio/mpeg" | "audio/mp4"; title: string };

export type SeedStatus = "DRAFT" | "SCHEDULED" | "PUBLISHED";

export type SeedArticle = {
  /** Stable key for cross references (related links, translations). */
  key: string;
  locale: Locale;
  slug: string;
  title: string;
  standfirst: string;
  section: string;
  /** Author slugs, in byline order. */
  authors: string[];
  tags: string[];
  status: SeedStatus;
  /** ISO 8601 with offset; null only for drafts. */
  publishedAt: string | null;
  /** ISO 8601; defaults to publishedAt. */
  updatedAt?: string;
  hero?: SeedImage;
  body: SeedBlock[];
  earlierSlugs?: string[];
  /** Key of the article in the other edition that this one translates. */
  translationOf?: string;
};

export type SeedShow = {
  slug: string;
  title: string;
  description: string;
  artworkUrl: string;
  artworkSize: number;
  language: string;
  category: string;
  subcategory?: string;
  explicit: boolean;
  author: string;
  ownerName: string;
  ownerEmail: string;
  type: "episodic" | "serial";
  position: number;
  seasons: { number: number; title: string }[];
  episodes: SeedEpisode[];
};

export type SeedEpisode = {
  slug: string;
  title: string;
  showNotes: string;
  /** Site path under /media/podcasts/...; byte length is read from the file. */
  audioUrl: string;
  audioMime: "audio/mpeg" | "audio/mp4";
  durationSec: number;
  season: number | null;
  episodeNumber: number | null;
  episodeType: "full" | "trailer" | "bonus";
  status: SeedStatus;
  publishedAt: string | null;
};
