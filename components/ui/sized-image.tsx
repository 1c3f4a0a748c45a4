import { preload } from "react-dom";
import type { ImageView } from "@/lib/data/views";
import { responsiveSources } from "@/lib/media/image-variants";

type Props = {
  image: Pick<ImageView, "url" | "alt" | "width" | "height">;
  priority?: boolean;
  className?: string;
  /** How wide the image is drawn, for the browser to pick a file from the srcsets. */
  sizes?: string;
};

/** Full width on phones, the reading column (max-w-4xl) beyond. */
export const COLUMN_SIZES = "(min-width: 56rem) 56rem, 100vw";
/** A tile in a grid of two to four. */
export const TILE_SIZES = "(min-width: 64rem) 22rem, (min-width: 40rem) 50vw, 100vw";

/**
 * A self-hosted image with its intrinsic size, so the page never shifts while
 * it loads; lazy unless it is the page's largest paint. An uploaded image
 * (lib/media/image-variants) comes as `<picture>`: AVIF, then WebP, at every
 * stored width, the JPEG/PNG fallback in `<img>`; others as the `<img>` alone.
 * The page's largest image (`priority`) is fetched first and preloaded once:
 * React preloads an eager `<img>` by itself, but not one inside `<picture>`,
 * so that one gets a preload of its AVIF set (browsers without AVIF skip it).
 */
export function SizedImage({ image, priority = false, className = "h-auto w-full", sizes = COLUMN_SIZES }: Props) {
  const img = (
    // eslint-disable-next-line @next/next/no-img-element -- images are pre-sized; no optimiser runs offline
    <img
      src={image.url}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : "auto"}
      decoding="async"
      className={className}
    />
  );
  const sources = responsiveSources(image.url);
  if (!sources) return img;
  if (priority) preload(image.url, { as: "image", type: "image/avif", imageSrcSet: sources.avifSrcSet, imageSizes: sizes, fetchPriority: "high" });
  return (
    <picture>
      <source type="image/avif" srcSet={sources.avifSrcSet} sizes={sizes} />
      <source type="image/webp" srcSet={sources.webpSrcSet} sizes={sizes} />
      {img}
    </picture>
  );
}
