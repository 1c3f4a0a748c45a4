// @ts-check
/**
 * Next's own file-system cache, except that nothing a made-up URL produces is
 * stored: no 404 render, and no cached read that found nothing (`null`, which is
 * what a lookup of an unknown slug or a page past the end returns). Otherwise
 * anyone could fill the disk with made-up URLs. Everything else (known pages,
 * feeds, tagged reads) is cached exactly as Next would.
 */
const FileSystemCache = require("next/dist/server/lib/incremental-cache/file-system-cache").default;

class NashraCacheHandler extends FileSystemCache {
  /** @param {string} key @param {any} data @param {any} ctx */
  async set(key, data, ctx) {
    if (isNotFoundRender(data)) return;
    return super.set(key, data, ctx);
  }
}

/** @param {any} data */
function isNotFoundRender(data) {
  if (!data) return false;
  if (data.kind === "FETCH") return data.data?.body === "null";
  return (data.kind === "APP_PAGE" || data.kind === "APP_ROUTE" || data.kind === "PAGES") && data.status === 404;
}

module.exports = NashraCacheHandler;
module.exports.isNotFoundRender = isNotFoundRender;
