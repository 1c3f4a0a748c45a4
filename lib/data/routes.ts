import "server-only";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db";
import { isPublic, isWithdrawn } from "@/lib/visibility";
import { cachedRead } from "./cache";
import { findArticleBySlug } from "./slug-lookup";
import type { Locale } from "@/i18n/config";

/**
 * How an item's URL answers: the page itself, a 301 to its current slug, or 410 for a
 * withdrawn story. `null` is "not public" (missing, draft, scheduled): the page's 404,
 * and never stored, so made-up URLs leave nothing in the cache (cache-handler.js).
 */
export type RouteStatus = { kind: "ok" } | { kind: "moved"; slug: string } | { kind: "gone" };

const fields = { slug: true, status: true, publishedAt: true, withdrawnAt: true } as const;

/**
 * The route of /articles/<slug>: a tagged read (tag `article-slug:<locale>:<slug>`, which every
 * writer of that article invalidates under each slug it ever had). Next 16.4 gives the proxy no
 * cache handler (its middleware adapter is built without one), so in the proxy this is one
 * indexed read per request that reaches Next; repeated requests for a page are answered before
 * that by the instance's in-memory copies (scripts/page-cache.mjs).
 */
export const articleRoute = cachedRead(
  "article-route",
  async (locale: Locale, slug: string): Promise<RouteStatus | null> => {
    const target = await findArticleBySlug(locale, slug, fields);
    if (!target) return null;
    if (isWithdrawn(target)) return { kind: "gone" };
    if (!isPublic(target, new Date())) return null;
    return target.slug === slug ? { kind: "ok" } : { kind: "moved", slug: target.slug };
  },
  (locale, slug) => [cacheTags.articleSlug(locale, slug)],
);

/** The route of /podcasts/<show>/<episode>: only "gone" matters to the proxy; the page decides the rest. */
export const episodeRoute = cachedRead(
  "episode-route",
  async (showSlug: string, episodeSlug: string): Promise<RouteStatus | null> => {
    const row = await db.episode.findFirst({ where: { slug: episodeSlug, show: { slug: showSlug } }, select: fields });
    if (!row) return null;
    if (isWithdrawn(row)) return { kind: "gone" };
    return isPublic(row, new Date()) ? { kind: "ok" } : null;
  },
  (showSlug) => [cacheTags.podcast(showSlug)],
);
