import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from "./db-schemas.mjs";

describe("one schema source for both engines", () => {
  it("the committed PostgreSQL schema is exactly the one derived from prisma/schema.prisma", () => {
    expect(readFileSync(POSTGRES_SCHEMA, "utf8")).toBe(derivePostgresSchema(readFileSync(SQLITE_SCHEMA, "utf8")));
  });

  it("changes only the provider, the URL and the client's folder", () => {
    const source = readFileSync(SQLITE_SCHEMA, "utf8");
    const derived = derivePostgresSchema(source).split("\n").slice(1);
    const changed = source.split("\n").filter((line, i) => line !== derived[i]);
    expect(changed.map((l) => l.trim().split(/\s*=/)[0])).toEqual(["output", "provider", "url"]);
  });

  it("refuses a source it no longer understands instead of writing a wrong schema", () => {
    expect(() => derivePostgresSchema('datasource db {\n  provider = "mysql"\n}')).toThrow(/no longer matches/);
  });
});
