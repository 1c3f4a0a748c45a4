import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/paths";

/** Crawlers may read the public site; the newsroom desk, previews and APIs are off limits. */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: "/",
        disallow: ["/staff", "/en/staff", "/preview/", "/en/preview/", "/api/"],
      },
    ],
    sitemap: [absoluteUrl("/sitemap.xml"), absoluteUrl("/news-sitemap.xml")],
  };
}
