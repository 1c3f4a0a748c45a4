import { getTranslations } from "next-intl/server";
import { directionOf, type Locale } from "@/i18n/config";
import type { EpisodeCard } from "@/lib/data/podcasts";
import { paths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";

type Props = { locale: Locale; episode: EpisodeCard & { show: { slug: string; title: string; language: string } }; className?: string };

/** «بودكاست — شو الحل؟ - الموسم الثالث»: the newest episode, on the home page. */
export async function PodcastPromo({ locale, episode, className = "mt-10" }: Props) {
  const t = await getTranslations({ locale, namespace: "home" });
  const tp = await getTranslations({ locale, namespace: "podcast" });
  return (
    <section aria-labelledby="podcast-promo" className={`${className} rounded bg-ink p-6 text-white`}>
      <h2 id="podcast-promo" className="text-sm font-bold tracking-wide text-stone-300">
        {t("podcastPromo")}
      </h2>
      <p className="mt-2 text-2xl font-bold" lang={episode.show.language} dir={directionOf(episode.show.language)}>
        <NavLink href={paths.show(locale, episode.show.slug)} className="hover:underline">
          {episode.show.title}
        </NavLink>
        {episode.seasonNumber ? <span className="font-normal"> — {tp("season", { number: episode.seasonNumber })}</span> : null}
      </p>
      <p className="mt-2" lang={episode.show.language} dir={directionOf(episode.show.language)}>
        {episode.title}
      </p>
      <NavLink href={paths.episode(locale, episode.show.slug, episode.slug)} className="mt-4 inline-block rounded bg-white px-4 py-2 font-bold text-ink">
        {t("listenNow")}
      </NavLink>
    </section>
  );
}
