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
const { GENERATION_KEY, bumpLocalGeneration } = require("./generation.cjs");

const timeoutMs = Math.max(50, Number(process.env.REDIS_TIMEOUT_MS) || 500);

/** @param {string | undefined} buildId */
function keyPrefix(buildId) {
  return process.env.REDIS_KEY_PREFIX || `nashra:${(buildId || "dev").trim()}:`;
}

/** One line when Redis goes away (refused, dropped or silent), one when it answers again. */
const health = { down: false, silentUntil: 0 };
/** @param {Error} error */
function noteDown(error) {
  if (health.down) return;
  health.down = true;
  console.error(`cache: Redis at REDIS_URL is unreachable (${error.message || error.name}); pages are rendered per request until it is back`);
}
function noteUp() {
  if (!health.down) return;
  health.down = false;
  console.error("cache: Redis is back; the shared cache is in use again");
}

/** One client per process, kept on globalThis (Next may load this module more than once). */
function sharedClient() {
  const g = /** @type {any} */ (globalThis);
  if (g.__nashraRedis) return g.__nashraRedis;
  const client = createClient({
    url: process.env.REDIS_URL,
    disableOfflineQueue: true,
    // A Redis that stops answering: commands beyond this many waiting fail at once.
    commandsQueueMaxLength: 500,
    socket: { connectTimeout: 1_000, reconnectStrategy: (/** @type {number} */ retries) => Math.min(100 * (retries + 1), 2_000) },
  });
  client.on("error", (/** @type {Error} */ error) => noteDown(error));
  client.on("ready", noteUp);
  // Not awaited: a request never waits for Redis to come up; until it is ready every lookup is a miss.
  client.connect().catch(() => {});
  g.__nashraRedis = client;
  return client;
}

/**
 * Every command answers within timeoutMs or fails. (node-redis aborts only commands not yet
 * written, so a Redis that accepts connections but does not answer would hold requests forever.)
 * @param {any} client
 */
function boundedClient(client) {
  const proxy = new Proxy(client, {
    get(target, prop) {
      // The handler asks for a per-command abort signal; the bound below covers every command.
      if (prop === "withAbortSignal") return () => proxy;
      const value = Reflect.get(target, prop, target);
      if (typeof value !== "function") return value;
      return (/** @type {any[]} */ ...args) => {
        // Redis went silent: answer "miss" at once, and let one command a second find out whether it is back.
        if (health.silentUntil > Date.now()) return Promise.reject(new Error("Redis is not answering"));
        const result = value.apply(target, args);
        if (!(result instanceof Promise)) return result;
        /** @type {NodeJS.Timeout | undefined} */
        let timer;
        const late = new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error(`Redis did not answer ${String(prop)} in ${timeoutMs} ms`)), timeoutMs);
        });
        return Promise.race([result, late]).then(
          (answer) => (clearTimeout(timer), noteUp(), answer),
          (error) => {
            clearTimeout(timer);
            if (/did not answer/.test(error?.message)) {
              health.silentUntil = Date.now() + 1_000;
              noteDown(error);
            }
            throw error;
          },
        );
      };
    },
  });
  return proxy;
}

CacheHandler.onCreation(({ buildId }) => {
  const client = boundedClient(sharedClient());
  const redis = createRedisHandler({ client, keyPrefix: keyPrefix(buildId), timeoutMs });
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
        /** After the tags are gone, every instance's in-memory page copies end too (lib/cache/generation.cjs). */
        /** @type {typeof redis.revalidateTag} */
        async revalidateTag(tag) {
          try {
            return await redis.revalidateTag(tag);
          } finally {
            bumpLocalGeneration();
            await client.incr(`${keyPrefix(buildId)}${GENERATION_KEY}`).catch(() => {});
          }
        },
      },
    ],
  };
});

/** @type {any} */
let bounded;
/**
 * The instances' shared content generation (lib/cache/generation.cjs), or null when Redis
 * does not answer in time: then nothing may be served from memory.
 * @param {string} buildId
 * @returns {Promise<string | null>}
 */
async function sharedGeneration(buildId) {
  try {
    bounded ??= boundedClient(sharedClient());
    const value = await bounded.get(`${keyPrefix(buildId)}${GENERATION_KEY}`);
    return value ?? "0";
  } catch {
    return null;
  }
}

module.exports = { NashraRedisCache: CacheHandler, keyPrefix, sharedClient, boundedClient, sharedGeneration };
