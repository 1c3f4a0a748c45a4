import { childEntries, parseChildName } from "@/lib/sitemaps/children";
import { SITEMAP_CONTENT_TYPE, urlSet } from "@/lib/sitemaps/xml";
import { xmlNotFound, xmlResponse } from "@/lib/feeds/response";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** One child sitemap, e.g. /sitemaps/articles-1.xml or /sitemaps/podcasts.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const name = parseChildName((await params).file);
  const entries = name ? await childEntries(name) : null;
  if (!entries) return xmlNotFound();
  return xmlResponse(urlSet(entries), SITEMAP_CONTENT_TYPE);
}
