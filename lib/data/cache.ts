import "server-only";
import { unstable_cache } from "next/cache";
import { CONTENT_TAG, REVALIDATE_SECONDS } from "@/lib/cache-tags";

/**
 * Wraps a public read in Next's data cache, keyed by its arguments and tagged
 * so that writers can invalidate exactly what they touched. Only plain values
 * go in and out (dates as ISO strings): nothing request-bound, no cookies.
 */
export function cachedRead<A extends unknown[], R>(
  name: string,
  read: (...args: A) => Promise<R>,
  tagsFor: (...args: A) => string[],
): (...args: A) => Promise<R> {
  return (...args: A) =>
    unstable_cache(() => read(...args), [name, JSON.stringify(args)], {
      tags: [CONTENT_TAG, ...tagsFor(...args)],
      revalidate: REVALIDATE_SECONDS,
    })();
}
