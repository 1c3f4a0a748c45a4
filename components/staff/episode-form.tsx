"use client";

import { useActionState } from "react";
import type { EpisodeEditorState } from "@/lib/content/episode-actions";
import type { Locale } from "@/i18n/config";

export type EpisodeFormStrings = {
  fields: Record<"showId" | "season" | "episodeNumber" | "episodeType" | "title" | "slug" | "showNotes" | "audio", string>;
  types: Record<"full" | "trailer" | "bonus", string>;
  seasonHint: string;
  slugHint: string;
  notesHint: string;
  save: string;
  summary: string;
  errors: Record<string, string>;
};

type Props = {
  action: (state: EpisodeEditorState, form: FormData) => Promise<EpisodeEditorState>;
  initial: EpisodeEditorState;
  shows: { id: number; title: string }[];
  strings: EpisodeFormStrings;
  uiLocale: Locale;
};

type Name = keyof EpisodeFormStrings["fields"];

/**
 * The episode editor's details. A plain form posting to a Server Action:
 * without JavaScript the server answers with the same form and its errors;
 * with JavaScript useActionState swaps them in place. The audio arrives as
 * the stored name of a file the upload form (above it) already accepted.
 */
export function EpisodeForm({ action, initial, shows, strings, uiLocale }: Props) {
  const [state, formAction, pending] = useActionState(action, initial, undefined);
  const v = state.values;
  const result = state.result && !state.result.ok ? state.result : null;
  const code = (name: Name | "id") => result?.fields[name];
  const error = (name: Name | "id") =>
    code(name) ? (
      <p id={`ep-${name}-error`} className="mt-1 text-sm text-red-800">
        {strings.errors[code(name) ?? ""] ?? code(name)}
      </p>
    ) : null;
  const described = (name: Name, hint?: string) => {
    const ids = [code(name) ? `ep-${name}-error` : null, hint].filter(Boolean).join(" ");
    return { ...(code(name) ? { "aria-invalid": true } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
  };
  const field = "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2";
  const label = (name: Name) => (
    <label className="block font-bold" htmlFor={`ep-${name}`}>
      {strings.fields[name]}
    </label>
  );
  return (
    <form action={formAction} className="mt-4 space-y-5" key={JSON.stringify(v)}>
      {result ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {strings.summary}
        </p>
      ) : null}
      {error("id")}
      <input type="hidden" name="id" value={v.id ?? ""} />
      <input type="hidden" name="locale" value={uiLocale} />
      <input type="hidden" name="audio" value={v.audio ?? ""} />
      {error("audio")}
      <div className="flex flex-wrap gap-6">
        <div>
          {label("showId")}
          <select id="ep-showId" name="showId" defaultValue={v.showId} className={field} {...described("showId")}>
            {shows.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
          {error("showId")}
        </div>
        <div>
          {label("season")}
          <input
            id="ep-season"
            name="season"
            inputMode="numeric"
            dir="ltr"
            defaultValue={v.season}
            className={field}
            {...described("season", "ep-season-hint")}
          />
          {error("season")}
        </div>
        <div>
          {label("episodeNumber")}
          <input
            id="ep-episodeNumber"
            name="episodeNumber"
            inputMode="numeric"
            dir="ltr"
            defaultValue={v.episodeNumber}
            className={field}
            {...described("episodeNumber")}
          />
          {error("episodeNumber")}
        </div>
        <div>
          {label("episodeType")}
          <select id="ep-episodeType" name="episodeType" defaultValue={v.episodeType || "full"} className={field} {...described("episodeType")}>
            {(["full", "trailer", "bonus"] as const).map((type) => (
              <option key={type} value={type}>
                {strings.types[type]}
              </option>
            ))}
          </select>
          {error("episodeType")}
        </div>
      </div>
      <p id="ep-season-hint" className="-mt-3 text-sm text-muted">
        {strings.seasonHint}
      </p>
      <div>
        {label("title")}
        <input id="ep-title" name="title" required defaultValue={v.title} className={field} {...described("title")} />
        {error("title")}
      </div>
      <div>
        {label("slug")}
        <input id="ep-slug" name="slug" dir="auto" defaultValue={v.slug} className={field} {...described("slug", "ep-slug-hint")} />
        <p id="ep-slug-hint" className="text-sm text-muted">
          {strings.slugHint}
        </p>
        {error("slug")}
      </div>
      <div>
        {label("showNotes")}
        <p id="ep-notes-hint" className="text-sm text-muted">
          {strings.notesHint}
        </p>
        <textarea
          id="ep-showNotes"
          name="showNotes"
          rows={10}
          defaultValue={v.showNotes}
          className={`${field} leading-8`}
          {...described("showNotes", "ep-notes-hint")}
        />
        {error("showNotes")}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-6 py-2 font-bold text-white">
        {strings.save}
      </button>
    </form>
  );
}
