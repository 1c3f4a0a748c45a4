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
  return { title: article.title, description: article.standfirst, alternates: { canonical: paths.article(locale, article.slug) } };
}

export default async function ArticlePage({ params }: Props) {
  const p = await params;
  const { locale, consent } = edition(p);
  const article = await getArticleForPage(locale, slugParam(p.slug));
  if (!article) notFound();
  const t = await getTranslations({ locale, namespace: "article" });
  const alternate = article.translation ? paths.article(article.translation.locale, article.translation.slug) : undefined;
  return (
    <>
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
