import type { ImageView } from "@/lib/data/views";

type Props = { image: Pick<ImageView, "url" | "alt" | "width" | "height">; priority?: boolean; className?: string };

/**
 * A self-hosted image with its intrinsic size, so the page never shifts while
 * it loads; lazy unless it is the page's largest paint.
 */
export function SizedImage({ image, priority = false, className = "h-auto w-full" }: Props) {
  return (
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
}
