import type { MetadataRoute } from "next";
import { locales } from "@/i18n/config";
import { absoluteUrl, localePrefix, staffPaths } from "@/lib/paths";

/** Crawlers may read the public site; the newsroom desk, previews and APIs are off limits. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: [...locales.map((l) => staffPaths.desk(l)), ...locales.map((l) => `${localePrefix(l)}${staffPaths.previewLink("")}`), "/api/"],
      },
    ],
    sitemap: [absoluteUrl("/sitemap.xml"), absoluteUrl("/news-sitemap.xml")],
  };
}
