import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { paths } from "@/lib/paths";
import { SiteHeader } from "./site-header";
import { NavLink } from "@/components/ui/nav-link";

type Props = { locale: Locale; kind: "notFound" | "gone" };

/** The body of the 404 and 410 pages: what happened and the way home, in the reader's language. */
export async function MessagePage({ locale, kind }: Props) {
  const t = await getTranslations({ locale, namespace: "errors" });
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-12">
        <h1 className="text-3xl font-bold">{t(`${kind}Title`)}</h1>
        <p className="mt-4 text-lg">{t(`${kind}Body`)}</p>
        <p className="mt-6">
          <NavLink href={paths.home(locale)} className="underline">
            {t("backHome")}
          </NavLink>
        </p>
      </main>
    </>
  );
}
