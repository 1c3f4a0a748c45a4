import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { listMostRead, type MostReadWindow } from "@/lib/data/most-read";
import { paths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";

type Props = { locale: Locale; windows?: MostReadWindow[]; exclude?: number };

/** «الأكثر قراءة»: numbered lists per window (24 h, 7 days); nothing when nobody has read anything yet. */
export async function MostRead({ locale, windows = ["day", "week"], exclude }: Props) {
  const t = await getTranslations({ locale, namespace: "home" });
  const lists = await Promise.all(windows.map(async (w) => ({ w, items: (await listMostRead(locale, w, 6)).filter((a) => a.id !== exclude).slice(0, 5) })));
  if (lists.every((l) => l.items.length === 0)) return null;
  return (
    <section aria-labelledby="most-read-heading" className="mt-8">
      <h2 id="most-read-heading" className="border-b-2 border-ink pb-1 text-lg font-bold">
        {t("mostRead")}
      </h2>
      {lists
        .filter((l) => l.items.length > 0)
        .map(({ w, items }) => (
          <section key={w} aria-label={`${t("mostRead")}: ${t(w === "day" ? "mostReadDay" : "mostReadWeek")}`}>
            <h3 className="mt-3 text-sm font-bold text-muted">{t(w === "day" ? "mostReadDay" : "mostReadWeek")}</h3>
            <ol className="mt-1 list-none">
              {items.map((a, i) => (
                <li key={a.id} className="flex gap-3 border-b border-stone-200 py-2">
                  <span aria-hidden className="text-2xl leading-7 font-bold text-brand">
                    {i + 1}
                  </span>
                  <NavLink href={paths.article(a.locale, a.slug)} className="leading-7 font-bold hover:underline">
                    {a.title}
                  </NavLink>
                </li>
              ))}
            </ol>
          </section>
        ))}
    </section>
  );
}
