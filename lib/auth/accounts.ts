import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { auditData, type AuditAction } from "@/lib/content/audit";
import { normalizeEmail } from "./login-rules";
import { hashPassword, MIN_PASSWORD_LENGTH } from "./password";
import { leavesNoAdmin, mayDo, staffRoles, type Actor, type StaffRole } from "./permissions";

/**
 * Staff accounts from the desk (admins only; every function checks the role
 * itself). Passwords are set through one-time links: a random token in the
 * link, only its SHA-256 stored, 72 hours, claimed once with a conditional
 * update. Disabling or resetting ends the person's sessions at once (their
 * rows are deleted, and the session lookup refuses disabled accounts). Every
 * change is one transaction with its audit entry (itemType "staff").
 */
export const PASSWORD_LINK_HOURS = 72;
export const MAX_PASSWORD_LENGTH = 1024;

export type AccountError = "forbidden" | "invalid" | "taken" | "notFound" | "lastAdmin" | "disabled";
export type AccountResult<T = object> = ({ ok: true } & T) | { ok: false; code: AccountError };

export const inviteSchema = z.object({
  email: z.string().trim().max(320).pipe(z.email()).transform(normalizeEmail),
  displayName: z.string().trim().min(1).max(200),
  role: z.enum(staffRoles),
});

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");
/** Token values we ever issue: 43 base64url characters. Anything else is not looked up. */
const plausible = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

function audit(tx: Tx, action: AuditAction, userId: number, actorId: number, at: Date, detail?: string) {
  return tx.auditLog.create({ data: auditData({ action, itemType: "staff", itemId: userId, actor: { userId: actorId }, at, detail }) });
}

/** A new one-time link for `userId`; every older unused link of that account stops working. */
async function issueLink(tx: Tx, userId: number, purpose: "invite" | "reset", by: number, now: Date): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await tx.staffPasswordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  await tx.staffPasswordToken.create({
    data: { id: tokenHash(token), userId, purpose, expiresAt: new Date(now.getTime() + PASSWORD_LINK_HOURS * 3_600_000), createdAt: now, createdById: by },
  });
  return token;
}

/** Invites a new account: no password yet (an empty hash never verifies); returns the token for the one-time link. */
export async function inviteStaff(admin: Actor, raw: unknown, now = new Date()): Promise<AccountResult<{ userId: number; token: string }>> {
  if (!mayDo(admin, "manage-staff")) return { ok: false, code: "forbidden" };
  const input = inviteSchema.safeParse(raw);
  if (!input.success) return { ok: false, code: "invalid" };
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.staffUser.create({ data: { ...input.data, passwordHash: "", createdAt: now }, select: { id: true } });
      const token = await issueLink(tx, user.id, "invite", admin.id, now);
      await audit(tx, "staff-invite", user.id, admin.id, now, input.data.role);
      return { ok: true as const, userId: user.id, token };
    });
  } catch (error) {
    if ((error as { code?: string }).code === "P2002") return { ok: false, code: "taken" };
    throw error;
  }
}

async function target(tx: Tx, userId: number) {
  return tx.staffUser.findUnique({ where: { id: userId }, select: { id: true, role: true, disabledAt: true } });
}

const activeAdmins = (tx: Tx) => tx.staffUser.count({ where: { role: "admin", disabledAt: null } });

/** Changes an account's role; it takes effect on that person's next request. Never leaves no active admin. */
export async function changeRole(admin: Actor, userId: number, role: StaffRole, now = new Date()): Promise<AccountResult> {
  if (!mayDo(admin, "manage-staff")) return { ok: false, code: "forbidden" };
  return db.$transaction(async (tx) => {
    const user = await target(tx, userId);
    if (!user) return { ok: false, code: "notFound" } as const;
    if (user.role === role) return { ok: true } as const;
    if (leavesNoAdmin({ role: user.role, disabled: Boolean(user.disabledAt) }, { role }, await activeAdmins(tx)))
      return { ok: false, code: "lastAdmin" } as const;
    await tx.staffUser.update({ where: { id: userId }, data: { role } });
    await audit(tx, "staff-role", userId, admin.id, now, `${user.role}→${role}`);
    return { ok: true } as const;
  });
}

