// @ts-check
/**
 * The content generation: a number that moves whenever anything in Next's cache is
 * invalidated (every writer ends in revalidateTag: lib/content/invalidate.ts,
 * /api/revalidate). scripts/page-cache.mjs keeps whole responses in memory only
 * while the generation they were rendered under is still the current one.
 *
 * Two parts: this process's own count (kept on globalThis: the cache handler and
 * scripts/serve.mjs may load this file through different module graphs), and, with
 * REDIS_URL, a counter in Redis that every instance's invalidations increment, so
 * a publish on one instance ends every instance's in-memory copies.
 */
const GENERATION_KEY = "__content_generation__";

const g = /** @type {{ __nashraGeneration?: number }} */ (globalThis);

/** This process's invalidations so far. */
function localGeneration() {
  return g.__nashraGeneration ?? 0;
}

/** Called by the cache handlers after they invalidated tags. */
function bumpLocalGeneration() {
  g.__nashraGeneration = localGeneration() + 1;
}

module.exports = { GENERATION_KEY, localGeneration, bumpLocalGeneration };
