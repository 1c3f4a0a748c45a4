import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/config";
import type { ArticleCard as Card, Paged } from "@/lib/data/views";
import { SiteHeader } from "@/components/layout/site-header";
import { ArticleCard } from "@/components/article/article-card";
import { Pagination } from "./pagination";

type Props = {
  locale: Locale;
  title: string;
  intro?: ReactNode;
  list: Paged<Card>;
  hrefFor: (page: number) => string;
  showSection?: boolean;
};

/** Section, author and tag pages: a heading, a count, one page of headlines, pagination. */
export async function ArticleListPage({ locale, title, intro, list, hrefFor, showSection = true }: Props) {
  const t = await getTranslations({ locale, namespace: "list" });
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <h1 className="text-3xl font-bold">{title}</h1>
        {intro ? <div className="mt-2 text-lg text-muted">{intro}</div> : null}
        <p className="mt-2 text-sm text-muted">
          {t("articleCount", { count: list.total })}
          {list.pages > 1 ? ` · ${t("pageOf", { page: list.page, pages: list.pages })}` : null}
        </p>
        {list.items.length === 0 ? <p className="mt-6">{t("empty")}</p> : null}
        <div className="mt-4">
          {list.items.map((a) => (
            <ArticleCard key={a.id} article={a} showSection={showSection} headingLevel={2} />
          ))}
        </div>
        <Pagination locale={locale} page={list.page} pages={list.pages} hrefFor={hrefFor} />
      </main>
    </>
  );
}
