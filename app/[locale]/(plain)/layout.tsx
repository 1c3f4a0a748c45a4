import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { isLocale } from "@/i18n/config";
import { SiteFooter } from "@/components/layout/site-footer";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

/**
 * Pages outside the consent variants, each rendered per request: the desk, previews, and
 * the 404 and 410 pages. None of them carries the banner or the view beacon.
 */
export default async function PlainLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <>
      <div className="flex-1">{children}</div>
      <SiteFooter locale={locale} />
    </>
  );
}
