import "server-only";
import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { SiteContext } from "./site";

/** The strings every page's metadata needs, from locales/*.json. */
export async function seoContext(locale: Locale): Promise<{
  site: SiteContext;
  defaultImageAlt: string;
  t: Awaited<ReturnType<typeof getTranslations<"seo">>>;
  siteT: Awaited<ReturnType<typeof getTranslations<"site">>>;
}> {
  const siteT = await getTranslations({ locale, namespace: "site" });
  const t = await getTranslations({ locale, namespace: "seo" });
  return { site: { locale, name: siteT("name"), feedTitle: t("editionFeed") }, defaultImageAlt: t("ogImageAlt"), t, siteT };
}
