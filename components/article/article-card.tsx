import type { ArticleCard as Card } from "@/lib/data/views";
import { paths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";
import { DateText } from "@/components/ui/date-text";
import { SizedImage } from "@/components/ui/sized-image";

type Props = { article: Card; showImage?: boolean; showSection?: boolean; headingLevel?: 2 | 3; compact?: boolean };

/** A headline in a list: kicker, title, standfirst, date. */
export function ArticleCard({ article, showImage = false, showSection = true, headingLevel = 3, compact = false }: Props) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article className={compact ? "border-b border-stone-200 py-2" : "border-b border-stone-200 py-4"}>
      {showImage && article.hero ? <SizedImage image={article.hero} className="mb-3 h-auto w-full" /> : null}
      {showSection ? (
        <NavLink href={paths.section(article.locale, article.section.slug)} className="text-sm font-bold text-brand">
          {article.section.name}
        </NavLink>
      ) : null}
      <Heading className={compact ? "mt-1 text-base leading-7 font-bold" : "mt-1 text-xl leading-8 font-bold"}>
        <NavLink href={paths.article(article.locale, article.slug)} className="hover:underline">
          {article.title}
        </NavLink>
      </Heading>
      {compact ? null : <p className="mt-1 text-muted">{article.standfirst}</p>}
      <DateText locale={article.locale} iso={article.publishedAt} className="mt-1 block text-sm text-muted" />
    </article>
  );
}
