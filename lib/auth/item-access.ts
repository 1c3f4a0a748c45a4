import "server-only";
import { db } from "@/lib/db";
import { mayOnItem, type Actor, type ItemAction, type ItemFacts } from "./permissions";

export type ItemRef = { type: "article" | "episode"; id: number };

/** The facts the permission rule needs about an item, or null when there is no such item. */
export async function itemFacts(item: ItemRef): Promise<ItemFacts | null> {
  if (item.type === "article") {
    const a = await db.article.findUnique({ where: { id: item.id }, select: { createdById: true, status: true, withdrawnAt: true } });
    return a && { type: "article", ...a };
  }
  const e = await db.episode.findUnique({ where: { id: item.id }, select: { status: true, withdrawnAt: true } });
  return e && { type: "episode", createdById: null, ...e };
}

/**
 * May the staff member do `action` on the item, as stored right now? An item
 * that does not exist is refused for a contributor (who could learn nothing
 * from it) and let through for others, whose action then reports "not found".
 */
export async function mayActOn(actor: Actor, action: ItemAction, item: ItemRef): Promise<boolean> {
  const facts = await itemFacts(item);
  if (!facts) return actor.role !== "contributor";
  return mayOnItem(actor, action, facts);
}

/** May the staff member revoke this preview link (the link's item decides)? */
export async function mayRevokeLink(actor: Actor, tokenId: string): Promise<boolean> {
  const row = await db.previewToken.findUnique({ where: { id: tokenId }, select: { itemType: true, itemId: true } });
  if (!row) return actor.role !== "contributor";
  return mayActOn(actor, "revoke-link", { type: row.itemType === "episode" ? "episode" : "article", id: row.itemId });
}
