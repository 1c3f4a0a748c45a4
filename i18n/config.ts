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

/** The other edition (for "the same story in English/Arabic" and cross-edition cache tags). */
export function otherLocale(locale: Locale): Locale {
  return locale === "ar" ? "en" : "ar";
}

/** A value that may name an edition ("en" from a form or a URL): that edition, else the default one. */
export function toLocale(value: unknown): Locale {
  return isLocale(value) ? value : defaultLocale;
}

/** URL prefix of an edition: none for the default (Arabic at /), "/en" for English. */
export function localePrefix(locale: Locale): string {
  return locale === defaultLocale ? "" : `/${locale}`;
}

/** Columns stored once per edition (`nameAr` / `nameEn`, `descriptionAr` / `descriptionEn`): the one for `locale`. */
export function localized<K extends string, R extends Record<`${K}Ar` | `${K}En`, unknown>>(row: R, field: K, locale: Locale): R[`${K}Ar` | `${K}En`] {
  const suffix = ({ ar: "Ar", en: "En" } as const)[locale];
  return row[`${field}${suffix}`];
}

/** The edition's name of a section (or anything with `nameAr` / `nameEn`). */
export function nameIn<T>(row: { nameAr: T; nameEn: T }, locale: Locale): T {
  return localized(row, "name", locale);
}
