import { describe, expect, it } from "vitest";
import { CONSENT_MAX_AGE, CONSENT_VERSION, decodeConsent, encodeConsent, isConsentChoice } from "./consent";

const at = new Date("2026-11-29T10:00:00Z");

describe("consent cookie value", () => {
  it("holds the version, the choice and the time of the choice", () => {
    expect(encodeConsent("granted", at)).toBe(`v${CONSENT_VERSION}.granted.${at.getTime() / 1000}`);
    expect(encodeConsent("denied", at)).toBe(`v${CONSENT_VERSION}.denied.${at.getTime() / 1000}`);
  });

  it("reads back what it wrote", () => {
    expect(decodeConsent(encodeConsent("granted", at))).toBe("granted");
    expect(decodeConsent(encodeConsent("denied", at))).toBe("denied");
  });

  it("treats an answer to another version of the notice as no answer", () => {
    expect(decodeConsent(`v${CONSENT_VERSION + 1}.granted.1764410400`)).toBe("unset");
    expect(decodeConsent(`v0.granted.1764410400`)).toBe("unset");
  });

  it.each([
    undefined,
    null,
    "",
    "granted",
    "v1.granted",
    "v1.maybe.1764410400",
    "v1.granted.abc",
    "v1.granted.1764410400.extra",
    "x1.granted.1",
    " v1.granted.1",
    "v1.GRANTED.1",
    "v1.granted.1234567890123",
  ])("treats %j as no answer", (value) => {
    expect(decodeConsent(value)).toBe("unset");
  });

  it("lasts about six months", () => {
    const days = CONSENT_MAX_AGE / 86_400;
    expect(days).toBeGreaterThanOrEqual(180);
    expect(days).toBeLessThanOrEqual(186);
  });
});

describe("consent guards", () => {
  it("knows the three page variants and the two choices", () => {
    expect(isConsentChoice("granted") && isConsentChoice("denied")).toBe(true);
    expect(isConsentChoice("unset")).toBe(false);
  });
});
