import { draftMode } from "next/headers";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isLocale } from "@/i18n/config";
import { isPageVariant, prerenderedVariants } from "@/lib/page-variant";
import { BANNER_SPACER_ID, ConsentBanner } from "@/components/consent/consent-banner";
import { SiteFooter } from "@/components/layout/site-footer";
import { ReaderScript } from "@/components/ui/reader-script";

type Props = { children: ReactNode; params: Promise<{ locale: string; variant: string }> };

// The public pages, cached: one tree per edition × page variant (lib/page-variant.ts).
export function generateStaticParams() {
  return prerenderedVariants.map((variant) => ({ variant }));
}

export const revalidate = 60;

export default async function VariantLayout({ children, params }: Props) {
  const { locale, variant } = await params;
  if (!isLocale(locale) || !isPageVariant(variant)) notFound();
  // A staff preview (draft mode, rendered per request) runs under the nonce policy, where an inline
  // script without the nonce is refused: it goes without the enhancements (plain forms, share links).
  // Reading isEnabled keeps the public pages static.
  const { isEnabled: previewing } = await draftMode();
  return (
    <>
      <div className="flex-1">{children}</div>
      <SiteFooter locale={locale} />
      {variant === "unset" ? <ConsentBanner locale={locale} /> : null}
      {variant === "unset" ? <div id={BANNER_SPACER_ID} aria-hidden className="h-40 sm:h-24" /> : null}
      {previewing ? null : <ReaderScript />}
    </>
  );
}
