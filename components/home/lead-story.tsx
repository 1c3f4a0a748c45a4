import type { ArticleCard } from "@/lib/data/views";
import { paths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";
import { DateText } from "@/components/ui/date-text";
import { SizedImage } from "@/components/ui/sized-image";

/**
 * The lead story: with its picture when it has one; without, a text lead
 * (large headline and standfirst on a tinted panel), never an empty box.
 */
export function LeadStory({ article }: { article: ArticleCard }) {
  const href = paths.article(article.locale, article.slug);
  const byline = new Intl.ListFormat(article.locale, { type: "conjunction" }).format(article.authors.map((a) => a.name));
  if (article.hero) {
    return (
      <article data-lead="image" className="pb-4">
        <SizedImage image={article.hero} priority className="mb-3 h-auto w-full rounded" />
        <NavLink href={paths.section(article.locale, article.section.slug)} className="text-sm font-bold text-brand">
          {article.section.name}
        </NavLink>
        <h3 className="mt-1 text-2xl leading-10 font-bold md:text-3xl md:leading-12">
          <NavLink href={href} className="hover:underline">
            {article.title}
          </NavLink>
        </h3>
        <p className="mt-2 text-lg text-muted">{article.standfirst}</p>
        <DateText locale={article.locale} iso={article.publishedAt} className="mt-1 block text-sm text-muted" />
      </article>
    );
  }
  return (
    <article data-lead="text" className="rounded border-t-4 border-brand bg-stone-100 p-5 md:p-8">
      <NavLink href={paths.section(article.locale, article.section.slug)} className="text-sm font-bold text-brand">
        {article.section.name}
      </NavLink>
      <h3 className="mt-2 text-3xl leading-12 font-bold md:text-4xl md:leading-14">
        <NavLink href={href} className="hover:underline">
          {article.title}
        </NavLink>
      </h3>
      <p className="mt-3 text-lg leading-8 md:text-xl">{article.standfirst}</p>
      {byline ? <p className="mt-3 font-bold">{byline}</p> : null}
      <DateText locale={article.locale} iso={article.publishedAt} className="mt-1 block text-sm text-muted" />
    </article>
  );
}
