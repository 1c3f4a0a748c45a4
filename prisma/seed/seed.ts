import { statSync } from "node:fs";
import path from "node:path";
import { parseBody, type Block } from "@/lib/blocks";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { sections } from "./data/sections";
import { authors } from "./data/authors";
import { tags } from "./data/tags";
import { articles as dataArticles } from "./data/articles";
import { shows } from "./data/podcasts";
import { rozanaArticle } from "./rozana";
import type { SeedArticle, SeedShow } from "./types";
import { demoMediaSource } from "../../scripts/demo-media.mjs";
import { indexArticle } from "@/lib/search/indexer";
import { rebuildListCounts, refreshSitemapChunks } from "@/lib/content/summaries";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export function allSeedArticles(): SeedArticle[] {
  return [rozanaArticle(sections, authors, dataArticles), ...dataArticles];
}

const date = (iso: string | null) => (iso ? new Date(iso) : null);

/**
 * Writes the demo newsroom. Idempotent: rows are matched by their natural
 * keys (slugs), so a second run rewrites the same values and adds nothing.
 * All of it runs in one transaction: a failure leaves the database as it was.
 */
export async function seedDatabase(db: PrismaClient): Promise<{ articles: number; episodes: number }> {
  const articles = allSeedArticles();
  let episodes = 0;
  await db.$transaction(
    async (tx) => {
      const sectionIds = new Map<string, number>();
      for (const s of sections) {
        const row = await tx.section.upsert({ where: { slug: s.slug }, create: s, update: s });
        sectionIds.set(s.slug, row.id);
      }
      const authorIds = new Map<string, number>();
      for (const a of authors) {
        const data = { ...a, avatarUrl: a.avatarUrl ?? null };
        const row = await tx.author.upsert({ where: { slug: a.slug }, create: data, update: data });
        authorIds.set(a.slug, row.id);
      }
      const tagIds = new Map<string, number>();
      for (const t of tags) {
        const row = await tx.tag.upsert({ where: { slug: t.slug }, create: t, update: t });
        tagIds.set(t.slug, row.id);
      }
      const articleIds = await ensureArticles(tx, articles, sectionIds);
      for (const a of articles) await writeArticle(tx, a, { sectionIds, authorIds, tagIds, articleIds });
      // The sitemap index and author/tag pages read stored summaries: recomputed for what the seed wrote.
      await refreshSitemapChunks(tx, [...articleIds.values()]);
      await rebuildListCounts(tx);
      for (const show of shows) episodes += await writeShow(tx, show);
    },
    { timeout: 60_000 },
  );
  return { articles: articles.length, episodes };
}

const need = <T>(map: Map<string, T>, key: string, what: string): T => {
  const v = map.get(key);
  if (v === undefined) throw new Error(`seed: unknown ${what} «${key}»`);
  return v;
};

/** First pass: every article exists, so related links and translations can point at ids. */
async function ensureArticles(tx: Tx, articles: SeedArticle[], sectionIds: Map<string, number>) {
  const ids = new Map<string, number>();
  for (const a of articles) {
    const existing = await tx.article.findUnique({ where: { locale_slug: { locale: a.locale, slug: a.slug } }, select: { id: true } });
    const row =
      existing ??
      (await tx.article.create({
        data: { locale: a.locale, slug: a.slug, title: a.title, standfirst: a.standfirst, body: "[]", sectionId: need(sectionIds, a.section, "section") },
        select: { id: true },
      }));
    ids.set(a.key, row.id);
  }
  return ids;
}

type Ids = { sectionIds: Map<string, number>; authorIds: Map<string, number>; tagIds: Map<string, number>; articleIds: Map<string, number> };

async function writeArticle(tx: Tx, a: SeedArticle, ids: Ids) {
  const id = need(ids.articleIds, a.key, "article");
  const body: Block[] = parseBody(
    a.body.map((b) => (b.type === "related" ? { type: "related", label: b.label, articleId: need(ids.articleIds, b.target, "related article") } : b)),
  );
  const publishedAt = date(a.publishedAt);
  await tx.article.update({
    where: { id },
    data: {
      title: a.title,
      standfirst: a.standfirst,
      body: JSON.stringify(body),
      sectionId: need(ids.sectionIds, a.section, "section"),
      status: a.status,
      publishedAt,
      withdrawnAt: null,
      updatedAt: date(a.updatedAt ?? null) ?? publishedAt ?? new Date("2026-01-01T00:00:00Z"),
      heroUrl: a.hero?.url ?? null,
      heroAlt: a.hero?.alt ?? null,
      heroCaption: a.hero?.caption ?? null,
      heroCredit: a.hero?.credit ?? null,
      heroWidth: a.hero?.width ?? null,
      heroHeight: a.hero?.height ?? null,
      translationId: a.translationOf ? need(ids.articleIds, a.translationOf, "translation") : null,
    },
  });
  await tx.articleAuthor.deleteMany({ where: { articleId: id } });
  await tx.articleAuthor.createMany({
    data: a.authors.map((slug, position) => ({ articleId: id, authorId: need(ids.authorIds, slug, "author"), position })),
  });
  await tx.articleTag.deleteMany({ where: { articleId: id } });
  await tx.articleTag.createMany({ data: a.tags.map((slug) => ({ articleId: id, tagId: need(ids.tagIds, slug, "tag") })) });
  await indexArticle(tx, id);
  for (const slug of a.earlierSlugs ?? []) {
    await tx.articleSlug.upsert({
      where: { locale_slug: { locale: a.locale, slug } },
      create: { locale: a.locale, slug, articleId: id },
      update: { articleId: id },
    });
  }
}

async function writeShow(tx: Tx, s: SeedShow): Promise<number> {
  const { seasons, episodes, ...fields } = s;
  const data = { ...fields, subcategory: fields.subcategory ?? null, updatedAt: new Date("2026-01-01T00:00:00Z") };
  const show = await tx.podcastShow.upsert({ where: { slug: s.slug }, create: data, update: data });
  const seasonIds = new Map<string, number>();
  for (const season of seasons) {
    const row = await tx.season.upsert({
      where: { showId_number: { showId: show.id, number: season.number } },
      create: { showId: show.id, ...season },
      update: { title: season.title },
    });
    seasonIds.set(String(season.number), row.id);
  }
  for (const e of episodes) {
    const publishedAt = date(e.publishedAt);
    const values = {
      title: e.title,
      showNotes: e.showNotes,
      audioUrl: e.audioUrl,
      audioMime: e.audioMime,
      audioBytes: statSync(path.join(demoMediaSource, e.audioUrl.replace(/^\/media\//, ""))).size,
      durationSec: e.durationSec,
      episodeNumber: e.episodeNumber,
      episodeType: e.episodeType,
      status: e.status,
      publishedAt,
      withdrawnAt: null,
      updatedAt: publishedAt ?? new Date("2026-01-01T00:00:00Z"),
      seasonId: e.season === null ? null : need(seasonIds, String(e.season), "season"),
    };
    await tx.episode.upsert({
      where: { showId_slug: { showId: show.id, slug: e.slug } },
      create: { showId: show.id, slug: e.slug, ...values },
      update: values,
    });
  }
  return episodes.length;
}
