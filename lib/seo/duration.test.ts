import { describe, expect, it } from "vitest";
import { isoDuration, rfc2822 } from "./duration";

describe("isoDuration", () => {
  it.each([
    [0, "PT0S"],
    [12, "PT12S"],
    [60, "PT1M"],
    [754, "PT12M34S"],
    [3600, "PT1H"],
    [3723, "PT1H2M3S"],
    [7260, "PT2H1M"],
    [12.6, "PT13S"],
  ])("%s seconds is %s", (seconds, expected) => {
    expect(isoDuration(seconds)).toBe(expected);
  });
});

describe("rfc2822", () => {
  it("formats an instant as an RFC 2822 date in GMT", () => {
    expect(rfc2822("2021-01-01T10:00:00+02:00")).toBe("Fri, 01 Jan 2021 08:00:00 GMT");
    expect(rfc2822("2021-01-01T10:00:00+02:00")).toMatch(
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} GMT$/,
    );
  });

  it("refuses a value that is not a date", () => {
    expect(() => rfc2822("yesterday")).toThrow(RangeError);
  });
});
