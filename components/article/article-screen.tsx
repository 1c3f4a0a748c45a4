import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/config";
import type { ArticleView } from "@/lib/data/views";
import { paths } from "@/lib/paths";
import { SiteHeader } from "@/components/layout/site-header";
import { ArticleHeader } from "./article-header";
import { ArticleBody } from "./blocks";
import { ArticleFooter } from "./article-footer";
import { ShareLinks } from "./share-links";

type Props = { article: ArticleView; locale: Locale; banner?: ReactNode; children?: ReactNode };

/** An article in the real layout: the public page and both kinds of preview render through this. */
export async function ArticleScreen({ article, locale, banner, children }: Props) {
  const t = await getTranslations({ locale, namespace: "article" });
  const alternate = article.translation ? paths.article(article.translation.locale, article.translation.slug) : undefined;
  return (
    <>
      {banner}
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
          <ShareLinks article={article} locale={locale} />
        </article>
        <ArticleFooter article={article} locale={locale} />
      </main>
      {children}
    </>
  );
}
