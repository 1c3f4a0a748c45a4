import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { editions, isLocale, locales } from "@/i18n/config";
import { consentStates, isConsentState } from "@/lib/consent";
import { siteUrl } from "@/lib/paths";
import { ConsentBanner } from "@/components/consent/consent-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import "../../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string; consent: string }> };

// Every locale × consent variant is its own prerendered, cached tree.
export function generateStaticParams() {
  return locales.flatMap((locale) => consentStates.map((consent) => ({ locale, consent })));
}

export const revalidate = 60;

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#9b1c1c" };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("name"), template: `%s | ${t("name")}` },
    description: t("tagline"),
    applicationName: t("name"),
    robots: { index: true, follow: true, "max-image-preview": "large" },
  };
}

export default async function EditionLayout({ children, params }: Props) {
  const { locale, consent } = await params;
  if (!isLocale(locale) || !isConsentState(consent)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <html lang={locale} dir={editions[locale].dir}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2">
          {t("skipToContent")}
        </a>
        <div className="flex-1">{children}</div>
        <SiteFooter locale={locale} />
        {consent === "unset" ? <ConsentBanner locale={locale} /> : null}
        {consent === "unset" ? <div aria-hidden className="h-40 sm:h-24" /> : null}
      </body>
    </html>
  );
}
