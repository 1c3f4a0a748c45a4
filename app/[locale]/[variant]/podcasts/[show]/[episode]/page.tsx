import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { auditStaffPreview } from "@/lib/content/preview-audit";
import { getEpisodeForPage } from "@/lib/data/episode-page";
import { edition, slugParam } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { EpisodeScreen } from "@/components/podcast/episode-screen";
import { JsonLd } from "@/components/seo/json-ld";
import { PreviewBanner } from "@/components/staff/preview-banner";
import { editionPageMetadata } from "@/lib/seo/metadata";
import { seoContext } from "@/lib/seo/page-context";
import { breadcrumbs, podcastEpisode } from "@/lib/seo/structured-data";

type Props = { params: Promise<{ locale: string; variant: string; show: string; episode: string }> };

export function generateStaticParams() {
  return [];
}

const load = cache(async (raw: Awaited<Props["params"]>) => {
  const { locale } = edition(raw);
  const episode = await getEpisodeForPage(slugParam(raw.show), slugParam(raw.episode));
  return episode && { locale, episode };
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await load(await params);
  if (!loaded) return {};
  const { locale, episode } = loaded;
  const { site, defaultImageAlt } = await seoContext(locale);
  const { show } = episode;
  return {
    ...editionPageMetadata({
      site,
      defaultImageAlt,
      title: `${episode.title} — ${show.title}`,
      description: episode.showNotes.slice(0, 200),
      pathFor: (l) => paths.episode(l, show.slug, episode.slug),
      image: { url: show.artwork.url, width: show.artwork.size, height: show.artwork.size, alt: show.title },
    }),
    ...(episode.preview ? { robots: { index: false, follow: false } } : {}),
  };
}

/** An episode: metadata, show notes and a native player that works without JavaScript. */
export default async function EpisodePage({ params }: Props) {
  const loaded = await load(await params);
  if (!loaded) notFound();
  const { locale, episode } = loaded;
  if (episode.previewedBy !== null) await auditStaffPreview({ type: "episode", id: episode.id }, episode.previewedBy);
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
      {/* A preview is for staff only: no structured data. */}
      {episode.preview ? null : <JsonLd data={[podcastEpisode(episode, locale), breadcrumbs(crumbs)]} />}
      <EpisodeScreen episode={episode} locale={locale} banner={episode.preview ? <PreviewBanner locale={locale} canExit /> : null} />
    </>
  );
}
