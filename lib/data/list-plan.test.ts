import { describe, expect, it } from "vitest";
import { chunkIdRange, chunkOfId, LINK_READ_MAX, listPath, pageWindow } from "./list-plan";

describe("sitemap chunks as id ranges", () => {
  it("cuts ids into adjacent ranges with no gap and no overlap", () => {
    expect(chunkIdRange(1, 1000)).toEqual({ after: 0, upTo: 1000 });
    expect(chunkIdRange(2, 1000)).toEqual({ after: 1000, upTo: 2000 });
    for (let n = 1; n < 5; n++) expect(chunkIdRange(n + 1, 7).after).toBe(chunkIdRange(n, 7).upTo);
  });

  it("puts an id on a boundary in exactly one chunk, the one chunkOfId names", () => {
    for (const id of [1, 999, 1000, 1001, 2000, 2001]) {
      const inside = [1, 2, 3].filter((n) => {
        const r = chunkIdRange(n, 1000);
        return id > r.after && id <= r.upTo;
      });
      expect(inside, `id ${id}`).toEqual([chunkOfId(id, 1000)]);
    }
    expect(chunkOfId(1000, 1000)).toBe(1);
    expect(chunkOfId(1001, 1000)).toBe(2);
  });

  it("refuses chunk 0 and non-integers", () => {
    expect(() => chunkIdRange(0)).toThrow(RangeError);
    expect(() => chunkIdRange(1.5)).toThrow(RangeError);
  });
});

describe("how a page of an author's or tag's list is read", () => {
  it("reads a small list from its links, a large one by walking the edition", () => {
    expect(listPath(LINK_READ_MAX, 0)).toBe("links");
    expect(listPath(LINK_READ_MAX + 1, 0)).toBe("walk");
    expect(listPath(LINK_READ_MAX + 1, LINK_READ_MAX + 1)).toBe("links");
  });

  it("gives page n the rows after the first n-1 pages", () => {
    expect(pageWindow(1, 20)).toEqual({ offset: 0, limit: 20 });
    expect(pageWindow(500, 20)).toEqual({ offset: 9980, limit: 20 });
  });
});
