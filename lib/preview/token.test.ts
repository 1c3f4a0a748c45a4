import { describe, expect, it } from "vitest";
import { signPreviewToken, verifyPreviewToken } from "./token";

const secret = "test-secret-test-secret-test-secret-123";
const now = new Date("2026-11-29T12:00:00Z");
const exp = Math.floor(now.getTime() / 1000) + 3600;
const payload = { id: "abcdefghijklmnop1234", type: "article" as const, item: 42, exp };

describe("preview tokens", () => {
  it("verifies a token it signed, bound to its item", () => {
    const token = signPreviewToken(payload, secret);
    expect(verifyPreviewToken(token, secret, now)).toEqual({ ok: true, payload: { v: 1, ...payload } });
  });

  it("rejects a token once its expiry has passed", () => {
    const token = signPreviewToken(payload, secret);
    expect(verifyPreviewToken(token, secret, new Date(exp * 1000))).toEqual({ ok: false, reason: "expired" });
    expect(verifyPreviewToken(token, secret, new Date(exp * 1000 - 1000)).ok).toBe(true);
  });

  it("rejects a payload changed to point at another item", () => {
    const token = signPreviewToken(payload, secret);
    const [, signature] = token.split(".");
    const forged = Buffer.from(JSON.stringify({ v: 1, ...payload, item: 43 })).toString("base64url");
    expect(verifyPreviewToken(`${forged}.${signature}`, secret, now)).toEqual({ ok: false, reason: "signature" });
  });

  it("rejects a flipped signature character and a token signed with another secret", () => {
    const token = signPreviewToken(payload, secret);
    const last = token.at(-1) === "A" ? "B" : "A";
    expect(verifyPreviewToken(token.slice(0, -1) + last, secret, now).ok).toBe(false);
    expect(verifyPreviewToken(signPreviewToken(payload, `${secret}-other`), secret, now)).toEqual({ ok: false, reason: "signature" });
  });

  it("rejects garbage without throwing", () => {
    for (const bad of ["", "abc", "a.b", "x".repeat(2000), `${"a".repeat(10)}.${"b".repeat(43)}`, "../../etc/passwd"]) {
      expect(verifyPreviewToken(bad, secret, now).ok).toBe(false);
    }
  });
});
