/**
 * Language as configuration: everything that differs by edition lives here.
 * Shared by the proxy, the layout, formatters and feeds.
 */
export const locales = ["ar", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "ar";

export type Edition = {
  dir: "rtl" | "ltr";
  /** BCP 47 tag for dates and numbers: Levantine months with Latin digits for Arabic. */
  dateLocale: string;
  /** OpenGraph locale. */
  ogLocale: string;
};

export const editions: Record<Locale, Edition> = {
  ar: { dir: "rtl", dateLocale: "ar-SY-u-nu-latn", ogLocale: "ar_AR" },
  en: { dir: "ltr", dateLocale: "en-GB", ogLocale: "en_US" },
};

/** The newsroom's time zone: dates are printed as Damascus sees them. */
export const timeZone = "Asia/Damascus";

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** Text direction for a language tag ("ar", "ar-SY", "en"). */
export function directionOf(lang: string): "rtl" | "ltr" {
  return /^(ar|fa|he|ur|ckb|ku)(-|$)/i.test(lang) ? "rtl" : "ltr";
}
