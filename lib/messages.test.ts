import { describe, expect, it } from "vitest";
import ar from "@/locales/ar.json";
import en from "@/locales/en.json";

/** Every key path of a messages object ("article.readMore", ...). */
function keys(messages: object, prefix = ""): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    value !== null && typeof value === "object" ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

describe("the two editions' messages", () => {
  it("carry the same keys, so no English page falls back to a missing message", () => {
    const arKeys = keys(ar);
    const enKeys = keys(en);
    expect(
      enKeys.filter((k) => !arKeys.includes(k)),
      "in en.json, not in ar.json",
    ).toEqual([]);
    expect(
      arKeys.filter((k) => !enKeys.includes(k)),
      "in ar.json, not in en.json",
    ).toEqual([]);
    expect(arKeys.length).toBeGreaterThan(0);
  });
});
