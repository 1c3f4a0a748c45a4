import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { paths } from "@/lib/paths";

type Props = { locale: Locale; query?: string };

/** The header's search: a plain GET form, so it works without JavaScript. */
export async function SearchForm({ locale, query }: Props) {
  const t = await getTranslations({ locale, namespace: "search" });
  return (
    <form role="search" action={paths.search(locale)} method="get" className="flex items-center gap-2">
      <label htmlFor="site-search" className="sr-only">
        {t("label")}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        defaultValue={query}
        enterKeyHint="search"
        className="w-36 rounded border border-stone-300 px-2 py-1 text-sm sm:w-52"
      />
      <button type="submit" className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100">
        {t("submit")}
      </button>
    </form>
  );
}
