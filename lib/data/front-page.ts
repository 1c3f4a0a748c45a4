import "server-only";
import { draftMode } from "next/headers";
import { cache } from "react";
import { currentStaff } from "@/lib/auth/current";
import { db } from "@/lib/db";
import { cacheTags } from "@/lib/cache-tags";
import { isPublic, publicWhere } from "@/lib/visibility";
import { paths } from "@/lib/paths";
import { listLatest } from "./articles";
import { cachedRead } from "./cache";
import { cardSelect, toCard } from "./select";
import type { ArticleCard, Locale } from "./views";

const publicWhereSelect = { status: true, publishedAt: true, withdrawnAt: true } as const;

const SECONDARY = 4;
/** Unpicked places are filled only while the latest list keeps this many stories (a small edition gets fewer secondaries, not a short column). */
const MIN_LATEST = 4;

/** Picked stories of one stage that are public right now, in the desk's order. */
async function readPicks(locale: Locale, stage: "pending" | "live"): Promise<ArticleCard[]> {
  // Visibility is checked on the few picked rows: as a relation filter it made SQLite read every public article.
  const now = new Date();
  const rows = await db.frontPagePick.findMany({
    where: { locale, stage },
    orderBy: { position: "asc" },
    select: { article: { select: { ...cardSelect, ...publicWhereSelect } } },
  });
  return rows.filter((r) => r.article.locale === locale && isPublic(r.article, now)).map((r) => toCard(r.article, locale));
}

const livePicks = cachedRead(
  "front-picks",
  (locale: Locale) => readPicks(locale, "live"),
  (locale) => [cacheTags.frontPage(locale), cacheTags.home(locale), cacheTags.articles(locale)],
);

export type FrontPage = { lead: ArticleCard | null; secondary: ArticleCard[]; latest: ArticleCard[]; preview: boolean };

/**
 * The home page's stories: the desk's picks (lead first), topped up with the
 * newest stories when fewer are picked or a pick is no longer public, then
 * the latest list without repeats. In draft mode a signed-in staff member
 * sees the pending picks instead (cookies are read only in that branch).
 */
export const getFrontPage = cache(async (locale: Locale): Promise<FrontPage> => {
  let picks: ArticleCard[] | null = null;
  if ((await draftMode()).isEnabled && (await currentStaff())) picks = await readPicks(locale, "pending");
  const preview = picks !== null;
  picks ??= await livePicks(locale);
  const newest = await listLatest(locale, 1 + SECONDARY + 8 + picks.length);
  const chosen = new Set(picks.map((p) => p.id));
  const rest = newest.filter((a) => !chosen.has(a.id));
  const size = Math.min(1 + SECONDARY, Math.max(picks.length, 3, picks.length + rest.length - MIN_LATEST));
  const top = [...picks, ...rest].slice(0, size);
  const shown = new Set(top.map((a) => a.id));
  return { lead: top[0] ?? null, secondary: top.slice(1), latest: newest.filter((a) => !shown.has(a.id)).slice(0, 6), preview };
});

export type Breaking = { text: string; href: string; expiresAt: string };

const readBreaking = cachedRead(
  "breaking",
  // `false` when there is none, not null: the cache keeps no null read (lib/cache/admission.cjs), and
  // an edition without a strip, the usual case, would otherwise be read again on every render.
  async (locale: Locale): Promise<Breaking | false> => {
    // One row per edition: its article's visibility checked here, not as a relation filter (which read every article).
    const row = await db.breakingNews.findUnique({
      where: { locale },
      select: { text: true, expiresAt: true, article: { select: { locale: true, slug: true, ...publicWhereSelect } } },
    });
    if (!row || row.article.locale !== locale || !isPublic(row.article, new Date())) return false;
    return { text: row.text, href: paths.article(row.article.locale as Locale, row.article.slug), expiresAt: row.expiresAt.toISOString() };
  },
  (locale) => [cacheTags.breaking(locale), cacheTags.articles(locale)],
);

/**
 * The edition's breaking-news strip, or null once it has expired: the cached
 * row is checked against the clock at every render, so a page leaves it off
 * at its next regeneration after expiry (REVALIDATE_SECONDS), with no request
 * made dynamic.
 */
export async function getBreaking(locale: Locale, now = new Date()): Promise<Breaking | null> {
  const b = await readBreaking(locale);
  return b && new Date(b.expiresAt) > now ? b : null;
}

/** The desk's view: pending and live picks (with titles), the strip, and public stories to pick from. Never cached. */
export async function readFrontDesk(edition: Locale) {
  const [pending, live, breaking, candidates] = await Promise.all([
    db.frontPagePick.findMany({
      where: { locale: edition, stage: "pending" },
      orderBy: { position: "asc" },
      select: { articleId: true, article: { select: { title: true, ...publicWhereSelect } } },
    }),
    db.frontPagePick.findMany({
      where: { locale: edition, stage: "live" },
      orderBy: { position: "asc" },
      select: { articleId: true, article: { select: { title: true } } },
    }),
    db.breakingNews.findUnique({ where: { locale: edition }, select: { text: true, expiresAt: true, article: { select: { title: true } } } }),
    db.article.findMany({
      where: { locale: edition, ...publicWhere(new Date()) },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: 40,
      select: { id: true, title: true },
    }),
  ]);
  const now = new Date();
  return {
    pending: pending.map((p) => ({ id: p.articleId, title: p.article.title, public: isPublic(p.article, now) })),
    live: live.map((p) => ({ id: p.articleId, title: p.article.title })),
    breaking: breaking && { text: breaking.text, title: breaking.article.title, expiresAt: breaking.expiresAt.toISOString(), active: breaking.expiresAt > now },
    candidates,
  };
}
