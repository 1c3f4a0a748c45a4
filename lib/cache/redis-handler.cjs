// @ts-check
/**
 * Next's cache shared by every instance of one build, in Redis (REDIS_URL),
 * through @fortedigital/nextjs-cache-handler: a page or tagged read rendered by
 * one instance is served by all, and revalidateTag on any instance removes the
 * entry for all of them.
 *
 * Redis away: every command fails at once (no offline queue) or after
 * REDIS_TIMEOUT_MS (default 500 ms), the handler treats that as a miss, and the
 * page is rendered for the request; one line is logged when Redis goes away and
 * one when it is back (the client reconnects by itself). Keys carry a prefix
 * (REDIS_KEY_PREFIX, default `nashra:<build id>:`), so two builds or two test
 * runs on one Redis never read each other's pages.
 */
const { CacheHandler } = require("@fortedigital/nextjs-cache-handler");
const createRedisHandler = require("@fortedigital/nextjs-cache-handler/redis-strings").default;
const { createClient } = require("redis");
const { isNotFoundRender } = require("./admission.cjs");

const timeoutMs = Math.max(50, Number(process.env.REDIS_TIMEOUT_MS) || 500);

/** @param {string | undefined} buildId */
function keyPrefix(buildId) {
  return process.env.REDIS_KEY_PREFIX || `nashra:${(buildId || "dev").trim()}:`;
}

/** One client per process, kept on globalThis (Next may load this module more than once). */
function sharedClient() {
  const g = /** @type {any} */ (globalThis);
  if (g.__nashraRedis) return g.__nashraRedis;
  const client = createClient({
    url: process.env.REDIS_URL,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1_000, reconnectStrategy: (/** @type {number} */ retries) => Math.min(100 * (retries + 1), 2_000) },
  });
  let down = false;
  client.on("error", (/** @type {Error} */ error) => {
    if (down) return;
    down = true;
    console.error(`cache: Redis at REDIS_URL is unreachable (${error.message || error.name}); pages are rendered per request until it is back`);
  });
  client.on("ready", () => {
    if (!down) return;
    down = false;
    console.error("cache: Redis is back; the shared cache is in use again");
  });
  // Not awaited: a request never waits for Redis to come up; until it is ready every lookup is a miss.
  client.connect().catch(() => {});
  g.__nashraRedis = client;
  return client;
}

CacheHandler.onCreation(({ buildId }) => {
  const redis = createRedisHandler({ client: sharedClient(), keyPrefix: keyPrefix(buildId), timeoutMs });
  return {
    handlers: [
      {
        ...redis,
        name: "nashra-redis",
        /** @type {typeof redis.set} */
        async set(key, value, ctx) {
          if (isNotFoundRender(value?.value)) return;
          return redis.set(key, value, ctx);
        },
      },
    ],
  };
});

module.exports = { NashraRedisCache: CacheHandler, keyPrefix, sharedClient };
