/**
 * Who may do what: the one answer every Server Action, route handler and the
 * desk's UI asks. Pure (no database): callers pass the facts of the item
 * (lib/auth/item-access.ts reads them).
 *
 *   contributor  writes and previews their own drafts (articles they created); shares links to them
 *   editor       every content action, the front page and breaking news
 *   admin        everything an editor may, plus staff accounts
 */
export const staffRoles = ["contributor", "editor", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

export type Actor = { id: number; role: StaffRole };

/** Actions on one article or episode. `unpublish` is also "withdraw" (a public item taken down). */
export const itemActions = ["edit", "preview", "publish", "schedule", "unpublish", "share", "revoke-link"] as const;
export type ItemAction = (typeof itemActions)[number];

/** Actions not tied to one item. */
export const deskActions = ["create-article", "create-episode", "front-page", "breaking", "run-scheduler", "see-all-items", "manage-staff"] as const;
export type DeskAction = (typeof deskActions)[number];

export type ItemFacts = {
  type: "article" | "episode";
  /** Who created it (articles; null for seed, import and episodes). */
  createdById: number | null;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED";
  withdrawnAt: Date | null;
};

const editorDesk: ReadonlySet<DeskAction> = new Set(["create-article", "create-episode", "front-page", "breaking", "run-scheduler", "see-all-items"]);

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (staffRoles as readonly string[]).includes(value);
}

/** May `actor` do a desk-wide action? */
export function mayDo(actor: Actor, action: DeskAction): boolean {
  switch (actor.role) {
    case "admin":
      return true;
    case "editor":
      return editorDesk.has(action);
    case "contributor":
      return action === "create-article";
  }
}

/** Is the item the contributor's own article? */
export function owns(actor: Actor, item: ItemFacts): boolean {
  return item.type === "article" && item.createdById !== null && item.createdById === actor.id;
}

/** A draft that never went out: not published, not scheduled, not withdrawn. */
function untouchedDraft(item: ItemFacts): boolean {
  return item.status === "DRAFT" && item.withdrawnAt === null;
}

/** May `actor` do `action` on this item? */
export function mayOnItem(actor: Actor, action: ItemAction, item: ItemFacts): boolean {
  if (actor.role === "admin" || actor.role === "editor") return true;
  if (!owns(actor, item)) return false;
  switch (action) {
    case "edit":
      return untouchedDraft(item);
    case "preview":
    case "share":
    case "revoke-link":
      return true;
    case "publish":
    case "schedule":
    case "unpublish":
      return false;
  }
}

/** Every item action `actor` has on this item, for the desk to show only those. */
export function allowedItemActions(actor: Actor, item: ItemFacts): ItemAction[] {
  return itemActions.filter((a) => mayOnItem(actor, a, item));
}

/**
 * Account changes that would leave no active admin are refused: the change
 * either disables or demotes `target`, and `activeAdmins` counts the enabled
 * admins now (the target included when it is one).
 */
export function leavesNoAdmin(target: { role: StaffRole; disabled: boolean }, change: { role?: StaffRole; disable?: boolean }, activeAdmins: number): boolean {
  const wasActiveAdmin = target.role === "admin" && !target.disabled;
  if (!wasActiveAdmin) return false;
  const staysActiveAdmin = (change.role ?? target.role) === "admin" && !change.disable;
  return !staysActiveAdmin && activeAdmins <= 1;
}
