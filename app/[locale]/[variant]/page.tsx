import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listLatest, listSectionLatest } from "@/lib/data/articles";
import { listSections } from "@/lib/data/lists";
import { getLatestEpisode } from "@/lib/data/podcasts";
import { edition } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { SiteHeader } from "@/components/layout/site-header";
import { ArticleCard } from "@/components/article/article-card";
import { PodcastPromo } from "@/components/podcast/podcast-promo";
import { NavLink } from "@/components/ui/nav-link";
import { JsonLd } from "@/components/seo/json-ld";
import { editionPageMetadata } from "@/lib/seo/metadata";
import { seoContext } from "@/lib/seo/page-context";
import { newsOrganization, webSite } from "@/lib/seo/structured-data";

type Props = { params: Promise<{ locale: string; variant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = edition(await params);
  const t = await getTranslations({ locale, namespace: "home" });
  const { site, defaultImageAlt, t: seo, siteT } = await seoContext(locale);
  return editionPageMetadata({
    site,
    title: t("title"),
    absoluteTitle: true,
    description: siteT("tagline"),
    pathFor: paths.home,
    defaultImageAlt,
    feed: { path: paths.feed(locale), title: seo("editionFeed") },
  });
}

export default async function HomePage({ params }: Props) {
  const { locale } = edition(await params);
  const t = await getTranslations({ locale, namespace: "home" });
  const [latest, sections, episode] = await Promise.all([listLatest(locale, 9), listSections(locale), getLatestEpisode()]);
  const rails = await Promise.all(sections.map(async (s) => ({ section: s, items: await listSectionLatest(locale, s.slug, 4, 0) })));
  const [lead, ...rest] = latest;
  const { site, siteT } = await seoContext(locale);
  return (
    <>
      <JsonLd data={[webSite(site, siteT("tagline")), newsOrganization(site)]} />
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="sr-only">{t("title")}</h1>
        <div className="grid gap-8 md:grid-cols-3">
          <section aria-labelledby="lead-heading" className="md:col-span-2">
            <h2 id="lead-heading" className="sr-only">
              {t("lead")}
            </h2>
            {lead ? <ArticleCard article={lead} showImage headingLevel={3} /> : null}
          </section>
          <section aria-labelledby="latest-heading">
            <h2 id="latest-heading" className="border-b-2 border-ink pb-1 text-lg font-bold">
              {t("latest")}
            </h2>
            {rest.map((a) => (
              <ArticleCard key={a.id} article={a} />
            ))}
          </section>
        </div>
        {episode ? <PodcastPromo locale={locale} episode={episode} /> : null}
        {rails
          .filter((r) => r.items.length > 0)
          .map(({ section, items }) => (
            <section key={section.slug} aria-labelledby={`rail-${section.slug}`} className="mt-10">
              <h2 id={`rail-${section.slug}`} className="border-b-2 border-ink pb-1 text-xl font-bold">
                <NavLink href={paths.section(locale, section.slug)} className="hover:underline">
                  {t("moreIn", { section: section.name })}
                </NavLink>
              </h2>
              <div className="grid gap-x-6 sm:grid-cols-2">
                {items.map((a) => (
                  <ArticleCard key={a.id} article={a} showSection={false} />
                ))}
              </div>
            </section>
          ))}
      </main>
    </>
  );
}
