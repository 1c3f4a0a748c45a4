import { db } from "@/lib/db";

/** How long sign-in events are kept (the throttle's own rows live only 15 minutes). */
export const SIGN_IN_AUDIT_DAYS = 30;

export type SignInKind = "success" | "failure" | "throttled" | "signout";

/**
 * Writes one sign-in event with its time and client address, and drops the
 * events older than 30 days in the same transaction. These rows are not the
 * desk's content audit log (lib/content/audit.ts), so a burst of failed
 * attempts never pushes the newsroom's own actions out of that list.
 */
export async function recordSignIn(kind: SignInKind, e: { email: string; userId?: number | null; address: string }, now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - SIGN_IN_AUDIT_DAYS * 24 * 3_600_000);
  await db.$transaction([
    db.signInEvent.deleteMany({ where: { at: { lt: cutoff } } }),
    db.signInEvent.create({ data: { kind, email: e.email.slice(0, 320), userId: e.userId ?? null, address: e.address.slice(0, 200), at: now } }),
  ]);
}
