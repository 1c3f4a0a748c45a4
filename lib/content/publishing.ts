import "server-only";
import { db } from "@/lib/db";
import type { ItemType } from "@/lib/preview/token";
import { rekeyArticle } from "@/lib/search/indexer";
import { listsOf } from "@/lib/data/list-counts";
import { refreshListCounts, refreshSitemapChunks } from "./summaries";
import { isPublic } from "@/lib/visibility";
import { auditData, type Actor } from "./audit";
import { articleCacheTags, episodeCacheTags } from "@/lib/cache-tags";

/**
 * Publishing state changes. Each runs in one transaction with its audit
 * entry and returns the cache tags it touched; the caller invalidates them
 * (lib/content/invalidate.ts), so these functions also run in tests and
 * scripts. `now` is injectable: tests never wait for a clock.
 */
export type ItemRef = { type: ItemType; id: number };
type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

export class PublishError extends Error {
  constructor(public readonly code: "notFound" | "pastTime") {
    super(code);
  }
}

async function footprint(
  tx: Tx,
  item: ItemRef,
): Promise<{ tags: string[]; state: { status: "DRAFT" | "SCHEDULED" | "PUBLISHED"; publishedAt: Date | null; withdrawnAt: Date | null } }> {
  if (item.type === "article") {
    const a = await tx.article.findUnique({
      where: { id: item.id },
      select: {
        id: true,
        locale: true,
        slug: true,
        status: true,
        publishedAt: true,
        withdrawnAt: true,
        section: { select: { slug: true } },
        authors: { select: { author: { select: { slug: true } } } },
        tags: { select: { tag: { select: { slug: true } } } },
        earlierSlugs: { select: { slug: true } },
      },
    });
    if (!a) throw new PublishError("notFound");
    const tags = articleCacheTags({
      id: a.id,
      locale: a.locale,
      slugs: [a.slug, ...a.earlierSlugs.map((s) => s.slug)],
      section: a.section.slug,
      authors: a.authors.map((x) => x.author.slug),
      tags: a.tags.map((x) => x.tag.slug),
    });
    return { tags, state: a };
  }
  const e = await tx.episode.findUnique({
    where: { id: item.id },
    select: { status: true, publishedAt: true, withdrawnAt: true, show: { select: { slug: true } } },
  });
  if (!e) throw new PublishError("notFound");
  return { tags: episodeCacheTags(e.show.slug), state: e };
}

async function refreshSummaries(tx: Tx, articleId: number, now: Date) {
  await refreshSitemapChunks(tx, [articleId], now);
  await refreshListCounts(tx, await listsOf(tx, articleId), now);
}

async function setState(
  tx: Tx,
  item: ItemRef,
  data: { status: "DRAFT" | "SCHEDULED" | "PUBLISHED"; publishedAt: Date | null; withdrawnAt: Date | null },
  now: Date,
) {
  if (item.type === "article") {
    await tx.article.update({ where: { id: item.id }, data });
    // Search orders by publication time: the article's search key follows it in this transaction; so does the
    // sitemap index's summary of its id range and its author and tag lists' counts (it may have joined or left
    // the public articles).
    await rekeyArticle(tx, item.id);
    await refreshSummaries(tx, item.id, now);
  } else await tx.episode.update({ where: { id: item.id }, data });
}

/** Public now. An item that is already public keeps its original publication time. */
export function publishNow(item: ItemRef, actor: Actor, now = new Date()): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const { tags, state } = await footprint(tx, item);
    const publishedAt = isPublic(state, now) && state.publishedAt ? state.publishedAt : now;
    await setState(tx, item, { status: "PUBLISHED", publishedAt, withdrawnAt: null }, now);
    await tx.auditLog.create({ data: auditData({ action: "publish", itemType: item.type, itemId: item.id, actor, at: now }) });
    return tags;
  });
}

/** Public at `at` (in the future), with nobody acting: the visibility rule and the scheduler take it from there. */
export function schedule(item: ItemRef, at: Date, actor: Actor, now = new Date()): Promise<string[]> {
  if (at.getTime() <= now.getTime()) return Promise.reject(new PublishError("pastTime"));
  return db.$transaction(async (tx) => {
    const { tags } = await footprint(tx, item);
    await setState(tx, item, { status: "SCHEDULED", publishedAt: at, withdrawnAt: null }, now);
    await tx.auditLog.create({ data: auditData({ action: "schedule", itemType: item.type, itemId: item.id, actor, at: now, detail: at.toISOString() }) });
    return tags;
  });
}

/**
 * Back to draft. An item readers could see is marked withdrawn (its URL
 * answers 410); one that never was public simply stays a 404.
 */
export function unpublish(item: ItemRef, actor: Actor, now = new Date()): Promise<string[]> {
  return db.$transaction(async (tx) => {
    const { tags, state } = await footprint(tx, item);
    const wasPublic = isPublic(state, now);
    await setState(
      tx,
      item,
      {
        status: "DRAFT",
        publishedAt: wasPublic ? state.publishedAt : null,
        withdrawnAt: wasPublic ? now : state.withdrawnAt,
      },
      now,
    );
    await tx.auditLog.create({ data: auditData({ action: "unpublish", itemType: item.type, itemId: item.id, actor, at: now }) });
    return tags;
  });
}

/**
 * The scheduler's step: every SCHEDULED item whose time has come becomes
 * PUBLISHED. (It was already public by the visibility rule; the flip makes
 * the state explicit and tells us which cached pages to refresh.) Several
 * instances may run it at the same moment: each item is claimed by a
 * conditional update in the transaction that writes its audit row, so only
 * the instance whose update changed the row publishes it and refreshes its
 * pages; the others see a count of 0 (on PostgreSQL the second update waits
 * for the first transaction and then finds the row no longer SCHEDULED).
 * Returns the items this call published.
 */
export async function publishDue(now = new Date()): Promise<{ items: ItemRef[]; tags: string[] }> {
  const due = { status: "SCHEDULED" as const, publishedAt: { lte: now }, withdrawnAt: null };
  const [articles, episodes] = await Promise.all([
    db.article.findMany({ where: due, select: { id: true } }),
    db.episode.findMany({ where: due, select: { id: true } }),
  ]);
  const candidates: ItemRef[] = [
    ...articles.map((a) => ({ type: "article" as const, id: a.id })),
    ...episodes.map((e) => ({ type: "episode" as const, id: e.id })),
  ];
  const items: ItemRef[] = [];
  const tags = new Set<string>();
  for (const item of candidates) {
    await db.$transaction(async (tx) => {
      const { tags: touched } = await footprint(tx, item);
      // Only flip what is still due: a staff change in between wins.
      const where = { id: item.id, ...due };
      const flipped =
        item.type === "article"
          ? await tx.article.updateMany({ where, data: { status: "PUBLISHED" } })
          : await tx.episode.updateMany({ where, data: { status: "PUBLISHED" } });
      if (flipped.count === 0) return;
      // Public by the clock already; its chunk's stored summary counts it from now on.
      if (item.type === "article") await refreshSummaries(tx, item.id, now);
      items.push(item);
      touched.forEach((t) => tags.add(t));
      await tx.auditLog.create({ data: auditData({ action: "auto-publish", itemType: item.type, itemId: item.id, actor: { system: "scheduler" }, at: now }) });
    });
  }
  return { items, tags: [...tags] };
}
