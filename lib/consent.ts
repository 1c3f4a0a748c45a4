import { hostCookieName } from "@/lib/cookie-policy";

/**
 * The reader's cookie choice: one first-party cookie holding the choice, the
 * version of the notice it answered and when it was made. Shared by the proxy
 * (which maps it onto a cached page variant) and the consent route.
 * `__Host-nashra_consent` when the site is https (lib/cookie-policy.ts).
 */
export const CONSENT_COOKIE = hostCookieName("nashra_consent");
/** Bump when the notice changes meaning; older answers are asked again. */
export const CONSENT_VERSION = 1;
/** About six months. */
export const CONSENT_MAX_AGE = 60 * 60 * 24 * 182;

export type ConsentChoice = "granted" | "denied";
/** A reader's state: "unset" until they choose (lib/page-variant.ts maps it onto a page variant). */
export type ConsentState = ConsentChoice | "unset";

export function isConsentChoice(value: unknown): value is ConsentChoice {
  return value === "granted" || value === "denied";
}

/** Cookie value: `v1.granted.1764374400` (version, choice, unix seconds). */
export function encodeConsent(choice: ConsentChoice, at: Date): string {
  return `v${CONSENT_VERSION}.${choice}.${Math.floor(at.getTime() / 1000)}`;
}

/** Reads a cookie value; anything malformed or from another version counts as no answer. */
export function decodeConsent(value: string | undefined | null): ConsentState {
  if (!value) return "unset";
  const m = /^v(\d+)\.(granted|denied)\.(\d{1,12})$/.exec(value);
  if (!m || Number(m[1]) !== CONSENT_VERSION) return "unset";
  return m[2] as ConsentChoice;
}
