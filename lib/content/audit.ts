import type { ItemType } from "@/lib/preview/token";

export type AuditAction =
  | "preview"
  | "preview-link"
  | "publish"
  | "schedule"
  | "unpublish"
  | "auto-publish"
  | "link-create"
  | "link-revoke"
  | "create"
  | "edit"
  | "front-pick"
  | "front-move"
  | "front-remove"
  | "front-publish"
  | "breaking-set"
  | "breaking-clear"
  | "revision-save"
  | "revision-publish"
  | "revision-discard"
  | "revision-restore"
  | "staff-invite"
  | "staff-role"
  | "staff-disable"
  | "staff-enable"
  | "staff-reset"
  | "staff-password-set";

/** Who did it: a staff user, a preview token, or the scheduler (neither). */
export type Actor = { userId: number } | { tokenId: string } | { system: "scheduler" | "import" };

/** What an entry is about: an article or episode, or a staff account (itemId is then the account's id). */
export type AuditItemType = ItemType | "staff";

export type AuditEntry = { action: AuditAction; itemType: AuditItemType; itemId: number; actor: Actor; detail?: string; at: Date };

export function auditData(e: AuditEntry) {
  return {
    action: e.action,
    itemType: e.itemType,
    itemId: e.itemId,
    at: e.at,
    userId: "userId" in e.actor ? e.actor.userId : null,
    tokenId: "tokenId" in e.actor ? e.actor.tokenId : null,
    detail: e.detail ?? ("system" in e.actor ? e.actor.system : null),
  };
}
