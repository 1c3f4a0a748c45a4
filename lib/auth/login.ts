import "server-only";
import { db } from "@/lib/db";
import { normalizeEmail } from "./login-rules";
import { checkPassword } from "./password";
import { createSession } from "./session";
import { THROTTLE_WINDOW_MS, throttleState, worst } from "./throttle";

export type LoginResult = { kind: "ok"; token: string } | { kind: "invalid" } | { kind: "throttled"; retryAfterSec: number };

export { normalizeEmail };

/**
 * One sign-in try. Throttled first (per email and per address), then the
 * password is checked even for an unknown email, and a wrong email and a
 * wrong password give the same "invalid".
 */
export async function attemptLogin(rawEmail: string, password: string, ip: string | null, now = new Date()): Promise<LoginResult> {
  const email = normalizeEmail(rawEmail).slice(0, 320);
  const since = new Date(now.getTime() - THROTTLE_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.findMany({ where: { email, at: { gt: since } }, select: { at: true } }),
    ip ? db.loginAttempt.findMany({ where: { ip, at: { gt: since } }, select: { at: true } }) : Promise.resolve([]),
  ]);
  const state = worst(throttleState(byEmail.map((r) => r.at), now), throttleState(byIp.map((r) => r.at), now));
  if (state.blocked) return { kind: "throttled", retryAfterSec: state.retryAfterSec };

  const user = await db.staffUser.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  const ok = await checkPassword(user?.passwordHash ?? null, password);
  if (!user || !ok) {
    // Failures older than the window no longer count: drop them as new ones arrive.
    await db.$transaction([db.loginAttempt.deleteMany({ where: { at: { lte: since } } }), db.loginAttempt.create({ data: { email, ip: ip ?? "unknown", at: now } })]);
    return { kind: "invalid" };
  }
  return { kind: "ok", token: await createSession(user.id, now) };
}
