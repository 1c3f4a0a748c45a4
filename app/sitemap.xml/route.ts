import { childIndex, childPath } from "@/lib/sitemaps/children";
import { SITEMAP_CONTENT_TYPE, sitemapIndex } from "@/lib/sitemaps/xml";
import { xmlResponse } from "@/lib/feeds/response";
import { absoluteUrl } from "@/lib/paths";

export const revalidate = 60;

/** The sitemap index: one child per article chunk, plus pages, sections, authors, tags and podcasts. */
export async function GET() {
  const children = await childIndex();
  return xmlResponse(sitemapIndex(children.map((c) => ({ loc: absoluteUrl(childPath(c.name)), lastmod: c.lastmod }))), SITEMAP_CONTENT_TYPE);
}
