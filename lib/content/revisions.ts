import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { ItemType } from "@/lib/preview/token";
import { pendingKey } from "@/lib/revision-data";

/**
 * The revision store shared by articles and episodes (lib/content/article-
 * revisions.ts, episode-revisions.ts): at most one pending revision per item,
 * found by its unique pendingKey; every change to it is conditional on the
 * version the writer saw, so two editors never overwrite each other unseen
 * and a revision is published (or discarded) once.
 */
type Tx = Prisma.TransactionClient;

export type ItemRef = { type: ItemType; id: number };

/** What the writer last saw of the pending revision: `null` = "there was none"; `undefined` = no check (scripts). */
export type Base = { revisionId: number; version: number } | null | undefined;

export type RevisionErrorCode = "notFound" | "nothingPending" | "stale" | "slugTaken" | "invalid";

export class RevisionError extends Error {
  constructor(public readonly code: RevisionErrorCode) {
    super(code);
  }
}

export type PendingRow = { id: number; version: number; data: string };

export function findPending(tx: Tx, item: ItemRef): Promise<PendingRow | null> {
  return tx.revision.findUnique({ where: { pendingKey: pendingKey(item.type, item.id) }, select: { id: true, version: true, data: true } });
}

/**
 * Creates the item's pending revision, or rewrites it (version + 1). With a
 * `base`, refuses ("stale") when the pending revision is not the one the
 * writer saw: someone else saved, published or discarded in between.
 */
export async function writePending(
  tx: Tx,
  item: ItemRef,
  data: unknown,
  userId: number | null,
  now: Date,
  base: Base,
  restoredFromId: number | null = null,
): Promise<{ id: number; version: number }> {
  const json = JSON.stringify(data);
  const current = await findPending(tx, item);
  if (base !== undefined && (current?.id ?? null) !== (base?.revisionId ?? null)) throw new RevisionError("stale");
  if (current) {
    const version = base ? base.version : current.version;
    const { count } = await tx.revision.updateMany({
      where: { id: current.id, state: "pending", version },
      data: { data: json, version: version + 1, updatedById: userId, updatedAt: now, restoredFromId },
    });
    if (count === 0) throw new RevisionError("stale");
    return { id: current.id, version: version + 1 };
  }
  try {
    const row = await tx.revision.create({
      data: {
        itemType: item.type,
        itemId: item.id,
        state: "pending",
        pendingKey: pendingKey(item.type, item.id),
        data: json,
        restoredFromId,
        createdById: userId,
        createdAt: now,
        updatedById: userId,
        updatedAt: now,
      },
      select: { id: true, version: true },
    });
    return row;
  } catch (error) {
    // Another writer created the pending revision first (unique pendingKey).
    if ((error as { code?: string }).code === "P2002") throw new RevisionError("stale");
    throw error;
  }
}

/**
 * Takes the pending revision out of "pending" (published or discarded) with a
 * conditional update, first thing in the caller's transaction: of two
 * concurrent calls exactly one changes the row; the other finds nothing
 * pending (or, with `version`, a newer save: "stale") and writes nothing.
 */
export async function claimPending(
  tx: Tx,
  item: ItemRef,
  to: "published" | "discarded",
  userId: number,
  now: Date,
  version?: number,
): Promise<{ id: number; data: string }> {
  const current = await findPending(tx, item);
  if (!current) throw new RevisionError("nothingPending");
  if (version !== undefined && version !== current.version) throw new RevisionError("stale");
  const { count } = await tx.revision.updateMany({
    where: { id: current.id, state: "pending", version: current.version },
    data:
      to === "published"
        ? { state: to, pendingKey: null, publishedAt: now, publishedById: userId }
        : { state: to, pendingKey: null, updatedAt: now, updatedById: userId },
  });
  if (count === 0) throw new RevisionError("nothingPending");
  return current;
}

/**
 * The first time changes are published, the version readers had until then
 * becomes the first entry of the item's history, so it can be restored.
 */
export async function recordBaseline(tx: Tx, item: ItemRef, claimedId: number, live: unknown, liveSince: Date): Promise<void> {
  const earlier = await tx.revision.count({ where: { itemType: item.type, itemId: item.id, state: "published", id: { not: claimedId } } });
  if (earlier > 0) return;
  await tx.revision.create({
    data: {
      itemType: item.type,
      itemId: item.id,
      state: "published",
      data: JSON.stringify(live),
      createdAt: liveSince,
      updatedAt: liveSince,
      publishedAt: liveSince,
    },
  });
}

/** A published version of the item, for "restore". */
export async function findPublished(tx: Tx, item: ItemRef, revisionId: number): Promise<{ id: number; data: string }> {
  const row = await tx.revision.findFirst({
    where: { id: revisionId, itemType: item.type, itemId: item.id, state: "published" },
    select: { id: true, data: true },
  });
  if (!row) throw new RevisionError("notFound");
  return row;
}
