import { createHash, randomBytes } from "node:crypto";
import { hostCookieName, secureAttribute } from "@/lib/cookie-policy";

/** The staff session cookie: HttpOnly, SameSite=Lax, Secure in production; `__Host-` when the site is https. */
export const SESSION_COOKIE = hostCookieName("nashra_staff");
/** A session ends after this long without a request… */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** …and in any case this long after sign-in. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeenAt is only rewritten when older than this, to spare a write per request. */
export const TOUCH_AFTER_MS = 5 * 60 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The row id for a cookie value: a hash, so the table alone cannot sign anyone in. */
export function sessionId(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function sessionAlive(s: { lastSeenAt: Date; expiresAt: Date }, now: Date): boolean {
  return s.expiresAt.getTime() > now.getTime() && now.getTime() - s.lastSeenAt.getTime() < SESSION_IDLE_MS;
}

export function sessionCookie(token: string): string {
  const secure = secureAttribute();
  return `${SESSION_COOKIE}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${SESSION_ABSOLUTE_MS / 1000}${secure}`;
}

export function clearedSessionCookie(): string {
  const secure = secureAttribute();
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure}`;
}

/** Cookie values we ever issue: 43 base64url characters. Anything else is not looked up. */
export function plausibleToken(value: string | undefined): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}
