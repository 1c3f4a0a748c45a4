/**
 * Slugs may be Arabic. A slug is stored NFC-normalised and unencoded; URLs
 * carry it percent-encoded (lib/paths). Incoming route params may arrive
 * either way, so they go through `decodeSlug` first.
 */
const MAX_SLUG = 200;

/** Route param → stored form; null when the encoding is malformed. */
export function decodeSlug(raw: string): string | null {
  let value = raw;
  if (/%[0-9a-f]{2}/i.test(value)) {
    try {
      value = decodeURIComponent(value);
    } catch {
      return null;
    }
  }
  return value.normalize("NFC");
}

/** Letters (any script), digits and single hyphens; no leading/trailing hyphen. */
export const SLUG_PATTERN = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;

export function isValidSlug(slug: string): boolean {
  return slug.length > 0 && slug.length <= MAX_SLUG && SLUG_PATTERN.test(slug);
}

/**
 * Suggests a slug from a title: Arabic letters kept, Latin lower-cased,
 * diacritics (tashkeel), tatweel and punctuation dropped, spaces → hyphens.
 */
export function slugify(title: string): string {
  return title
    .normalize("NFKD")
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, "") // tashkeel, superscript alef, tatweel
    .replace(/\p{M}/gu, "") // Latin combining accents
    .normalize("NFC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/g, "");
}
