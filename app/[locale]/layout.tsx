import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { preload } from "react-dom";
import { editions, isLocale, locales } from "@/i18n/config";
import { absoluteUrl, paths, siteUrl } from "@/lib/paths";
import { OPENSEARCH_TYPE } from "@/lib/search/opensearch";
import "../globals.css";

/** The regular faces most of each edition's text is set in: its own script's letters, and the space, digits and punctuation. */
const TEXT_FACES = {
  ar: ["/fonts/plex-arabic-400.woff2", "/fonts/plex-latin-core-400.woff2"],
  en: ["/fonts/plex-latin-400.woff2", "/fonts/plex-latin-core-400.woff2"],
} as const;

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#9b1c1c" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  const seo = await getTranslations({ locale, namespace: "seo" });
  return {
    metadataBase: new URL(siteUrl()),
    // Pages that set their own alternates (lib/seo/metadata.ts) advertise the edition feed there too.
    alternates: { types: { "application/rss+xml": [{ url: absoluteUrl(paths.feed(locale)), title: seo("editionFeed") }] } },
    title: { default: t("name"), template: `%s | ${t("name")}` },
    description: t("tagline"),
    applicationName: t("name"),
    robots: { index: true, follow: true, "max-image-preview": "large" },
  };
}

/** The document of every page: language and direction are set here once, on the server. */
export default async function RootLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  // The text faces, fetched with the CSS rather than once it is parsed (app/fonts.css).
  for (const face of TEXT_FACES[locale]) preload(face, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
  const t = await getTranslations({ locale, namespace: "site" });
  const search = await getTranslations({ locale, namespace: "search" });
  return (
    <html lang={locale} dir={editions[locale].dir}>
      <head>
        <link rel="search" type={OPENSEARCH_TYPE} href={paths.openSearch(locale)} title={search("openSearchName")} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        {children}
      </body>
    </html>
  );
}
