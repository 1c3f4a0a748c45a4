import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/config";
import { directionOf } from "@/i18n/config";
import type { EpisodeView } from "@/lib/data/podcasts";
import { paths } from "@/lib/paths";
import { SiteHeader } from "@/components/layout/site-header";
import { EpisodeMeta } from "@/components/podcast/episode-meta";
import { NavLink } from "@/components/ui/nav-link";
import { ShowNotes } from "@/components/podcast/show-notes";

type Props = { episode: EpisodeView; locale: Locale; banner?: ReactNode };

/** An episode page: metadata, show notes and a native player that works without JavaScript. Previews reuse it. */
export async function EpisodeScreen({ episode, locale, banner }: Props) {
  const t = await getTranslations({ locale, namespace: "podcast" });
  const lang = episode.show.language;
  return (
    <>
      {banner}
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
              <ShowNotes text={episode.showNotes} />
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
