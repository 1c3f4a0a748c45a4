import { isLocale } from "@/i18n/config";
import { articleFeedResponse } from "@/lib/feeds/article-feed-response";
import { xmlNotFound } from "@/lib/feeds/response";

export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

/** /feed.xml and /en/feed.xml: the edition's latest 50 articles (the proxy adds the locale segment). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return xmlNotFound();
  return articleFeedResponse(locale, null);
}