/** Disables an account (its sessions and unused links end at once) or enables it again. Never disables the last active admin. */
export async function setDisabled(admin: Actor, userId: number, disabled: boolean, now = new Date()): Promise<AccountResult> {
  if (!mayDo(admin, "manage-staff")) return { ok: false, code: "forbidden" };
  return db.$transaction(async (tx) => {
    const user = await target(tx, userId);
    if (!user) return { ok: false, code: "notFound" } as const;
    if (Boolean(user.disabledAt) === disabled) return { ok: true } as const;
    if (disabled && leavesNoAdmin({ role: user.role, disabled: false }, { disable: true }, await activeAdmins(tx)))
      return { ok: false, code: "lastAdmin" } as const;
    await tx.staffUser.update({ where: { id: userId }, data: { disabledAt: disabled ? now : null } });
    if (disabled) {
      await tx.staffSession.deleteMany({ where: { userId } });
      await tx.staffPasswordToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
    }
    await audit(tx, disabled ? "staff-disable" : "staff-enable", userId, admin.id, now);
    return { ok: true } as const;
  });
}

/** Resets a password: the old one stops working, sessions end, and a new one-time link is returned. */
export async function resetPassword(admin: Actor, userId: number, now = new Date()): Promise<AccountResult<{ token: string }>> {
  if (!mayDo(admin, "manage-staff")) return { ok: false, code: "forbidden" };
  return db.$transaction(async (tx) => {
    const user = await target(tx, userId);
    if (!user) return { ok: false, code: "notFound" } as const;
    if (user.disabledAt) return { ok: false, code: "disabled" } as const;
    await tx.staffUser.update({ where: { id: userId }, data: { passwordHash: "" } });
    await tx.staffSession.deleteMany({ where: { userId } });
    const token = await issueLink(tx, userId, "reset", admin.id, now);
    await audit(tx, "staff-reset", userId, admin.id, now);
    return { ok: true as const, token };
  });
}

/** The account a one-time link opens, or null for every kind of failure (malformed, unknown, used, expired, account disabled). */
export async function openPasswordLink(token: string, now = new Date()): Promise<{ email: string; displayName: string; purpose: string } | null> {
  if (!plausible(token)) return null;
  const row = await db.staffPasswordToken.findUnique({ where: { id: tokenHash(token) } });
  if (!row || row.usedAt || row.expiresAt.getTime() <= now.getTime()) return null;
  const user = await db.staffUser.findUnique({ where: { id: row.userId }, select: { email: true, displayName: true, disabledAt: true } });
  if (!user || user.disabledAt) return null;
  return { email: user.email, displayName: user.displayName, purpose: row.purpose };
}

export type SetPasswordResult = { ok: true } | { ok: false; code: "notFound" | "short" | "long" | "mismatch" };

/**
 * Sets the password through a one-time link. The link is claimed by a
 * conditional update (unused and unexpired → used) in the transaction that
 * writes the hash, so two submissions at once set it at most once.
 */
export async function setPasswordWithLink(token: string, password: string, confirm: string, now = new Date()): Promise<SetPasswordResult> {
  if (!(await openPasswordLink(token, now))) return { ok: false, code: "notFound" };
  if (password.length < MIN_PASSWORD_LENGTH) return { ok: false, code: "short" };
  if (password.length > MAX_PASSWORD_LENGTH) return { ok: false, code: "long" };
  if (password !== confirm) return { ok: false, code: "mismatch" };
  const hash = await hashPassword(password);
  const id = tokenHash(token);
  return db
    .$transaction(async (tx) => {
      const claimed = await tx.staffPasswordToken.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (claimed.count !== 1) return { ok: false, code: "notFound" } as const;
      const row = await tx.staffPasswordToken.findUniqueOrThrow({ where: { id }, select: { userId: true } });
      const user = await tx.staffUser.updateMany({ where: { id: row.userId, disabledAt: null }, data: { passwordHash: hash } });
      // Disabled in between: the claim is rolled back with the rest.
      if (user.count !== 1) throw new LinkRefused();
      await tx.staffSession.deleteMany({ where: { userId: row.userId } });
      await audit(tx, "staff-password-set", row.userId, row.userId, now);
      return { ok: true } as const;
    })
    .catch((error) => {
      if (error instanceof LinkRefused) return { ok: false, code: "notFound" } as const;
      throw error;
    });
}

class LinkRefused extends Error {}
