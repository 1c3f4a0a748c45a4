import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { localePrefix } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";

/** The desk's title search (drafts, scheduled and published articles): a GET form. */
export async function DeskSearch({ locale, query }: { locale: Locale; query: string }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  const desk = `${localePrefix(locale)}/staff`;
  return (
    <form role="search" method="get" action={desk} className="mt-6 flex flex-wrap items-center gap-2">
      <label htmlFor="desk-search">{t("searchLabel")}</label>
      <input id="desk-search" type="search" name="q" defaultValue={query} className="w-64 rounded border border-stone-400 px-2 py-1" />
      <button type="submit" className="rounded border border-stone-500 bg-white px-3 py-1">
        {t("searchSubmit")}
      </button>
      {query ? (
        <NavLink href={desk} className="underline">
          {t("searchClear")}
        </NavLink>
      ) : null}
    </form>
  );
}
