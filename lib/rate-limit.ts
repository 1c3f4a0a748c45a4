/**
 * A small fixed-window counter in this process's memory: per instance, so
 * with N instances a client gets up to N times the limit, and a restart
 * forgets. Enough to keep one client from hammering a cheap endpoint; not a
 * security boundary. The map is bounded: at MAX_KEYS it is emptied.
 */
const MAX_KEYS = 10_000;

export class RateLimiter {
  private windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
  ) {}

  /** true when `key` may go ahead now (and counts it). */
  allow(key: string, now = Date.now()): boolean {
    let w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (!w && this.windows.size >= MAX_KEYS) this.windows.clear();
      w = { start: now, count: 0 };
      this.windows.set(key, w);
    }
    if (w.count >= this.limit) return false;
    w.count++;
    return true;
  }
}
