import { describe, expect, it } from "vitest";
import { dateToNewsroomLocal, newsroomLocalToDate } from "./time";

describe("newsroom wall clock", () => {
  it("reads a schedule field as Damascus time (UTC+3)", () => {
    expect(newsroomLocalToDate("2030-01-31T09:30")?.toISOString()).toBe("2030-01-31T06:30:00.000Z");
    expect(dateToNewsroomLocal(new Date("2030-01-31T06:30:00Z"))).toBe("2030-01-31T09:30");
  });
  it("rejects malformed values", () => {
    expect(newsroomLocalToDate("tomorrow")).toBeNull();
    expect(newsroomLocalToDate("2030-01-31 09:30")).toBeNull();
  });
});
