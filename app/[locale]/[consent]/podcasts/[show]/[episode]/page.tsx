import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { getEpisode } from "@/lib/data/podcasts";
import { directionOf } from "@/i18n/config";
import { edition, slugParam } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { SiteHeader } from "@/components/layout/site-header";
import { EpisodeMeta } from "@/components/podcast/episode-meta";
import { NavLink } from "@/components/ui/nav-link";
import { JsonLd } from "@/components/seo/json-ld";
import { editionPageMetadata } from "@/lib/seo/metadata";
import { seoContext } from "@/lib/seo/page-context";
import { breadcrumbs, podcastEpisode } from "@/lib/seo/structured-data";

type Props = { params: Promise<{ locale: string; consent: string; show: string; episode: string }> };

export function generateStaticParams() {
  return [];
}

const load = cache(async (raw: Awaited<Props["params"]>) => {
  const { locale } = edition(raw);
  const episode = await getEpisode(slugParam(raw.show), slugParam(raw.episode));
  return episode && { locale, episode };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(await params);
  if (!loaded) return {};
  const { locale, episode } = loaded;
  const { site, defaultImageAlt } = await seoContext(locale);
  const { show } = episode;
  return editionPageMetadata({
    site,
    defaultImageAlt,
    title: `${episode.title} — ${show.title}`,
    description: episode.showNotes.slice(0, 200),
    pathFor: (l) => paths.episode(l, show.slug, episode.slug),
    image: { url: show.artwork.url, width: show.artwork.size, height: show.artwork.size, alt: show.title },
  });
}

/** An episode: metadata, show notes and a native player that works without JavaScript. */
export default async function EpisodePage({ params }: Props) {
  const loaded = await load(await params);
  if (!loaded) notFound();
  const { locale, episode } = loaded;
  const t = await getTranslations({ locale, namespace: "podcast" });
  const lang = episode.show.language;
  const { siteT } = await seoContext(locale);
  const crumbs = [
    { name: siteT("home"), path: paths.home(locale) },
    { name: siteT("podcasts"), path: paths.podcasts(locale) },
    { name: episode.show.title, path: paths.show(locale, episode.show.slug) },
    ...(episode.seasonNumber !== null && episode.seasonTitle
      ? [{ name: episode.seasonTitle, path: paths.show(locale, episode.show.slug, episode.seasonNumber) }]
      : []),
    { name: episode.title, path: paths.episode(locale, episode.show.slug, episode.slug) },
  ];
  return (
    <>
      <JsonLd data={[podcastEpisode(episode, locale), breadcrumbs(crumbs)]} />
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <article>
          <p className="font-bold text-brand" lang={lang}>
            <NavLink href={paths.show(locale, episode.show.slug)}>{episode.show.title}</NavLink>
          </p>
          <h1 className="mt-2 text-3xl font-bold" lang={lang} dir={directionOf(lang)}>
            {episode.title}
          </h1>
          <div className="mt-3">
            <EpisodeMeta locale={locale} episode={episode} />
          </div>
          <section aria-labelledby="player-heading" className="mt-6 rounded bg-stone-100 p-4">
            <h2 id="player-heading" className="mb-2 font-bold">
              {t("listen")}
            </h2>
            <audio controls preload="none" className="w-full">
              <source src={episode.audio.url} type={episode.audio.mimeType} />
              {t("noAudio")}
            </audio>
            <p className="mt-2 text-sm">
              <a href={episode.audio.url} download className="underline">
                {t("download")}
              </a>
            </p>
          </section>
          <section aria-labelledby="notes-heading" className="mt-6">
            <h2 id="notes-heading" className="text-xl font-bold">
              {t("showNotes")}
            </h2>
            <div lang={lang} dir={directionOf(lang)}>
              {episode.showNotes.split(/\n{2,}/).map((para, i) => (
                <p key={i} className="mt-3 text-lg leading-8">
                  {para}
                </p>
              ))}
            </div>
          </section>
          <p className="mt-8">
            <NavLink href={paths.show(locale, episode.show.slug)} className="underline">
              {t("backToShow", { show: episode.show.title })}
            </NavLink>
          </p>
        </article>
      </main>
    </>
  );
}
