import { describe, expect, it } from "vitest";
import { deskQuery, filtered, parseDeskFilters } from "./desk-filters";

describe("the desk's filters", () => {
  it("read the status, section, author, title search and page", () => {
    const f = parseDeskFilters({ status: "scheduled", section: "تقارير", author: "malek", q: " داعش ", page: "3" });
    expect(f).toEqual({ status: "scheduled", section: "تقارير", author: "malek", q: "داعش", page: 3 });
    expect(filtered(f)).toBe(true);
    expect(deskQuery(f)).toBe(`?status=scheduled&section=${encodeURIComponent("تقارير")}&author=malek&q=${encodeURIComponent("داعش")}&page=3`);
  });

  it("ignore malformed values instead of failing", () => {
    const f = parseDeskFilters({ status: "deleted", section: "a/b", author: ["x y"], q: "x".repeat(201), page: "-2" });
    expect(f).toEqual({ status: undefined, section: undefined, author: undefined, q: undefined, page: 1 });
    expect(filtered(f)).toBe(false);
    expect(deskQuery(f)).toBe("");
    expect(parseDeskFilters({ page: "1e9" }).page).toBe(1);
    expect(parseDeskFilters({ page: ["2", "5"] }).page).toBe(2);
  });
});
