import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { SearchPage } from "@/lib/data/search";
import { MAX_QUERY_CHARS } from "@/lib/search/normalize";
import { paths } from "@/lib/paths";
import { DateText } from "@/components/ui/date-text";
import { NavLink } from "@/components/ui/nav-link";
import { Pagination } from "@/components/section/pagination";
import { Snippet } from "./snippet";

type Props = { locale: Locale; result: Exclude<SearchPage, { kind: "notFound" }> };

/** The search page's body: a prompt, or the count, one page of results and pagination. */
export async function SearchResults({ locale, result }: Props) {
  const t = await getTranslations({ locale, namespace: "search" });
  const list = await getTranslations({ locale, namespace: "list" });
  return (
    <>
      <h1 className="text-3xl font-bold">{result.kind === "results" ? t("titleFor", { query: result.query }) : t("title")}</h1>
      {result.truncated ? (
        <p className="mt-2 text-sm text-muted" role="note">
          {t("truncated", { max: MAX_QUERY_CHARS })}
        </p>
      ) : null}
      {result.kind === "prompt" ? <p className="mt-4 text-lg">{t("prompt")}</p> : null}
      {result.kind === "results" ? (
        <>
          <p className="mt-2 text-sm text-muted">
            {result.capped ? t("countMore", { count: result.total }) : t("count", { count: result.total })}
            {result.pages > 1 ? ` · ${list("pageOf", { page: result.page, pages: result.pages })}` : null}
          </p>
          {result.total === 0 ? <p className="mt-4">{t("none")}</p> : null}
          <ol className="mt-4 space-y-6">
            {result.hits.map((hit) => (
              <li key={hit.id} className="border-b border-stone-100 pb-4">
                <h2 className="text-xl font-bold">
                  <NavLink href={paths.article(locale, hit.slug)} className="hover:underline">
                    {hit.title}
                  </NavLink>
                </h2>
                <p className="mt-1 text-sm text-muted">
                  <NavLink href={paths.section(locale, hit.section.slug)} className="hover:underline">
                    {hit.section.name}
                  </NavLink>
                  {" · "}
                  <DateText locale={locale} iso={hit.publishedAt} />
                </p>
                <Snippet parts={hit.snippet} />
              </li>
            ))}
          </ol>
          <Pagination locale={locale} page={result.page} pages={result.pages} hrefFor={(n) => paths.search(locale, result.query, n)} />
        </>
      ) : null}
    </>
  );
}
