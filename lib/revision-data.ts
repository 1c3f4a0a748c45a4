import { z } from "zod";

/**
 * What a pending revision holds, for each kind of item: the item's editable
 * fields, already validated and resolved by the writer (lib/content). Read by
 * the previews (lib/data) and by "publish changes" (lib/content), so both sides
 * parse one shape. Loose objects: a column another change adds to the writer's
 * data (a nullable hero field, say) travels in the revision without a change here.
 */
export const articleRevisionSchema = z.looseObject({
  locale: z.string(),
  slug: z.string(),
  title: z.string(),
  standfirst: z.string(),
  sectionId: z.number().int(),
  heroUrl: z.string().nullable(),
  heroAlt: z.string().nullable(),
  heroCaption: z.string().nullable(),
  heroCredit: z.string().nullable(),
  heroWidth: z.number().int().nullable(),
  heroHeight: z.number().int().nullable(),
  /** Serialized body blocks (lib/blocks.ts), as the Article column stores them. */
  body: z.string(),
  authorIds: z.array(z.number().int()),
  tagIds: z.array(z.number().int()),
});
export type ArticleRevisionData = z.infer<typeof articleRevisionSchema>;

export const episodeRevisionSchema = z.looseObject({
  seasonId: z.number().int().nullable(),
  slug: z.string(),
  title: z.string(),
  showNotes: z.string(),
  audioUrl: z.string(),
  audioMime: z.string(),
  audioBytes: z.number().int(),
  durationSec: z.number().int(),
  episodeNumber: z.number().int().nullable(),
  episodeType: z.string(),
});
export type EpisodeRevisionData = z.infer<typeof episodeRevisionSchema>;

export type RevisionState = "pending" | "published" | "discarded";

/** The one pending revision of an item is found by this key (unique while pending). */
export function pendingKey(itemType: "article" | "episode", itemId: number): string {
  return `${itemType}:${itemId}`;
}

export function readArticleRevision(json: string): ArticleRevisionData {
  return articleRevisionSchema.parse(JSON.parse(json));
}

export function readEpisodeRevision(json: string): EpisodeRevisionData {
  return episodeRevisionSchema.parse(JSON.parse(json));
}

/** The media URLs a revision names (hero, audio, body images and audio), for preview links' media access. */
export function revisionMediaUrls(json: string): { fields: string[]; body: string } {
  const data = JSON.parse(json) as Record<string, unknown>;
  const fields = [data.heroUrl, data.audioUrl].filter((v): v is string => typeof v === "string");
  return { fields, body: typeof data.body === "string" ? data.body : "" };
}
