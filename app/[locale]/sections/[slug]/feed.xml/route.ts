import { isLocale } from "@/i18n/config";
import { articleFeedResponse } from "@/lib/feeds/article-feed-response";
import { xmlNotFound } from "@/lib/feeds/response";
import { decodeSlug, isValidSlug } from "@/lib/slug";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** /sections/<slug>/feed.xml in either edition: that section's latest 50 articles. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const p = await params;
  const slug = decodeSlug(p.slug);
  if (!isLocale(p.locale) || !slug || !isValidSlug(slug)) return xmlNotFound();
  return articleFeedResponse(p.locale, slug);
}
