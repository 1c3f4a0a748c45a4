import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { saveEpisodeAction, type EpisodeEditorState } from "@/lib/content/episode-actions";
import type { AudioSummary, EpisodeEditorValues, ShowOption } from "@/lib/data/episode-editor";
import { formatNumber } from "@/lib/format";
import { EpisodeForm, type EpisodeFormStrings } from "./episode-form";

type Props = {
  locale: Locale;
  values: EpisodeEditorValues | null;
  shows: ShowOption[];
  /** The episode's audio now (editing), and a file just uploaded for it (from the editor's URL). */
  current: AudioSummary | null;
  uploaded: AudioSummary | null;
  audioError: string | null;
  maxMegabytes: number;
};

const AUDIO_ERRORS = ["empty", "notAudio", "truncated", "tooShort", "tooLarge", "missing", "badRequest"] as const;

/**
 * The episode editor: first the audio upload (its own multipart form, posted to
 * /api/staff/episodes/audio, which answers back here with the stored file or the
 * problem), then the details form. Both work without JavaScript.
 */
export async function EpisodeEditor({ locale, values, shows, current, uploaded, audioError, maxMegabytes }: Props) {
  const t = await getTranslations({ locale, namespace: "episodeEditor" });
  const problem = AUDIO_ERRORS.find((code) => code === audioError);
  const audio = uploaded ?? current;
  const id = values?.id ? String(values.id) : "";
  const strings: EpisodeFormStrings = {
    fields: {
      showId: t("fieldShow"),
      season: t("fieldSeason"),
      episodeNumber: t("fieldEpisodeNumber"),
      episodeType: t("fieldEpisodeType"),
      title: t("fieldTitle"),
      slug: t("fieldSlug"),
      showNotes: t("fieldShowNotes"),
      audio: t("audioField"),
    },
    types: { full: t("types.full"), trailer: t("types.trailer"), bonus: t("types.bonus") },
    seasonHint: t("seasonHint", { list: shows.map((s) => `${s.title}: ${s.seasons.join("، ") || "—"}`).join(" · ") }),
    slugHint: t("slugHint"),
    notesHint: t("notesHint"),
    save: t("save"),
    summary: t("errorsSummary"),
    errors: {
      invalid: t("errors.invalid"),
      taken: t("errors.taken"),
      required: t("errors.required"),
      notFound: t("errors.notFound"),
      notAllowed: t("errors.notAllowed"),
      missing: t("errors.missing"),
    },
  };
  const initial: EpisodeEditorState = {
    result: null,
    values: {
      ...(values ?? { showId: String(shows[0]?.id ?? ""), season: "", episodeNumber: "", episodeType: "full", title: "", slug: "", showNotes: "" }),
      id,
      audio: uploaded ? (uploaded.url.split("/").pop() ?? "") : "",
    },
  };
  const field = "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2";
  return (
    <>
      <section id="audio" aria-labelledby="audio-heading" className="mt-6 rounded border border-stone-300 p-4">
        <h2 id="audio-heading" className="text-xl font-bold">
          {t("audioHeading")}
        </h2>
        {audio ? (
          <div className="mt-2">
            <p role="status">
              {t(uploaded ? "audioUploaded" : "audioCurrent", { seconds: formatNumber(locale, audio.durationSec), bytes: formatNumber(locale, audio.bytes) })}
            </p>
            <audio controls preload="none" className="mt-2 w-full" aria-label={t("listen")}>
              <source src={audio.url} type={audio.mime} />
            </audio>
          </div>
        ) : null}
        <form method="post" action="/api/staff/episodes/audio" encType="multipart/form-data" className="mt-3">
          <input type="hidden" name="locale" value={locale} />
          <input type="hidden" name="episodeId" value={id} />
          <label className="block font-bold" htmlFor="ep-audio-file">
            {t("audioField")}
          </label>
          <p id="ep-audio-hint" className="text-sm text-muted">
            {t("audioHint", { max: formatNumber(locale, maxMegabytes) })}
          </p>
          <input
            id="ep-audio-file"
            name="audio"
            type="file"
            required
            accept="audio/mpeg,audio/mp4,.mp3,.m4a"
            className={field}
            aria-describedby={problem ? "ep-audio-file-error ep-audio-hint" : "ep-audio-hint"}
            {...(problem ? { "aria-invalid": true } : {})}
          />
          {problem ? (
            <p id="ep-audio-file-error" role="alert" className="mt-1 text-sm text-red-800">
              {t(`audioErrors.${problem}`, { max: formatNumber(locale, maxMegabytes) })}
            </p>
          ) : null}
          <button type="submit" className="mt-3 rounded border border-stone-500 bg-white px-4 py-2">
            {t("upload")}
          </button>
        </form>
      </section>
      <section aria-labelledby="details-heading" className="mt-6">
        <h2 id="details-heading" className="text-xl font-bold">
          {t("detailsHeading")}
        </h2>
        <EpisodeForm action={saveEpisodeAction} initial={initial} shows={shows} strings={strings} uiLocale={locale} />
      </section>
    </>
  );
}
