import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable, noteDatabaseResult } from "./db-health";

describe("a database that went away is told apart from a failing query", () => {
  it("recognises the driver's connection failures, however deeply wrapped", () => {
    expect(
      isDatabaseUnavailable({
        name: "DriverAdapterError",
        cause: { originalCode: "55000", originalMessage: 'database "x" is not currently accepting connections' },
      }),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error("connect ECONNREFUSED 127.0.0.1:5432"))).toBe(true);
    expect(isDatabaseUnavailable(new Error("timeout exceeded when trying to connect"))).toBe(true);
    expect(isDatabaseUnavailable({ code: "57P01", message: "terminating connection due to administrator command" })).toBe(true);
    expect(isDatabaseUnavailable({ cause: { cause: { code: "08006" } } })).toBe(true);
  });

  it("leaves ordinary query errors alone", () => {
    expect(isDatabaseUnavailable({ code: "23505", message: "duplicate key value violates unique constraint" })).toBe(false);
    expect(isDatabaseUnavailable(new Error("Record to update not found."))).toBe(false);
    expect(isDatabaseUnavailable(null)).toBe(false);
  });

  it("marks the moment it went away, and clears it on the next good answer", () => {
    const holder: Record<string, number> = {};
    noteDatabaseResult(new Error("ECONNREFUSED"), holder);
    expect(holder.__nashraDatabaseDownAt).toBeTypeOf("number");
    noteDatabaseResult({ code: "23505" }, holder);
    expect(holder.__nashraDatabaseDownAt).toBeTypeOf("number");
    noteDatabaseResult(null, holder);
    expect(holder.__nashraDatabaseDownAt).toBeUndefined();
  });
});
