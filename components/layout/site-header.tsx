import { getTranslations } from "next-intl/server";
import { otherLocale, type Locale } from "@/i18n/config";
import { listSections } from "@/lib/data/lists";
import { paths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";
import { SearchForm } from "@/components/search/search-form";
import { BreakingStrip } from "./breaking-strip";

type Props = {
  locale: Locale;
  /** Where the language switch goes: the translation when there is one, else the other edition's home. */
  alternateHref?: string;
  /** The search page fills the header's search box with the reader's query. */
  query?: string;
};

export async function SiteHeader({ locale, alternateHref, query }: Props) {
  const t = await getTranslations({ locale, namespace: "site" });
  const sections = await listSections(locale);
  const other: Locale = otherLocale(locale);
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <NavLink href={paths.home(locale)} className="text-3xl font-bold text-brand no-underline">
          {t("name")}
        </NavLink>
        <SearchForm locale={locale} query={query} />
        {/* The accessible name starts with the visible text (axe: label-content-name-mismatch). */}
        <a href={alternateHref ?? paths.home(other)} hrefLang={other} className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100">
          <span lang={other}>{t("switchLanguage")}</span>
          <span className="sr-only"> ({t("switchLanguageLabel")})</span>
        </a>
      </div>
      <nav aria-label={t("mainNav")} className="border-t border-stone-100">
        <ul className="mx-auto flex max-w-5xl gap-4 overflow-x-auto px-4 py-2 text-sm whitespace-nowrap">
          {sections.map((s) => (
            <li key={s.slug}>
              <NavLink href={paths.section(locale, s.slug)} className="hover:underline">
                {s.name}
              </NavLink>
            </li>
          ))}
          <li>
            <NavLink href={paths.podcasts(locale)} className="hover:underline">
              {t("podcasts")}
            </NavLink>
          </li>
        </ul>
      </nav>
      <BreakingStrip locale={locale} />
    </header>
  );
}
