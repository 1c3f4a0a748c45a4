import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { DeskFilterOptions } from "@/lib/data/desk";
import { deskStatuses, filtered, type DeskFilters } from "@/lib/desk-filters";
import { staffPaths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";

const field = "rounded border border-stone-400 bg-white px-2 py-1";

/** The desk's filters and title search: one GET form, so it works without JavaScript and every view has its own URL. */
export async function DeskFilterForm({ locale, filters, options }: { locale: Locale; filters: DeskFilters; options: DeskFilterOptions }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  return (
    <form role="search" method="get" action={staffPaths.desk(locale)} className="mt-6 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="desk-search" className="block text-sm">
          {t("searchLabel")}
        </label>
        <input id="desk-search" type="search" name="q" defaultValue={filters.q ?? ""} className={`w-64 ${field}`} />
      </div>
      <div>
        <label htmlFor="desk-status" className="block text-sm">
          {t("filterStatus")}
        </label>
        <select id="desk-status" name="status" defaultValue={filters.status ?? ""} className={field}>
          <option value="">{t("filterAny")}</option>
          {deskStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="desk-section" className="block text-sm">
          {t("fieldSection")}
        </label>
        <select id="desk-section" name="section" defaultValue={filters.section ?? ""} className={field}>
          <option value="">{t("filterAny")}</option>
          {options.sections.map((s) => (
            <option key={s.slug} value={s.slug}>
              {s.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="desk-author" className="block text-sm">
          {t("filterAuthor")}
        </label>
        <select id="desk-author" name="author" defaultValue={filters.author ?? ""} className={field}>
          <option value="">{t("filterAny")}</option>
          {options.authors.map((a) => (
            <option key={a.slug} value={a.slug}>
              {a.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-stone-500 bg-white px-3 py-1">
        {t("searchSubmit")}
      </button>
      {filtered(filters) ? (
        <NavLink href={staffPaths.desk(locale)} className="underline">
          {t("searchClear")}
        </NavLink>
      ) : null}
    </form>
  );
}
