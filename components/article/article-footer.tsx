import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { ArticleView } from "@/lib/data/views";
import { listSectionLatest } from "@/lib/data/articles";
import { paths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";
import { MostRead } from "./most-read";
import { StoryTile } from "./story-tile";

type Props = { article: ArticleView; locale: Locale };

/** Tags, "more from this section" (with pictures) and most read below the body. */
export async function ArticleFooter({ article, locale }: Props) {
  const t = await getTranslations({ locale, namespace: "article" });
  const more = await listSectionLatest(locale, article.section.slug, 4, article.id);
  return (
    <footer className="mt-8">
      {article.tags.length > 0 ? (
        <section aria-labelledby="tags-heading" className="mb-8">
          <h2 id="tags-heading" className="mb-2 text-lg font-bold">
            {t("tags")}
          </h2>
          <ul className="flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <li key={tag.slug}>
                <NavLink href={paths.tag(locale, tag.slug)} rel="tag" className="inline-block rounded-full bg-stone-200 px-3 py-1 text-sm">
                  {tag.name}
                </NavLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {more.length > 0 ? (
        <section aria-labelledby="more-heading">
          <h2 id="more-heading" className="text-xl font-bold">
            {t("moreFromSection", { section: article.section.name })}
          </h2>
          <div className="mt-3 grid gap-x-6 gap-y-4 sm:grid-cols-2">
            {more.map((a) => (
              <StoryTile key={a.id} article={a} showSection={false} />
            ))}
          </div>
        </section>
      ) : null}
      <MostRead locale={locale} windows={["day"]} exclude={article.id} />
    </footer>
  );
}
