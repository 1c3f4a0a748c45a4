import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { DeskRow as Row } from "@/lib/data/staff";
import type { Paged } from "@/lib/data/views";
import { deskQuery, type DeskFilters } from "@/lib/desk-filters";
import { staffPaths } from "@/lib/paths";
import { Pagination } from "@/components/section/pagination";
import { DeskRow } from "./desk-row";

/** The desk's articles: one page of the filtered list, newest change first, with previous/next links that keep the filters. */
export async function DeskArticles({ locale, list, filters }: { locale: Locale; list: Paged<Row>; filters: DeskFilters }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  const heading = filters.q ? t("searchResults", { query: filters.q }) : t("articles");
  return (
    <section aria-labelledby="desk-articles" className="mt-8">
      <h2 id="desk-articles" className="text-xl font-bold">
        {heading}
      </h2>
      <p className="text-sm text-muted">{t("articleCount", { count: list.total })}</p>
      {list.items.length === 0 ? <p className="text-sm text-muted">{t("none")}</p> : null}
      <ul>
        {list.items.map((row) => (
          <DeskRow key={`${row.type}-${row.id}`} row={row} locale={locale} />
        ))}
      </ul>
      <Pagination locale={locale} page={list.page} pages={list.pages} hrefFor={(page) => staffPaths.desk(locale, deskQuery({ ...filters, page }))} />
    </section>
  );
}
