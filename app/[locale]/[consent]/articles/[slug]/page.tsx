import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getArticleForPage } from "@/lib/data/article-page";
import { edition, slugParam } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { SiteHeader } from "@/components/layout/site-header";
import { ArticleHeader } from "@/components/article/article-header";
import { ArticleBody } from "@/components/article/blocks";
import { ArticleFooter } from "@/components/article/article-footer";
import { ViewBeacon } from "@/components/consent/view-beacon";
import { JsonLd } from "@/components/seo/json-ld";
import { articleMetadata } from "@/lib/seo/metadata";
import { seoContext } from "@/lib/seo/page-context";
import { breadcrumbs, newsArticle } from "@/lib/seo/structured-data";

type Props = { params: Promise<{ locale: string; consent: string; slug: string }> };

// Rendered on first request, then served from the cache until its tags are revalidated.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const { locale } = edition(p);
  const article = await getArticleForPage(locale, slugParam(p.slug));
  if (!article) return {};
  const { site, defaultImageAlt } = await seoContext(locale);
  return articleMetadata(article, site, defaultImageAlt);
}

export default async function ArticlePage({ params }: Props) {
  const p = await params;
  const { locale, consent } = edition(p);
  const article = await getArticleForPage(locale, slugParam(p.slug));
  if (!article) notFound();
  const t = await getTranslations({ locale, namespace: "article" });
  const alternate = article.translation ? paths.article(article.translation.locale, article.translation.slug) : undefined;
  const { site, siteT } = await seoContext(locale);
  const crumbs = [
    { name: siteT("home"), path: paths.home(locale) },
    { name: article.section.name, path: paths.section(locale, article.section.slug) },
    { name: article.title, path: paths.article(locale, article.slug) },
  ];
  return (
    <>
      <JsonLd data={[newsArticle(article, site), breadcrumbs(crumbs)]} />
      <SiteHeader locale={locale} alternateHref={alternate} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <article>
          <ArticleHeader article={article} locale={locale} />
          <ArticleBody
            blocks={article.body}
            ctx={{
              locale,
              related: article.related,
              labels: {
                mayInterest: t("mayInterest"),
                readAlso: t("readAlso"),
                credit: (credit) => t("credit", { credit }),
                audio: (title) => t("audio", { title }),
              },
            }}
          />
        </article>
        <ArticleFooter article={article} locale={locale} />
      </main>
      {consent === "granted" ? <ViewBeacon articleId={article.id} /> : null}
    </>
  );
}
