import "server-only";
import { db } from "@/lib/db";
import { cacheTags } from "@/lib/cache-tags";
import { publicWhere } from "@/lib/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import { cachedRead } from "./cache";

export type ShowView = {
  slug: string;
  title: string;
  description: string;
  artwork: { url: string; size: number };
  language: string;
  category: string;
  subcategory: string | null;
  explicit: boolean;
  author: string;
  ownerName: string;
  ownerEmail: string;
  type: "episodic" | "serial";
  updatedAt: string;
  episodeCount: number;
};

export type EpisodeCard = {
  id: number;
  slug: string;
  title: string;
  seasonNumber: number | null;
  episodeNumber: number | null;
  episodeType: "full" | "trailer" | "bonus";
  durationSec: number;
  publishedAt: string;
};

export type EpisodeView = EpisodeCard & {
  showNotes: string;
  updatedAt: string;
  audio: { url: string; mimeType: string; bytes: number };
  seasonTitle: string | null;
  show: Pick<ShowView, "slug" | "title" | "language" | "artwork" | "author">;
};

export type SeasonGroup = { number: number; title: string; episodes: EpisodeCard[] };

const episodeSelect = {
  id: true,
  slug: true,
  title: true,
  episodeNumber: true,
  episodeType: true,
  durationSec: true,
  publishedAt: true,
  season: { select: { number: true, title: true } },
} satisfies Prisma.EpisodeSelect;

type EpisodeRow = Prisma.EpisodeGetPayload<{ select: typeof episodeSelect }>;

function toEpisodeCard(row: EpisodeRow): EpisodeCard {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    seasonNumber: row.season?.number ?? null,
    episodeNumber: row.episodeNumber,
    episodeType: row.episodeType as EpisodeCard["episodeType"],
    durationSec: row.durationSec,
    publishedAt: (row.publishedAt ?? new Date(0)).toISOString(),
  };
}

type ShowRow = Prisma.PodcastShowGetPayload<object>;

export function toShow(row: ShowRow, episodeCount: number): ShowView {
  return {
    slug: row.slug,
    title: row.title,
    description: row.description,
    artwork: { url: row.artworkUrl, size: row.artworkSize },
    language: row.language,
    category: row.category,
    subcategory: row.subcategory,
    explicit: row.explicit,
    author: row.author,
    ownerName: row.ownerName,
    ownerEmail: row.ownerEmail,
    type: row.type === "serial" ? "serial" : "episodic",
    updatedAt: row.updatedAt.toISOString(),
    episodeCount,
  };
}

const newestFirst = [{ publishedAt: "desc" as const }, { id: "desc" as const }];

/** Every show with its count of public episodes. */
export const listShows = cachedRead(
  "shows",
  async (): Promise<ShowView[]> => {
    const now = new Date();
    const rows = await db.podcastShow.findMany({ orderBy: [{ position: "asc" }, { id: "asc" }] });
    const counts = await db.episode.groupBy({ by: ["showId"], where: publicWhere(now), _count: { _all: true } });
    const byShow = new Map(counts.map((c) => [c.showId, c._count._all]));
    return rows.map((r) => toShow(r, byShow.get(r.id) ?? 0));
  },
  () => [cacheTags.podcasts],
);

export type ShowPage = { show: ShowView; seasons: SeasonGroup[]; allSeasons: number[]; selectedSeason: number | null };

/**
 * A show with its public episodes grouped by season, newest season first.
 * With `season`, only that season; null when the show or the season is unknown.
 */
export const getShowPage = cachedRead(
  "show-page",
  async (slug: string, season: number | null): Promise<ShowPage | null> => {
    const show = await db.podcastShow.findUnique({
      where: { slug },
      include: { seasons: { orderBy: { number: "desc" } } },
    });
    if (!show) return null;
    const now = new Date();
    // A season with no public episode is not listed and has no page: it could announce what is still unpublished.
    const withPublic = await db.episode.groupBy({ by: ["seasonId"], where: { showId: show.id, ...publicWhere(now) } });
    const publicSeasonIds = new Set(withPublic.map((row) => row.seasonId));
    const seasons = show.seasons.filter((s) => publicSeasonIds.has(s.id));
    if (season !== null && !seasons.some((s) => s.number === season)) return null;
    const episodes = await db.episode.findMany({
      where: { showId: show.id, ...publicWhere(now), ...(season !== null ? { season: { number: season } } : {}) },
      orderBy: newestFirst,
      select: episodeSelect,
    });
    const cards = episodes.map(toEpisodeCard);
    const groups: SeasonGroup[] = seasons
      .filter((s) => season === null || s.number === season)
      .map((s) => ({ number: s.number, title: s.title, episodes: cards.filter((e) => e.seasonNumber === s.number) }));
    const loose = cards.filter((e) => e.seasonNumber === null);
    if (loose.length > 0 && season === null) groups.push({ number: 0, title: show.title, episodes: loose });
    const total = season === null ? cards.length : await db.episode.count({ where: { showId: show.id, ...publicWhere(now) } });
    return {
      show: toShow(show, total),
      seasons: groups,
      allSeasons: seasons.map((s) => s.number),
      selectedSeason: season,
    };
  },
  (slug) => [cacheTags.podcast(slug), cacheTags.podcasts],
);

/** Columns of an episode page; status fields let previews apply the visibility rule. */
export const episodeViewSelect = {
  ...episodeSelect,
  status: true,
  withdrawnAt: true,
  showNotes: true,
  updatedAt: true,
  audioUrl: true,
  audioMime: true,
  audioBytes: true,
  show: { select: { slug: true, title: true, language: true, artworkUrl: true, artworkSize: true, author: true } },
} satisfies Prisma.EpisodeSelect;

type EpisodeViewRow = Prisma.EpisodeGetPayload<{ select: typeof episodeViewSelect }>;

export function getEpisodeRowView(row: EpisodeViewRow): EpisodeView {
  return {
    ...toEpisodeCard(row),
    showNotes: row.showNotes,
    updatedAt: row.updatedAt.toISOString(),
    audio: { url: row.audioUrl, mimeType: row.audioMime, bytes: row.audioBytes },
    seasonTitle: row.season?.title ?? null,
    show: {
      slug: row.show.slug,
      title: row.show.title,
      language: row.show.language,
      author: row.show.author,
      artwork: { url: row.show.artworkUrl, size: row.show.artworkSize },
    },
  };
}

/** One public episode with what its page and player need; null otherwise. */
export const getEpisode = cachedRead(
  "episode",
  async (showSlug: string, episodeSlug: string): Promise<EpisodeView | null> => {
    const row = await db.episode.findFirst({
      where: { slug: episodeSlug, show: { slug: showSlug }, ...publicWhere(new Date()) },
      select: episodeViewSelect,
    });
    return row ? getEpisodeRowView(row) : null;
  },
  (showSlug) => [cacheTags.podcast(showSlug), cacheTags.podcasts],
);

/** The newest public episode across shows, for the home page promo. */
export const getLatestEpisode = cachedRead(
  "latest-episode",
  async (): Promise<(EpisodeCard & { show: { slug: string; title: string; language: string } }) | null> => {
    const row = await db.episode.findFirst({
      where: { ...publicWhere(new Date()), episodeType: "full" },
      orderBy: newestFirst,
      select: { ...episodeSelect, show: { select: { slug: true, title: true, language: true } } },
    });
    return row ? { ...toEpisodeCard(row), show: row.show } : null;
  },
  () => [cacheTags.podcasts],
);
