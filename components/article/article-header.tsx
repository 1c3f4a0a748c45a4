import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { ArticleView } from "@/lib/data/views";
import { paths } from "@/lib/paths";
import { formatDateTime, formatLongDate } from "@/lib/format";
import { NavLink } from "@/components/ui/nav-link";
import { SizedImage } from "@/components/ui/sized-image";

type Props = { article: ArticleView; locale: Locale };

/** Kicker, headline, standfirst, byline, dates, reading time and hero image. */
export async function ArticleHeader({ article, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "article" });
  const updated = article.updatedAt !== article.publishedAt;
  return (
    <header className="mb-6">
      <NavLink href={paths.section(locale, article.section.slug)} className="font-bold text-brand">
        {article.section.name}
      </NavLink>
      <h1 className="mt-2 text-3xl leading-snug font-bold sm:text-4xl">{article.title}</h1>
      <p className="mt-3 text-xl leading-8 text-muted">{article.standfirst}</p>
      <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-muted">
        {article.authors.length > 0 ? (
          <p>
            {t("by")}{" "}
            {article.authors.map((a, i) => (
              <span key={a.slug}>
                {i > 0 ? ` ${t("and")} ` : null}
                <NavLink href={paths.author(locale, a.slug)} rel="author" className="font-bold text-ink underline">
                  {a.name}
                </NavLink>
              </span>
            ))}
          </p>
        ) : null}
        <p>
          {t.rich("published", {
            when: formatLongDate(locale, article.publishedAt),
            time: (chunks) => <time dateTime={article.publishedAt}>{chunks}</time>,
          })}
        </p>
        {updated ? (
          <p>
            {t.rich("updated", {
              when: formatDateTime(locale, article.updatedAt),
              time: (chunks) => <time dateTime={article.updatedAt}>{chunks}</time>,
            })}
          </p>
        ) : null}
        <p>{t("readingTime", { minutes: article.readingMinutes })}</p>
      </div>
      {article.hero ? (
        <figure className="mt-6">
          <SizedImage image={article.hero} priority />
          {article.hero.caption || article.hero.credit ? (
            <figcaption className="mt-2 text-sm text-muted">
              {article.hero.caption} {article.hero.credit ? <span>{t("credit", { credit: article.hero.credit })}</span> : null}
            </figcaption>
          ) : null}
        </figure>
      ) : null}
    </header>
  );
}
