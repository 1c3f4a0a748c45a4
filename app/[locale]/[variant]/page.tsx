import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listSectionLatest } from "@/lib/data/articles";
import { getFrontPage } from "@/lib/data/front-page";
import { listSections } from "@/lib/data/lists";
import { getLatestEpisode } from "@/lib/data/podcasts";
import { edition } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { SiteHeader } from "@/components/layout/site-header";
import { ArticleCard } from "@/components/article/article-card";
import { MostRead } from "@/components/article/most-read";
import { StoryTile } from "@/components/article/story-tile";
import { LeadStory } from "@/components/home/lead-story";
import { OpinionRail } from "@/components/home/opinion-rail";
import { PodcastPromo } from "@/components/podcast/podcast-promo";
import { PreviewBanner } from "@/components/staff/preview-banner";
import { NavLink } from "@/components/ui/nav-link";
import { JsonLd } from "@/components/seo/json-ld";
import { editionPageMetadata } from "@/lib/seo/metadata";
import { seoContext } from "@/lib/seo/page-context";
import { newsOrganization, webSite } from "@/lib/seo/structured-data";

type Props = { params: Promise<{ locale: string; variant: string }> };

const OPINION = "opinion";

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
  const [front, sections, episode] = await Promise.all([getFrontPage(locale), listSections(locale), getLatestEpisode()]);
  const rails = await Promise.all(sections.map(async (s) => ({ section: s, items: await listSectionLatest(locale, s.slug, 4, 0) })));
  const opinion = rails.find((r) => r.section.slug === OPINION);
  const { site, siteT } = await seoContext(locale);
  // The first screen's largest paint on a phone: the lead's picture, or without one the first secondary story's.
  const firstPicture = front.lead?.hero ? null : (front.secondary.find((a) => a.hero)?.id ?? null);
  return (
    <>
      {front.preview ? <PreviewBanner locale={locale} canExit /> : <JsonLd data={[webSite(site, siteT("tagline")), newsOrganization(site)]} />}
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <h1 className="sr-only">{front.preview ? t("previewFront") : t("title")}</h1>
        <div className="grid gap-x-8 gap-y-6 md:grid-cols-3" data-first-screen>
          <div className="md:col-span-2" data-column="main">
            <section aria-labelledby="lead-heading">
              <h2 id="lead-heading" className="sr-only">
                {t("lead")}
              </h2>
              {front.lead ? <LeadStory article={front.lead} /> : null}
            </section>
            {front.secondary.length > 0 ? (
              <section aria-labelledby="secondary-heading" className="mt-6">
                <h2 id="secondary-heading" className="sr-only">
                  {t("secondary")}
                </h2>
                <div className="grid gap-x-6 gap-y-4 sm:grid-cols-2">
                  {front.secondary.map((a) => (
                    <StoryTile key={a.id} article={a} priority={a.id === firstPicture} />
                  ))}
                </div>
              </section>
            ) : null}
          </div>
          <div data-column="side">
            <section aria-labelledby="latest-heading">
              <h2 id="latest-heading" className="border-b-2 border-ink pb-1 text-lg font-bold">
                {t("latest")}
              </h2>
              {front.latest.map((a) => (
                <ArticleCard key={a.id} article={a} compact />
              ))}
            </section>
            {episode ? <PodcastPromo locale={locale} episode={episode} className="mt-8" /> : null}
            <MostRead locale={locale} />
          </div>
        </div>
        {opinion ? <OpinionRail locale={locale} items={opinion.items} sectionSlug={OPINION} /> : null}
        {rails
          .filter((r) => r.items.length > 0 && r.section.slug !== OPINION)
          .map(({ section, items }) => (
            <section key={section.slug} aria-labelledby={`rail-${section.slug}`} className="mt-10">
              <h2 id={`rail-${section.slug}`} className="border-b-2 border-ink pb-1 text-xl font-bold">
                <NavLink href={paths.section(locale, section.slug)} className="hover:underline">
                  {t("moreIn", { section: section.name })}
                </NavLink>
              </h2>
              <div className="grid gap-x-6 sm:grid-cols-2 lg:grid-cols-4">
                {items.map((a) => (
                  <StoryTile key={a.id} article={a} showSection={false} />
                ))}
              </div>
            </section>
          ))}
      </main>
    </>
  );
}
