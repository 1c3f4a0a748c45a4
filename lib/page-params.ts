import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale, type Locale } from "@/i18n/config";
import { choiceBlindVariants, type PageVariant } from "@/lib/page-variant";
import { decodeSlug, isValidSlug } from "@/lib/slug";

/**
 * Validates the segments every public page shares and binds the locale for
 * next-intl. Anything malformed is a 404, never a 500. A page names the variants
 * it is built in (lib/page-variant.ts); any other is a 404, so no page is cached twice.
 */
export function edition<V extends PageVariant = PageVariant>(
  params: { locale: string; variant: string },
  accepts: readonly V[] = choiceBlindVariants as readonly V[],
): { locale: Locale; variant: V } {
  const { locale, variant } = params;
  if (!isLocale(locale) || !(accepts as readonly string[]).includes(variant)) notFound();
  setRequestLocale(locale);
  return { locale, variant: variant as V };
}

/** The same for pages outside the variants (app/[locale]/(plain)). */
export function plainEdition(params: { locale: string }): { locale: Locale } {
  if (!isLocale(params.locale)) notFound();
  setRequestLocale(params.locale);
  return { locale: params.locale };
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
