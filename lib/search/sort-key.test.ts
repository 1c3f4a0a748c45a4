import { describe, expect, it } from "vitest";
import { articleIdOfKey, ID_SPAN, keyCeiling, sortKeyOf } from "./sort-key";

const at = (iso: string) => new Date(iso);

describe("the search sort key", () => {
  it("puts a later publication second above an earlier one, whatever the ids", () => {
    const older = sortKeyOf(at("2026-01-01T10:00:00Z"), ID_SPAN - 1);
    const newer = sortKeyOf(at("2026-01-01T10:00:01Z"), 1);
    expect(newer > older).toBe(true);
  });

  it("orders articles of the same second by id, higher first, and ignores milliseconds", () => {
    const a = sortKeyOf(at("2026-01-01T10:00:00.900Z"), 7);
    const b = sortKeyOf(at("2026-01-01T10:00:00.100Z"), 8);
    expect(b > a).toBe(true);
    expect(b - a).toBe(1n);
  });

  it("gives back the article id, also for the largest id and for articles far in the future", () => {
    for (const [when, id] of [
      [at("2099-12-31T23:59:59Z"), ID_SPAN - 1],
      [at("2021-01-01T00:00:00Z"), 1],
      [null, 42],
    ] as const) {
      expect(articleIdOfKey(sortKeyOf(when, id))).toBe(id);
    }
    expect(sortKeyOf(at("2099-12-31T23:59:59Z"), ID_SPAN - 1) < 2n ** 63n).toBe(true);
  });

  it("counts an unpublished article (and anything before 1970) as second 0", () => {
    expect(sortKeyOf(null, 5)).toBe(5n);
    expect(sortKeyOf(at("1960-01-01T00:00:00Z"), 5)).toBe(5n);
    expect(sortKeyOf(at("1970-01-01T00:00:01Z"), 5)).toBe(BigInt(ID_SPAN) + 5n);
  });

  it("refuses an id the key cannot hold", () => {
    expect(() => sortKeyOf(null, ID_SPAN)).toThrow(RangeError);
    expect(() => sortKeyOf(null, -1)).toThrow(RangeError);
    expect(() => sortKeyOf(null, 1.5)).toThrow(RangeError);
  });

  it("has a ceiling above everything published up to now and below anything published a second later", () => {
    const now = at("2026-06-01T12:00:00.500Z");
    expect(sortKeyOf(now, ID_SPAN - 1) < keyCeiling(now)).toBe(true);
    expect(sortKeyOf(at("2026-06-01T12:00:01Z"), 0) >= keyCeiling(now)).toBe(true);
  });
});
