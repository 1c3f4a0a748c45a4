import { describe, expect, it, vi } from "vitest";
import { newSessionToken, plausibleToken, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, sessionAlive, sessionCookie, sessionId } from "./session-rules";

const now = new Date("2026-11-29T12:00:00Z");
const at = (ms: number) => new Date(now.getTime() + ms);

describe("staff sessions", () => {
  it("stay alive while used, end after the idle limit, and end at their absolute end regardless", () => {
    expect(sessionAlive({ lastSeenAt: at(-60_000), expiresAt: at(SESSION_ABSOLUTE_MS) }, now)).toBe(true);
    expect(sessionAlive({ lastSeenAt: at(-SESSION_IDLE_MS), expiresAt: at(SESSION_ABSOLUTE_MS) }, now)).toBe(false);
    expect(sessionAlive({ lastSeenAt: now, expiresAt: now }, now)).toBe(false);
  });

  it("store only a hash of the cookie value", () => {
    const token = newSessionToken();
    expect(plausibleToken(token)).toBe(true);
    expect(sessionId(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(sessionId(token)).not.toContain(token);
    expect(newSessionToken()).not.toBe(token);
  });

  it("refuse to look up values we never issue", () => {
    for (const bad of [undefined, "", "short", "x".repeat(44), `${"a".repeat(42)}!`]) expect(plausibleToken(bad)).toBe(false);
  });

  it("set an HttpOnly, SameSite=Lax cookie for the whole site", () => {
    expect(sessionCookie("abc")).toMatch(/^nashra_staff=abc; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200/);
  });
});

describe("cookies when the site is served over https", () => {
  it("use the __Host- prefix with Secure, Path=/ and no Domain, for the session and the consent choice", async () => {
    vi.stubEnv("SITE_URL", "https://nashra.example");
    vi.resetModules();
    const rules = await import("./session-rules");
    const consent = await import("@/lib/consent");
    expect(rules.SESSION_COOKIE).toBe("__Host-nashra_staff");
    expect(rules.sessionCookie("abc")).toMatch(/^__Host-nashra_staff=abc; Path=\/; HttpOnly; SameSite=Lax; Max-Age=43200; Secure$/);
    expect(rules.clearedSessionCookie()).toMatch(/^__Host-nashra_staff=; Path=\/;.*; Secure$/);
    expect(consent.CONSENT_COOKIE).toBe("__Host-nashra_consent");
    vi.unstubAllEnvs();
    vi.resetModules();
  });
});
