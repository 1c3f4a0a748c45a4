import "server-only";
import { db } from "@/lib/db";
import type { StaffRole } from "@/lib/auth/permissions";

/** The people page's reads (admins only: the page checks the role first). Never cached. */
export type PersonRow = {
  id: number;
  email: string;
  displayName: string;
  role: StaffRole;
  status: "active" | "invited" | "disabled";
  lastSignInAt: string | null;
  createdAt: string;
};

export async function listPeople(): Promise<PersonRow[]> {
  const rows = await db.staffUser.findMany({
    orderBy: [{ disabledAt: { sort: "asc", nulls: "first" } }, { displayName: "asc" }, { id: "asc" }],
    select: { id: true, email: true, displayName: true, role: true, passwordHash: true, disabledAt: true, lastSignInAt: true, createdAt: true },
  });
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    displayName: r.displayName,
    role: r.role,
    // No password yet (invited, or reset and not set again): the account cannot sign in until its link is used.
    status: r.disabledAt ? "disabled" : r.passwordHash === "" ? "invited" : "active",
    lastSignInAt: r.lastSignInAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
  }));
}

export type AccountAuditRow = { id: number; at: string; action: string; who: string | null; account: string };

/** The last account changes (itemType "staff"), newest first. */
export async function listAccountAudit(limit = 40): Promise<AccountAuditRow[]> {
  const rows = await db.auditLog.findMany({
    where: { itemType: "staff" },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    include: { user: { select: { displayName: true } } },
  });
  const accounts = await db.staffUser.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.itemId))] } }, select: { id: true, email: true } });
  const email = new Map(accounts.map((a) => [a.id, a.email]));
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    action: r.action,
    who: r.user?.displayName ?? null,
    account: email.get(r.itemId) ?? `#${r.itemId}`,
  }));
}
