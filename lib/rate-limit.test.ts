import { describe, expect, it } from "vitest";
import { RateLimiter } from "./rate-limit";

describe("in-memory rate limit", () => {
  it("lets `limit` requests per client through in a window, then refuses until the next window", () => {
    const limiter = new RateLimiter(3, 60_000);
    expect([1, 2, 3, 4].map(() => limiter.allow("a", 1_000))).toEqual([true, true, true, false]);
    expect(limiter.allow("b", 1_000)).toBe(true);
    expect(limiter.allow("a", 60_999)).toBe(false);
    expect(limiter.allow("a", 61_000)).toBe(true);
  });
});
