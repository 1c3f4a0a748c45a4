import { describe, expect, it } from "vitest";
import { THROTTLE_WINDOW_MS, throttleState, worst } from "./throttle";

const now = new Date("2026-11-29T12:00:00Z");
const ago = (ms: number) => new Date(now.getTime() - ms);
const min = 60_000;

describe("sign-in throttle", () => {
  it("lets four failures through", () => {
    expect(throttleState([ago(1 * min), ago(2 * min), ago(3 * min), ago(4 * min)], now)).toEqual({ blocked: false });
  });

  it("blocks after five failures within 15 minutes, until the oldest leaves the window", () => {
    const failures = [ago(1 * min), ago(2 * min), ago(3 * min), ago(4 * min), ago(10 * min)];
    expect(throttleState(failures, now)).toEqual({ blocked: true, retryAfterSec: 5 * 60 });
  });

  it("forgets failures older than the window", () => {
    const failures = [ago(1 * min), ago(2 * min), ago(3 * min), ago(4 * min), ago(THROTTLE_WINDOW_MS + 1)];
    expect(throttleState(failures, now)).toEqual({ blocked: false });
  });

  it("with many failures waits for the fifth newest to expire", () => {
    const failures = [1, 2, 3, 4, 5, 6, 7].map((m) => ago(m * min));
    expect(throttleState(failures, now)).toEqual({ blocked: true, retryAfterSec: 10 * 60 });
  });

  it("takes the longer wait of the email and the address buckets", () => {
    expect(worst({ blocked: true, retryAfterSec: 30 }, { blocked: true, retryAfterSec: 90 })).toEqual({ blocked: true, retryAfterSec: 90 });
    expect(worst({ blocked: false }, { blocked: true, retryAfterSec: 9 })).toEqual({ blocked: true, retryAfterSec: 9 });
    expect(worst({ blocked: false }, { blocked: false })).toEqual({ blocked: false });
  });
});
