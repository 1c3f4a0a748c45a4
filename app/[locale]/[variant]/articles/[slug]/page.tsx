import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { auditStaffPreview } from "@/lib/content/preview-audit";
import { getArticleForPage } from "@/lib/data/article-page";
import { edition, slugParam } from "@/lib/page-params";
import { choiceAwareVariants } from "@/lib/page-variant";
import { paths } from "@/lib/paths";
import { ArticleScreen } from "@/components/article/article-screen";
import { ViewBeacon } from "@/components/consent/view-beacon";
import { JsonLd } from "@/components/seo/json-ld";
import { PreviewBanner } from "@/components/staff/preview-banner";
import { articleMetadata } from "@/lib/seo/metadata";
import { seoContext } from "@/lib/seo/page-context";
import { breadcrumbs, newsArticle } from "@/lib/seo/structured-data";

type Props = { params: Promise<{ locale: string; variant: string; slug: string }> };

// Rendered on first request, then served from the cache until its tags are revalidated.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await params;
  const { locale } = edition(p, choiceAwareVariants);
  const article = await getArticleForPage(locale, slugParam(p.slug));
  if (!article) return {};
  const { site, defaultImageAlt, t } = await seoContext(locale);
  return {
    ...articleMetadata(article, site, defaultImageAlt, t("sectionFeed", { section: article.section.name })),
    ...(article.preview ? { robots: { index: false, follow: false } } : {}),
  };
}

export default async function ArticlePage({ params }: Props) {
  const p = await params;
  const { locale, variant } = edition(p, choiceAwareVariants);
  const article = await getArticleForPage(locale, slugParam(p.slug));
  if (!article) notFound();
  if (article.previewedBy !== null) await auditStaffPreview({ type: "article", id: article.id }, article.previewedBy);
  const { site, siteT } = await seoContext(locale);
  const crumbs = [
    { name: siteT("home"), path: paths.home(locale) },
    { name: article.section.name, path: paths.section(locale, article.section.slug) },
    { name: article.title, path: paths.article(locale, article.slug) },
  ];
  return (
    <ArticleScreen article={article} locale={locale} banner={article.preview ? <PreviewBanner locale={locale} canExit /> : null}>
      {/* A preview is for staff only: no structured data, no page-view count. */}
      {article.preview ? null : <JsonLd data={[newsArticle(article, site), breadcrumbs(crumbs)]} />}
      {variant === "granted" && !article.preview ? <ViewBeacon articleId={article.id} /> : null}
    </ArticleScreen>
  );
}
