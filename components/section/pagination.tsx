import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { NavLink } from "@/components/ui/nav-link";

type Props = { locale: Locale; page: number; pages: number; hrefFor: (page: number) => string };

/** Previous/next links; chevrons point along the reading direction. */
export async function Pagination({ locale, page, pages, hrefFor }: Props) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: "list" });
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between gap-4">
      {page > 1 ? (
        <NavLink href={hrefFor(page - 1)} rel="prev" className="underline">
          <span aria-hidden className="inline-block rtl:rotate-180">
            ←
          </span>{" "}
          {t("previous")}
        </NavLink>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">{t("pageOf", { page, pages })}</span>
      {page < pages ? (
        <NavLink href={hrefFor(page + 1)} rel="next" className="underline">
          {t("next")}{" "}
          <span aria-hidden className="inline-block rtl:rotate-180">
            →
          </span>
        </NavLink>
      ) : (
        <span />
      )}
    </nav>
  );
}
