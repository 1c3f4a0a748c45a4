import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { edition } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { SiteHeader } from "@/components/layout/site-header";
import { NavLink } from "@/components/ui/nav-link";

type Props = { params: Promise<{ locale: string; consent: string }> };

export const metadata: Metadata = { robots: { index: false, follow: true } };

/**
 * What a withdrawn story's URL shows. The proxy rewrites such URLs here with
 * status 410, so crawlers drop the page and readers learn it was taken down.
 */
export default async function WithdrawnPage({ params }: Props) {
  const { locale } = edition(await params);
  const t = await getTranslations({ locale, namespace: "errors" });
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-12">
        <h1 className="text-3xl font-bold">{t("goneTitle")}</h1>
        <p className="mt-4 text-lg">{t("goneBody")}</p>
        <p className="mt-6">
          <NavLink href={paths.home(locale)} className="underline">
            {t("backHome")}
          </NavLink>
        </p>
      </main>
    </>
  );
}
