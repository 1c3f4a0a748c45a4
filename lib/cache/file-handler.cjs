// @ts-check
/** One instance without REDIS_URL: Next's own file-system cache minus what lib/cache/admission.cjs refuses. */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;
const { isNotFoundRender } = require("./admission.cjs");
const { bumpLocalGeneration } = require("./generation.cjs");

class NashraFileCache extends FileSystemCache {
  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (isNotFoundRender(data)) return;
    return super.set(key, data, ctx);
  }

  /** Invalidation also ends the in-memory page copies (lib/cache/generation.cjs). @param {any[]} args */
  async revalidateTag(...args) {
    try {
      return await super.revalidateTag(...args);
    } finally {
      bumpLocalGeneration();
    }
  }
}

module.exports = NashraFileCache;
