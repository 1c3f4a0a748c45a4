/**
 * The one rule for what the public may see. Every public read builds its
 * where-clause from here; nothing else decides visibility.
 *
 * An item is public when it is published (or was scheduled and its time has
 * come) and its publication time is not in the future. Drafts, items
 * scheduled for later and withdrawn items are never public.
 */
export type Status = "DRAFT" | "SCHEDULED" | "PUBLISHED";

export type Visible = {
  status: Status;
  publishedAt: Date | null;
  withdrawnAt?: Date | null;
};

export const PUBLIC_STATUSES: Status[] = ["PUBLISHED", "SCHEDULED"];

/** Prisma where-fragment selecting only public rows at `now`. */
export function publicWhere(now: Date) {
  return {
    status: { in: PUBLIC_STATUSES },
    publishedAt: { lte: now },
    withdrawnAt: null,
  };
}

/** The same rule for a row already in memory. */
export function isPublic(item: Visible, now: Date): boolean {
  return PUBLIC_STATUSES.includes(item.status) && item.publishedAt !== null && item.publishedAt.getTime() <= now.getTime() && !item.withdrawnAt;
}

/** True for an item that was public once and has been taken down (410, not 404). */
export function isWithdrawn(item: Visible): boolean {
  return Boolean(item.withdrawnAt);
}
