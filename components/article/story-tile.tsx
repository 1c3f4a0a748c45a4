import type { ArticleCard } from "@/lib/data/views";
import { paths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";
import { SizedImage, TILE_SIZES } from "@/components/ui/sized-image";

type Props = { article: ArticleCard; showSection?: boolean; /** The page's largest paint: fetched first, not lazily. */ priority?: boolean };

/** A compact story with its picture when it has one (secondary picks, article end). */
export function StoryTile({ article, showSection = true, priority = false }: Props) {
  return (
    <article className="border-b border-stone-200 pb-3">
      {article.hero ? (
        <SizedImage image={article.hero} sizes={TILE_SIZES} priority={priority} className="mb-2 aspect-video h-auto w-full rounded object-cover" />
      ) : null}
      {showSection ? (
        <NavLink href={paths.section(article.locale, article.section.slug)} className="text-xs font-bold text-brand">
          {article.section.name}
        </NavLink>
      ) : null}
      <h3 className="mt-1 text-lg leading-7 font-bold">
        <NavLink href={paths.article(article.locale, article.slug)} className="hover:underline">
          {article.title}
        </NavLink>
      </h3>
      {article.hero ? null : <p className="mt-1 line-clamp-3 text-sm text-muted">{article.standfirst}</p>}
    </article>
  );
}
