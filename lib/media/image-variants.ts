/**
 * The names of an uploaded image's files, derived from its fallback URL alone,
 * so pages render `<picture>` without reading anything but the item's own
 * fields. Every file of image <key> lives in `<media dir>/images/<key>/`:
 *   original.<ext>     the source re-encoded, metadata stripped
 *   <w>.avif, <w>.webp one per width in variantWidths(fallback width)
 *   <W>.jpg | <W>.png  the fallback, W = its width; items store this URL
 *   og.jpg             the 1200×630 crop (heroes only)
 * Images without this shape (the seed's, external URLs) have no variants.
 */

export const IMAGE_WIDTHS = [480, 800, 1200, 1600] as const;
export const LARGEST_VARIANT = 1600;
export const OG_IMAGE = { width: 1200, height: 630 } as const;
export const IMAGES_FOLDER = "images";

const FALLBACK_URL = /^\/media\/images\/([a-f0-9]{32})\/([1-9]\d{0,3})\.(jpg|png)$/;
const ANY_FILE_URL = /^\/media\/images\/([a-f0-9]{32})\/[a-z0-9.]+$/;

/** The widths of the AVIF and WebP files of an image whose fallback is `fallbackWidth` wide (never wider than the source). */
export function variantWidths(fallbackWidth: number): number[] {
  const top = Math.min(fallbackWidth, LARGEST_VARIANT);
  return [...IMAGE_WIDTHS.filter((w) => w < top), top];
}

/** The key of a pipeline image from any of its file URLs, or null for anything else. */
export function imageKeyOf(url: string): string | null {
  return ANY_FILE_URL.exec(url)?.[1] ?? null;
}

export const imageFolderUrl = (key: string) => `/media/${IMAGES_FOLDER}/${key}/`;

export type ResponsiveImage = {
  avifSrcSet: string;
  webpSrcSet: string;
  /** The 1200×630 crop, when the image was uploaded as a hero. */
  og: string;
};

/** The `srcset`s of a pipeline image from its fallback URL, or null (seed and external images render as before). */
export function responsiveSources(url: string): ResponsiveImage | null {
  const match = FALLBACK_URL.exec(url);
  if (!match) return null;
  const [, key, width] = match;
  const base = imageFolderUrl(key);
  const set = (ext: string) =>
    variantWidths(Number(width))
      .map((w) => `${base}${w}.${ext} ${w}w`)
      .join(", ");
  return { avifSrcSet: set("avif"), webpSrcSet: set("webp"), og: `${base}og.jpg` };
}
