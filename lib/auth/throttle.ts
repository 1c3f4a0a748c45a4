/**
 * The sign-in throttle rule, pure so it can be tested with a fixed clock:
 * LIMIT failures for one email or one address within WINDOW_MS block every
 * further try (right or wrong) until the oldest failure leaves the window.
 */
export const THROTTLE_LIMIT = 5;
export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;

export type ThrottleState = { blocked: false } | { blocked: true; retryAfterSec: number };

export function throttleState(failures: Date[], now: Date, limit = THROTTLE_LIMIT, windowMs = THROTTLE_WINDOW_MS): ThrottleState {
  const since = now.getTime() - windowMs;
  const inWindow = failures
    .map((d) => d.getTime())
    .filter((t) => t > since && t <= now.getTime())
    .sort((a, b) => b - a);
  if (inWindow.length < limit) return { blocked: false };
  // Unblocked once fewer than `limit` failures remain: when the limit-th newest one expires.
  const releaseAt = inWindow[limit - 1] + windowMs;
  return { blocked: true, retryAfterSec: Math.max(1, Math.ceil((releaseAt - now.getTime()) / 1000)) };
}

/** The stricter of two states (email bucket, address bucket). */
export function worst(a: ThrottleState, b: ThrottleState): ThrottleState {
  if (!a.blocked) return b;
  if (!b.blocked) return a;
  return a.retryAfterSec >= b.retryAfterSec ? a : b;
}
