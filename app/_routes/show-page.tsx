import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getShowPage } from "@/lib/data/podcasts";
import { directionOf } from "@/i18n/config";
import { edition, numberParam, slugParam } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { SiteHeader } from "@/components/layout/site-header";
import { NavLink } from "@/components/ui/nav-link";
import { EpisodeMeta } from "@/components/podcast/episode-meta";
import { JsonLd } from "@/components/seo/json-ld";
import { editionPageMetadata } from "@/lib/seo/metadata";
import { seoContext } from "@/lib/seo/page-context";
import { SizedImage } from "@/components/ui/sized-image";
import { breadcrumbs, podcastSeason, podcastSeries } from "@/lib/seo/structured-data";

export type ShowParams = { locale: string; variant: string; show: string; season?: string };

async function load(raw: ShowParams) {
  const { locale } = edition(raw);
  const season = raw.season === undefined ? null : numberParam(raw.season, { min: 0 });
  const data = await getShowPage(slugParam(raw.show), season);
  return data && { locale, data };
}

export async function showMetadata({ params }: { params: Promise<ShowParams> }): Promise<Metadata> {
  const loaded = await load(await params);
  if (!loaded) return {};
  const { locale, data } = loaded;
  const { show, selectedSeason } = data;
  const { site, defaultImageAlt, t } = await seoContext(locale);
  const season = data.seasons.find((s) => s.number === selectedSeason);
  return editionPageMetadata({
    site,
    defaultImageAlt,
    title: season ? season.title : show.title,
    description: show.description,
    pathFor: (l) => paths.show(l, show.slug, selectedSeason),
    image: { url: show.artwork.url, width: show.artwork.size, height: show.artwork.size, alt: show.title },
    feed: { path: paths.showFeed(show.slug), title: t("showFeed", { show: show.title }) },
  });
}

/** A show: artwork, description, seasons newest first, or one season with ?season=N. */
export async function ShowPage({ params }: { params: Promise<ShowParams> }) {
  const loaded = await load(await params);
  if (!loaded) notFound();
  const { locale, data } = loaded;
  const { show } = data;
  const t = await getTranslations({ locale, namespace: "podcast" });
  const { siteT } = await seoContext(locale);
  const crumbs = [
    { name: siteT("home"), path: paths.home(locale) },
    { name: siteT("podcasts"), path: paths.podcasts(locale) },
    { name: show.title, path: paths.show(locale, show.slug) },
  ];
  const season = data.seasons.find((s) => s.number === data.selectedSeason);
  const structured = season
    ? [
        podcastSeason(show, { number: season.number, title: season.title, episodeCount: season.episodes.length }, locale),
        breadcrumbs([...crumbs, { name: season.title, path: paths.show(locale, show.slug, season.number) }]),
      ]
    : [podcastSeries(show, locale), breadcrumbs(crumbs)];
  return (
    <>
      <JsonLd data={structured} />
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <header className="flex flex-col gap-4 sm:flex-row" lang={show.language} dir={directionOf(show.language)}>
          <SizedImage image={{ url: show.artwork.url, alt: "", width: 200, height: 200 }} sizes="12rem" priority className="h-48 w-48 shrink-0 rounded" />
          <div>
            <h1 className="text-3xl font-bold">{show.title}</h1>
            <p className="mt-2 text-lg">{show.description}</p>
          </div>
        </header>
        <p className="mt-4 text-sm text-muted">{t("episodeCount", { count: show.episodeCount })}</p>
        <nav aria-label={t("seasons")} className="mt-4">
          <ul className="flex flex-wrap gap-2 text-sm">
            <li>
              <NavLink
                href={paths.show(locale, show.slug)}
                aria-current={data.selectedSeason === null ? "page" : undefined}
                className="inline-block rounded border border-stone-300 px-3 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-white"
              >
                {t("allSeasons")}
              </NavLink>
            </li>
            {data.allSeasons.map((n) => (
              <li key={n}>
                <NavLink
                  href={paths.show(locale, show.slug, n)}
                  aria-current={data.selectedSeason === n ? "page" : undefined}
                  className="inline-block rounded border border-stone-300 px-3 py-1 aria-[current=page]:bg-ink aria-[current=page]:text-white"
                >
                  {t("season", { number: n })}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {data.seasons.map((season) => (
          <section key={season.number} aria-labelledby={`season-${season.number}`} className="mt-8">
            <h2 id={`season-${season.number}`} className="border-b-2 border-ink pb-1 text-xl font-bold" lang={show.language} dir={directionOf(show.language)}>
              {season.title}
            </h2>
            <ul>
              {season.episodes.map((e) => (
                <li key={e.id} className="border-b border-stone-200 py-3">
                  <h3 className="text-lg font-bold" lang={show.language} dir={directionOf(show.language)}>
                    <NavLink href={paths.episode(locale, show.slug, e.slug)} className="hover:underline">
                      {e.title}
                    </NavLink>
                  </h3>
                  <EpisodeMeta locale={locale} episode={e} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </main>
    </>
  );
}
