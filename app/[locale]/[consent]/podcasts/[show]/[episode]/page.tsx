import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getEpisodeForPage } from "@/lib/data/episode-page";
import { edition, slugParam } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { EpisodeScreen } from "@/components/podcast/episode-screen";
import { PreviewBanner } from "@/components/staff/preview-banner";

type Props = { params: Promise<{ locale: string; consent: string; show: string; episode: string }> };

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
  return {
    title: `${episode.title} — ${episode.show.title}`,
    description: episode.showNotes.slice(0, 200),
    alternates: { canonical: paths.episode(locale, episode.show.slug, episode.slug) },
    ...(episode.preview ? { robots: { index: false, follow: false } } : {}),
  };
}

/** An episode: metadata, show notes and a native player that works without JavaScript. */
export default async function EpisodePage({ params }: Props) {
  const loaded = await load(await params);
  if (!loaded) notFound();
  const { locale, episode } = loaded;
  return <EpisodeScreen episode={episode} locale={locale} banner={episode.preview ? <PreviewBanner locale={locale} canExit /> : null} />;
}
