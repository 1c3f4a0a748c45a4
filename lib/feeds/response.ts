import { REVALIDATE_SECONDS } from "@/lib/cache-tags";

/**
 * Feeds and sitemaps may be cached by readers and proxies for a few minutes;
 * on the server they are rebuilt when a publish revalidates their data tags.
 */
export const XML_CACHE_CONTROL = `public, max-age=${REVALIDATE_SECONDS * 5}, stale-while-revalidate=${REVALIDATE_SECONDS * 10}`;

export function xmlResponse(body: string, contentType: string): Response {
  return new Response(body, { status: 200, headers: { "content-type": contentType, "cache-control": XML_CACHE_CONTROL } });
}

/** A bare 404 for machine URLs (no HTML page: feed readers and crawlers only need the status). */
export function xmlNotFound(): Response {
  return new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });
}
