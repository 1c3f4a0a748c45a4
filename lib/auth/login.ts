import "server-only";
import { db } from "@/lib/db";
import { normalizeEmail } from "./login-rules";
import { checkPassword } from "./password";
import { createSession } from "./session";
import { recordSignIn } from "./sign-in-audit";
import { claimGlobal, claimSlot, forgetOldSlots, type Claim } from "./throttle";

export type LoginResult = { kind: "ok"; token: string } | { kind: "invalid" } | { kind: "throttled"; retryAfterSec: number };

export { normalizeEmail };

type Client = { ip: string | null; address: string };

/**
 * One sign-in try. Room for the password check is claimed first (per address
 * when trusted, per account, across accounts: lib/auth/throttle.ts); only
 * then argon2 runs, even for an unknown email, and a wrong email and a wrong
 * password give the same "invalid". Every outcome is audited.
 */
export async function attemptLogin(rawEmail: string, password: string, client: Client, now = new Date()): Promise<LoginResult> {
  const email = normalizeEmail(rawEmail).slice(0, 320);
  const claims: Extract<Claim, { ok: true }>[] = [];
  const releaseAll = () => Promise.all(claims.map((c) => c.release()));
  const steps: (() => Promise<Claim>)[] = [
    ...(client.ip ? [() => claimSlot(`ip:${client.ip}`, now)] : []),
    () => claimSlot(`email:${email}`, now),
    () => claimGlobal(now),
  ];
  for (const step of steps) {
    const claim = await step();
    if (!claim.ok) {
      await releaseAll();
      await recordSignIn("throttled", { email, address: client.address }, now);
      return { kind: "throttled", retryAfterSec: claim.retryAfterSec };
    }
    claims.push(claim);
  }

  const user = await db.staffUser.findUnique({ where: { email }, select: { id: true, passwordHash: true, disabledAt: true } });
  const ok = await checkPassword(user?.passwordHash ?? null, password);
  // A disabled account answers exactly like a wrong password (the check ran all the same).
  if (!user || !ok || user.disabledAt) {
    await forgetOldSlots(now);
    await recordSignIn("failure", { email, userId: user?.id, address: client.address }, now);
    return { kind: "invalid" };
  }
  await releaseAll();
  const token = await createSession(user.id, now);
  await db.staffUser.update({ where: { id: user.id }, data: { lastSignInAt: now } });
  await recordSignIn("success", { email, userId: user.id, address: client.address }, now);
  return { kind: "ok", token };
}
