import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { EpisodeCard } from "@/lib/data/podcasts";
import { clockDuration, durationMinutes } from "@/lib/format";
import { DateText } from "@/components/ui/date-text";

type Props = { locale: Locale; episode: EpisodeCard };

/** Season · episode · type · duration · date, as one line of metadata. */
export async function EpisodeMeta({ locale, episode }: Props) {
  const t = await getTranslations({ locale, namespace: "podcast" });
  const parts = [
    episode.seasonNumber ? t("season", { number: episode.seasonNumber }) : null,
    episode.episodeNumber ? t("episodeNumber", { number: episode.episodeNumber }) : null,
    episode.episodeType !== "full" ? t(episode.episodeType) : null,
  ].filter(Boolean);
  return (
    <p className="flex flex-wrap gap-x-3 text-sm text-muted">
      {parts.map((p) => (
        <span key={p}>{p}</span>
      ))}
      <span>
        {t("duration", { minutes: durationMinutes(episode.durationSec) })} (<bdi dir="ltr">{clockDuration(episode.durationSec)}</bdi>)
      </span>
      <DateText locale={locale} iso={episode.publishedAt} />
    </p>
  );
}
