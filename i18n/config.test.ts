import { describe, expect, it } from "vitest";
import { localePrefix, localized, nameIn, otherLocale, toLocale } from "./config";

const section = { nameAr: "تقارير", nameEn: "Reports", descriptionAr: "وصف", descriptionEn: "About" };

describe("edition facts", () => {
  it("pick the column of the reader's edition", () => {
    expect(nameIn(section, "ar")).toBe("تقارير");
    expect(nameIn(section, "en")).toBe("Reports");
    expect(localized(section, "description", "en")).toBe("About");
  });

  it("read an edition from outside input, the Arabic edition when it names none", () => {
    expect(toLocale("en")).toBe("en");
    expect(toLocale("fr")).toBe("ar");
    expect(toLocale(null)).toBe("ar");
  });

  it("give Arabic no URL prefix and English /en, and name the other edition", () => {
    expect(localePrefix("ar")).toBe("");
    expect(localePrefix("en")).toBe("/en");
    expect(otherLocale("ar")).toBe("en");
    expect(otherLocale("en")).toBe("ar");
  });
});
