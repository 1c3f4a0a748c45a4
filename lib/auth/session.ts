import "server-only";
import { db } from "@/lib/db";
import type { StaffRole } from "./permissions";
import { newSessionToken, plausibleToken, SESSION_ABSOLUTE_MS, sessionAlive, sessionId, TOUCH_AFTER_MS } from "./session-rules";

export type StaffIdentity = { id: number; email: string; displayName: string; role: StaffRole };

/** Creates the server-side session row; returns the cookie value (never stored as such). */
export async function createSession(userId: number, now = new Date()): Promise<string> {
  const token = newSessionToken();
  await db.staffSession.create({
    data: { id: sessionId(token), userId, createdAt: now, lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_ABSOLUTE_MS) },
  });
  return token;
}

/** The staff member a cookie value belongs to, or null (unknown, idle too long, past its end, or the account disabled). */
export async function staffForToken(token: string | undefined, now = new Date()): Promise<StaffIdentity | null> {
  if (!plausibleToken(token)) return null;
  const id = sessionId(token);
  const row = await db.staffSession.findUnique({
    where: { id },
    select: { lastSeenAt: true, expiresAt: true, user: { select: { id: true, email: true, displayName: true, role: true, disabledAt: true } } },
  });
  if (!row) return null;
  if (!sessionAlive(row, now) || row.user.disabledAt) {
    await db.staffSession.delete({ where: { id } }).catch(() => undefined);
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.staffSession.update({ where: { id }, data: { lastSeenAt: now } }).catch(() => undefined);
  }
  const { disabledAt: _disabled, ...user } = row.user;
  return user;
}

export async function deleteSession(token: string | undefined): Promise<void> {
  if (!plausibleToken(token)) return;
  await db.staffSession.deleteMany({ where: { id: sessionId(token) } });
}
