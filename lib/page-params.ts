import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/config";
import { isConsentState, type ConsentState } from "@/lib/consent";
import { decodeSlug, isValidSlug } from "@/lib/slug";

/**
 * Validates the segments every public page shares and binds the locale for
 * next-intl. Anything malformed is a 404, never a 500.
 */
export function edition(params: { locale: string; consent: string }): { locale: Locale; consent: ConsentState } {
  const { locale, consent } = params;
  if (!isLocale(locale) || !isConsentState(consent)) notFound();
  setRequestLocale(locale);
  return { locale, consent };
}

/** A slug route param in stored form, or 404. */
export function slugParam(raw: string): string {
  const slug = decodeSlug(raw);
  if (!slug || !isValidSlug(slug)) notFound();
  return slug;
}

/** A positive page/season number segment, or 404. */
export function numberParam(raw: string, { min = 1 } = {}): number {
  if (!/^[0-9]{1,6}$/.test(raw)) notFound();
  const n = Number(raw);
  if (n < min) notFound();
  return n;
}
