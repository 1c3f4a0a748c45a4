import { getLocale, getTranslations } from "next-intl/server";
import { isLocale } from "@/i18n/config";
import { paths } from "@/lib/paths";
import { SiteHeader } from "@/components/layout/site-header";
import { NavLink } from "@/components/ui/nav-link";

/** The 404 page, in the reader's edition. */
export default async function NotFound() {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : "ar";
  const t = await getTranslations({ locale, namespace: "errors" });
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-12">
        <h1 className="text-3xl font-bold">{t("notFoundTitle")}</h1>
        <p className="mt-4 text-lg">{t("notFoundBody")}</p>
        <p className="mt-6">
          <NavLink href={paths.home(locale)} className="underline">
            {t("backHome")}
          </NavLink>
        </p>
      </main>
    </>
  );
}
