import { getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/config";
import { xmlNotFound, xmlResponse } from "@/lib/feeds/response";
import { absoluteUrl, paths } from "@/lib/paths";
import { el, xmlDocument } from "@/lib/xml/build";
import { OPENSEARCH_TYPE } from "@/lib/search/opensearch";
import { brand } from "@/lib/seo/site";

export const revalidate = 3600;

export function generateStaticParams() {
  return [];
}

/** /opensearch.xml and /en/opensearch.xml: lets browsers add the edition's search (the proxy adds the locale segment). */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return xmlNotFound();
  const t = await getTranslations({ locale, namespace: "search" });
  const doc = xmlDocument();
  const root = el(doc, "OpenSearchDescription", { xmlns: "http://a9.com/-/spec/opensearch/1.1/" });
  el(root, "ShortName", null, t("openSearchName"));
  el(root, "Description", null, t("openSearchDescription"));
  el(root, "InputEncoding", null, "UTF-8");
  el(root, "Language", null, locale);
  el(root, "Image", { width: String(brand.logo.width), height: String(brand.logo.height), type: "image/png" }, absoluteUrl(brand.logo.path));
  el(root, "Url", { type: "text/html", method: "get", template: `${absoluteUrl(paths.search(locale))}?q={searchTerms}` });
  el(root, "Url", { type: OPENSEARCH_TYPE, rel: "self", template: absoluteUrl(paths.openSearch(locale)) });
  return xmlResponse(doc.end({ prettyPrint: true }), `${OPENSEARCH_TYPE}; charset=utf-8`);
}
