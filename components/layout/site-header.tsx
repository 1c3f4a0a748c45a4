import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { listSections } from "@/lib/data/lists";
import { paths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";
import { BreakingStrip } from "./breaking-strip";

type Props = {
  locale: Locale;
  /** Where the language switch goes: the translation when there is one, else the other edition's home. */
  alternateHref?: string;
};

export async function SiteHeader({ locale, alternateHref }: Props) {
  const t = await getTranslations({ locale, namespace: "site" });
  const sections = await listSections(locale);
  const other: Locale = locale === "ar" ? "en" : "ar";
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-4 px-4 py-3">
        <NavLink href={paths.home(locale)} className="text-3xl font-bold text-brand no-underline">
          {t("name")}
        </NavLink>
        {/* The accessible name starts with the visible text (axe: label-content-name-mismatch). */}
        <a
          href={alternateHref ?? paths.home(other)}
          hrefLang={other}
          className="rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100"
        >
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
