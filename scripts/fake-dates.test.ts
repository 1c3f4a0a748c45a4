import { describe, expect, it } from "vitest";
import { DEFAULT_PER_DAY, publicationTime } from "./fake-dates";

const now = Date.UTC(2030, 0, 1);
const DAY = 86_400_000;
let seed = 7;
const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;

const times = (total: number, perDay = DEFAULT_PER_DAY) => Array.from({ length: total }, (_, k) => publicationTime(k, total, perDay, now, random).getTime());

describe("db:fake publication times", () => {
  it("publishes the same number of stories in the last days at 1,000 and at 100,000 articles", () => {
    const lastTwoDays = (ts: number[]) => ts.filter((t) => t > now - 2 * DAY).length;
    expect(lastTwoDays(times(1_000))).toBe(80);
    expect(lastTwoDays(times(100_000))).toBe(80);
    expect(lastTwoDays(times(1_000, 10))).toBe(20);
  });

  it("reaches back total / perDay days, never into the future, oldest first", () => {
    const ts = times(1_000);
    expect(Math.min(...ts)).toBeGreaterThanOrEqual(now - 25 * DAY);
    expect(Math.min(...ts)).toBeLessThan(now - 24.9 * DAY);
    expect(Math.max(...ts)).toBeLessThan(now);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
  });

  it("refuses a rate that is not positive", () => {
    expect(() => publicationTime(0, 10, 0, now, random)).toThrow(RangeError);
  });
});
