import { listRecentArticles } from "@/lib/data/sitemaps";
import { xmlResponse } from "@/lib/feeds/response";
import { absoluteUrl, paths } from "@/lib/paths";
import { inNewsWindow } from "@/lib/seo/news-window";
import { newsSitemap, SITEMAP_CONTENT_TYPE } from "@/lib/sitemaps/xml";
import { toLocale } from "@/i18n/config";
import ar from "@/locales/ar.json";
import en from "@/locales/en.json";

export const revalidate = 60;

/** Google News sitemap: public articles of the last 48 hours, both editions. */
export async function GET() {
  const recent = inNewsWindow(await listRecentArticles(), new Date());
  const entries = recent.map((a) => ({ loc: absoluteUrl(paths.article(a.locale, a.slug)), title: a.title, language: a.locale, publishedAt: a.publishedAt }));
  return xmlResponse(
    newsSitemap(entries, (language) => ({ ar, en })[toLocale(language)].site.name),
    SITEMAP_CONTENT_TYPE,
  );
}
