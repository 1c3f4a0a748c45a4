// @ts-check
/**
 * Next's cache handler (next.config.js `cacheHandler`), chosen when the server
 * starts: with REDIS_URL, every instance of the build shares one cache in Redis
 * (lib/cache/redis-handler.cjs); without it, each keeps its own on disk, as a
 * single `npm start` always did. `next build` always writes to disk (the build
 * needs no Redis; `npm run serve` copies the prerendered pages into Redis).
 * Both refuse the same things (lib/cache/admission.cjs).
 */
const shared = Boolean(process.env.REDIS_URL) && process.env.NEXT_PHASE !== "phase-production-build";

module.exports = shared ? require("./lib/cache/redis-handler.cjs").NashraRedisCache : require("./lib/cache/file-handler.cjs");
