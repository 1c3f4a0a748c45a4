import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { ArticleCard } from "@/lib/data/views";
import { paths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";

/** Opinion pieces led by their writers' names. */
export async function OpinionRail({ locale, items, sectionSlug }: { locale: Locale; items: ArticleCard[]; sectionSlug: string }) {
  if (items.length === 0) return null;
  const t = await getTranslations({ locale, namespace: "home" });
  const names = new Intl.ListFormat(locale, { type: "conjunction" });
  return (
    <section aria-labelledby="opinion-heading" className="mt-10">
      <h2 id="opinion-heading" className="border-b-2 border-ink pb-1 text-xl font-bold">
        <NavLink href={paths.section(locale, sectionSlug)} className="hover:underline">
          {t("opinion")}
        </NavLink>
      </h2>
      <ul className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-4">
        {items.map((a) => (
          <li key={a.id} className="border-b border-stone-200 py-4">
            {a.authors.length > 0 ? <p className="text-sm font-bold text-brand">{names.format(a.authors.map((w) => w.name))}</p> : null}
            <NavLink href={paths.article(a.locale, a.slug)} className="mt-1 block text-lg leading-7 font-bold hover:underline">
              {a.title}
            </NavLink>
          </li>
        ))}
      </ul>
    </section>
  );
}
