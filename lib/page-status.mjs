// @ts-check
/**
 * A status the proxy asks the server to answer with, for a page Next must render
 * as itself (the 404 page: Next answers a rewrite with status 404 with its
 * not-found boundary, not the page). scripts/serve.mjs applies it and never
 * sends the header out.
 */
export const PAGE_STATUS_HEADER = "x-nashra-status";
