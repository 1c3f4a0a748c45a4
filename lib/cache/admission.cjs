// @ts-check
/**
 * What may enter Next's cache, for every back end (the file system of one
 * instance, Redis shared by several): nothing a made-up URL produces. No 404
 * render, and no cached read that found nothing (`null`, which is what a lookup
 * of an unknown slug or a page past the end returns). Otherwise anyone could
 * fill the disk or Redis with made-up URLs. Everything else (known pages, the
 * 410 page, feeds, tagged reads) is cached exactly as Next would.
 * @param {any} data an IncrementalCacheValue
 */
function isNotFoundRender(data) {
  if (!data) return false;
  if (data.kind === "FETCH") return data.data?.body === "null";
  return (data.kind === "APP_PAGE" || data.kind === "APP_ROUTE" || data.kind === "PAGES") && data.status === 404;
}

module.exports = { isNotFoundRender };
