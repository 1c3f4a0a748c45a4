import { describe, expect, it } from "vitest";
import { parseRange } from "./range";

describe("parseRange", () => {
  const size = 1000;
  it("no header: the whole file", () => {
    expect(parseRange(null, size)).toEqual({ kind: "full" });
  });
  it("a closed range, clamped to the file", () => {
    expect(parseRange("bytes=0-99", size)).toEqual({ kind: "partial", start: 0, end: 99 });
    expect(parseRange("bytes=900-5000", size)).toEqual({ kind: "partial", start: 900, end: 999 });
  });
  it("an open-ended range and a suffix range", () => {
    expect(parseRange("bytes=990-", size)).toEqual({ kind: "partial", start: 990, end: 999 });
    expect(parseRange("bytes=-10", size)).toEqual({ kind: "partial", start: 990, end: 999 });
    expect(parseRange("bytes=-5000", size)).toEqual({ kind: "partial", start: 0, end: 999 });
  });
  it("a range starting at or past the end cannot be satisfied", () => {
    expect(parseRange("bytes=1000-", size)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=1000-1001", size)).toEqual({ kind: "unsatisfiable" });
    expect(parseRange("bytes=-0", size)).toEqual({ kind: "unsatisfiable" });
  });
  it("what is not one valid byte range is ignored (whole file)", () => {
    for (const header of ["bytes=5-2", "bytes=0-1,5-9", "items=0-1", "bytes=abc", "bytes=-", "", "bytes=99999999999999999999-"]) {
      expect(parseRange(header, size).kind, header).not.toBe("partial");
    }
    expect(parseRange("bytes=5-2", size)).toEqual({ kind: "full" });
  });
});
