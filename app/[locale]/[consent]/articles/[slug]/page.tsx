import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticleForPage } from "@/lib/data/article-page";
import { edition, slugParam } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { ArticleScreen } from "@/components/article/article-screen";
import { ViewBeacon } from "@/components/consent/view-beacon";
import { PreviewBanner } from "@/components/staff/preview-banner";

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
  return {
    title: article.title,
    description: article.standfirst,
    alternates: { canonical: paths.article(locale, article.slug) },
    ...(article.preview ? { robots: { index: false, follow: false } } : {}),
  };
}

export default async function ArticlePage({ params }: Props) {
  const p = await params;
  const { locale, consent } = edition(p);
  const article = await getArticleForPage(locale, slugParam(p.slug));
  if (!article) notFound();
  return (
    <ArticleScreen article={article} locale={locale} banner={article.preview ? <PreviewBanner locale={locale} canExit /> : null}>
      {consent === "granted" && !article.preview ? <ViewBeacon articleId={article.id} /> : null}
    </ArticleScreen>
  );
}
