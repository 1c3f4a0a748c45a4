import { getTranslations } from "next-intl/server";
import { defaultLocale } from "@/i18n/config";
import { getShowFeed } from "@/lib/data/feeds";
import { buildPodcastFeed } from "@/lib/feeds/podcast";
import { xmlNotFound, xmlResponse } from "@/lib/feeds/response";
import { RSS_CONTENT_TYPE } from "@/lib/feeds/rss";
import { decodeSlug, isValidSlug } from "@/lib/slug";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/**
 * /podcasts/<show>/feed.xml. A show's feed belongs to no edition, so it has
 * one URL, the unprefixed one; /en/podcasts/<show>/feed.xml is a 404 rather
 * than a duplicate that podcast directories would list twice.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; show: string }> }) {
  const p = await params;
  const slug = decodeSlug(p.show);
  if (p.locale !== defaultLocale || !slug || !isValidSlug(slug)) return xmlNotFound();
  const feed = await getShowFeed(slug);
  if (!feed) return xmlNotFound();
  const site = await getTranslations({ locale: defaultLocale, namespace: "site" });
  const copyright = site("copyright", { year: new Date().getFullYear() });
  return xmlResponse(buildPodcastFeed(feed.show, feed.episodes, copyright), RSS_CONTENT_TYPE);
}
