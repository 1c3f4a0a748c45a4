import "server-only";
import { db } from "@/lib/db";
import type { ItemType } from "@/lib/preview/token";
import { auditData } from "./audit";

/** A signed-in staff member viewed a draft in draft mode: one audit row, written by the page that served it. */
export async function auditStaffPreview(item: { type: ItemType; id: number }, userId: number, at = new Date()): Promise<void> {
  await db.auditLog.create({ data: auditData({ action: "preview", itemType: item.type, itemId: item.id, actor: { userId }, at }) });
}
