import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { previewSecret } from "@/lib/secrets";
import { auditData } from "@/lib/content/audit";
import { DEFAULT_PREVIEW_HOURS, signPreviewToken, verifyPreviewToken, type ItemType } from "@/lib/preview/token";

export const MAX_PREVIEW_HOURS = 24 * 30;
/** A link's views are written to the audit log at most this often, so a shared link cannot flood the desk's list. */
export const PREVIEW_AUDIT_EVERY_MS = 10 * 60 * 1000;

/** A new shareable link for one item; returns the token for /preview/<token>. */
export async function createPreviewLink(
  item: { type: ItemType; id: number },
  userId: number,
  hours = DEFAULT_PREVIEW_HOURS,
  now = new Date(),
): Promise<string> {
  const id = randomBytes(16).toString("base64url");
  const expiresAt = new Date(now.getTime() + Math.min(Math.max(hours, 1), MAX_PREVIEW_HOURS) * 3_600_000);
  await db.$transaction([
    db.previewToken.create({ data: { id, itemType: item.type, itemId: item.id, expiresAt, createdById: userId, createdAt: now } }),
    db.auditLog.create({ data: auditData({ action: "link-create", itemType: item.type, itemId: item.id, actor: { userId }, at: now, detail: id }) }),
  ]);
  return signPreviewToken({ id, type: item.type, item: item.id, exp: Math.floor(expiresAt.getTime() / 1000) }, previewSecret());
}

/**
 * The item a token opens, or null for every kind of failure (malformed,
 * tampered, expired, revoked, unknown): callers answer all of them with the
 * same 404. A valid view is written to the audit log, at most once per
 * link every 10 minutes (claimed with a conditional update, so parallel
 * views cannot each write one).
 */
export async function openPreviewLink(token: string, now = new Date()): Promise<{ tokenId: string; type: ItemType; id: number } | null> {
  const checked = verifyPreviewToken(token, previewSecret(), now);
  if (!checked.ok) return null;
  const { payload } = checked;
  const row = await db.previewToken.findUnique({ where: { id: payload.id } });
  if (!row || row.revokedAt || row.expiresAt.getTime() <= now.getTime() || row.itemType !== payload.type || row.itemId !== payload.item) return null;
  const due = new Date(now.getTime() - PREVIEW_AUDIT_EVERY_MS);
  // Audited recently (the usual case for a link being read): no write at all.
  if (row.lastAuditAt && row.lastAuditAt.getTime() > due.getTime()) return { tokenId: row.id, type: payload.type, id: payload.item };
  await db.$transaction(async (tx) => {
    const claimed = await tx.previewToken.updateMany({
      where: { id: row.id, OR: [{ lastAuditAt: null }, { lastAuditAt: { lte: due } }] },
      data: { lastAuditAt: now },
    });
    if (claimed.count === 1) {
      await tx.auditLog.create({
        data: auditData({ action: "preview-link", itemType: payload.type, itemId: payload.item, actor: { tokenId: row.id }, at: now }),
      });
    }
  });
  return { tokenId: row.id, type: payload.type, id: payload.item };
}

export async function revokePreviewLink(id: string, userId: number, now = new Date()): Promise<boolean> {
  const row = await db.previewToken.findUnique({ where: { id } });
  if (!row || row.revokedAt) return false;
  await db.$transaction([
    db.previewToken.update({ where: { id }, data: { revokedAt: now } }),
    db.auditLog.create({
      data: auditData({ action: "link-revoke", itemType: row.itemType as ItemType, itemId: row.itemId, actor: { userId }, at: now, detail: id }),
    }),
  ]);
  return true;
}
