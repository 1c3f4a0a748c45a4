import { describe, expect, it } from "vitest";
import { isPublic, isWithdrawn, publicWhere, PUBLIC_STATUSES, type Visible } from "./visibility";

const now = new Date("2026-11-29T12:00:00Z");
const past = new Date("2021-01-01T00:00:00+02:00");
const future = new Date("2099-01-01T09:00:00+02:00");

describe("isPublic", () => {
  it.each<[string, Visible, boolean]>([
    ["published in the past", { status: "PUBLISHED", publishedAt: past }, true],
    ["published exactly now", { status: "PUBLISHED", publishedAt: now }, true],
    ["published with a future date", { status: "PUBLISHED", publishedAt: future }, false],
    ["scheduled, its time has come", { status: "SCHEDULED", publishedAt: past }, true],
    ["scheduled for later", { status: "SCHEDULED", publishedAt: future }, false],
    ["scheduled a millisecond from now", { status: "SCHEDULED", publishedAt: new Date(now.getTime() + 1) }, false],
    ["a draft with a past date", { status: "DRAFT", publishedAt: past }, false],
    ["a draft without a date", { status: "DRAFT", publishedAt: null }, false],
    ["published without a date", { status: "PUBLISHED", publishedAt: null }, false],
    ["withdrawn after publication", { status: "PUBLISHED", publishedAt: past, withdrawnAt: now }, false],
  ])("%s → %s", (_name, item, expected) => {
    expect(isPublic(item, now)).toBe(expected);
  });
});

describe("isWithdrawn", () => {
  it("is true only for an item with a withdrawal date", () => {
    expect(isWithdrawn({ status: "PUBLISHED", publishedAt: past, withdrawnAt: now })).toBe(true);
    expect(isWithdrawn({ status: "PUBLISHED", publishedAt: past, withdrawnAt: null })).toBe(false);
    expect(isWithdrawn({ status: "PUBLISHED", publishedAt: past })).toBe(false);
  });
});

describe("publicWhere", () => {
  it("selects published or scheduled rows dated up to now and not withdrawn", () => {
    expect(publicWhere(now)).toEqual({
      status: { in: ["PUBLISHED", "SCHEDULED"] },
      publishedAt: { lte: now },
      withdrawnAt: null,
    });
  });

  it("agrees with isPublic on every combination", () => {
    const where = publicWhere(now);
    const matches = (item: Visible) =>
      where.status.in.includes(item.status) &&
      item.publishedAt !== null &&
      item.publishedAt <= where.publishedAt.lte &&
      (item.withdrawnAt ?? null) === where.withdrawnAt;
    for (const status of ["DRAFT", "SCHEDULED", "PUBLISHED"] as const) {
      for (const publishedAt of [null, past, now, future]) {
        for (const withdrawnAt of [null, now]) {
          const item = { status, publishedAt, withdrawnAt };
          expect(matches(item), JSON.stringify(item)).toBe(isPublic(item, now));
        }
      }
    }
    expect(PUBLIC_STATUSES).not.toContain("DRAFT");
  });
});
