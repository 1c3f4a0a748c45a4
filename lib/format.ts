import { createFormatter } from "next-intl";
import { editions, timeZone, type Locale } from "@/i18n/config";

/**
 * Dates and numbers through next-intl, in the edition's date locale
 * (ar-SY-u-nu-latn: Levantine month names, Latin digits) and the newsroom's
 * time zone, so server, feeds and tests print the same thing.
 */
export function editionFormatter(locale: Locale) {
  return createFormatter({ locale: editions[locale].dateLocale, timeZone });
}

/** «1 كانون الثاني 2021» / "1 January 2021". */
export function formatLongDate(locale: Locale, iso: string | Date): string {
  return editionFormatter(locale).dateTime(new Date(iso), { day: "numeric", month: "long", year: "numeric" });
}

/** Date and time, for "updated" stamps and schedules. */
export function formatDateTime(locale: Locale, iso: string | Date): string {
  return editionFormatter(locale).dateTime(new Date(iso), {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
  });
}

export function formatNumber(locale: Locale, n: number): string {
  return editionFormatter(locale).number(n);
}

/** Whole minutes of a duration, rounded, for plural messages. */
export function durationMinutes(seconds: number): number {
  return Math.round(seconds / 60);
}

/** m:ss or h:mm:ss, with Latin digits in both editions. */
export function clockDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${sec}` : `${m}:${sec}`;
}
