"use client";

import { useActionState } from "react";
import type { EditorState } from "@/lib/content/actions";
import type { EditorOptions } from "@/lib/data/views";
import type { Locale } from "@/i18n/config";
import type { ImageProblem } from "@/lib/media/image-pipeline";
import { HERO_FILE_TYPES, HeroFileField } from "./hero-file-field";

export type ArticleFormStrings = {
  fields: Record<
    "title" | "slug" | "standfirst" | "sectionId" | "authorIds" | "tagIds" | "heroUrl" | "heroAlt" | "heroCaption" | "heroCredit" | "locale" | "body",
    string
  >;
  slugHint: string;
  bodyHint: string;
  save: string;
  summary: string;
  /** Shown instead of the summary when someone else saved or published the pending changes meanwhile. */
  conflict: string;
  errors: Record<string, string>;
  bodyErrors: Record<"unknownTarget" | "badMedia" | "empty", string>;
  localeNames: { ar: string; en: string };
  heroFile: { label: string; hint: string; errors: Record<ImageProblem, string> };
};

type Props = {
  action: (state: EditorState, form: FormData) => Promise<EditorState>;
  initial: EditorState;
  options: EditorOptions;
  strings: ArticleFormStrings;
  uiLocale: Locale;
};

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k) => String(vars[k] ?? ""));

/**
 * The article editor. A plain form posting to a Server Action: without
 * JavaScript the server answers with the same form and its errors; with
 * JavaScript useActionState swaps them in place.
 */
export function ArticleForm({ action, initial, options, strings, uiLocale }: Props) {
  const [state, formAction, pending] = useActionState(action, initial, undefined);
  const v = state.values;
  const result = state.result && !state.result.ok ? state.result : null;
  const error = (name: keyof ArticleFormStrings["fields"]) => {
    const code = result?.fields[name];
    return code ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-800">
        {name === "body" && result?.body.length
          ? result.body.map((e) => fill(strings.bodyErrors[e.code], { line: e.line, text: e.text })).join(" ")
          : (strings.errors[code] ?? code)}
      </p>
    ) : null;
  };
  const described = (name: keyof ArticleFormStrings["fields"], hint?: string) => {
    const ids = [result?.fields[name] ? `${name}-error` : null, hint].filter(Boolean).join(" ");
    return { ...(result?.fields[name] ? { "aria-invalid": true } : {}), ...(ids ? { "aria-describedby": ids } : {}) };
  };
  const field = "mt-1 block w-full rounded border border-stone-400 bg-white px-3 py-2";
  const text = (name: "title" | "slug" | "standfirst" | "heroUrl" | "heroAlt" | "heroCaption" | "heroCredit", extra?: object, hint?: string) => (
    <div>
      <label className="block font-bold" htmlFor={`f-${name}`}>
        {strings.fields[name]}
      </label>
      <input id={`f-${name}`} name={name} defaultValue={String(v[name] ?? "")} className={field} {...extra} {...described(name, hint)} />
      {error(name)}
    </div>
  );
  const multi = (name: "authorIds" | "tagIds", items: { id: number; name: string }[]) => (
    <fieldset {...described(name)}>
      <legend className="font-bold">{strings.fields[name]}</legend>
      <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
        {items.map((o) => (
          <label key={o.id} className="text-sm">
            <input type="checkbox" name={name} value={o.id} defaultChecked={([v[name]].flat() as string[]).includes(String(o.id))} /> {o.name}
          </label>
        ))}
      </div>
      {error(name)}
    </fieldset>
  );
  return (
    <form action={formAction} className="mt-6 space-y-5" key={JSON.stringify(v)}>
      {result ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {result.conflict ? strings.conflict : result.fields.id ? (strings.errors[result.fields.id] ?? strings.summary) : strings.summary}
        </p>
      ) : null}
      <input type="hidden" name="id" value={String(v.id ?? "")} />
      <input type="hidden" name="revision" value={String(v.revision ?? "")} />
      <input type="hidden" name="locale" value={uiLocale} />
      {text("title", { required: true })}
      {text("slug", { dir: "auto" }, "slug-hint")}
      <p id="slug-hint" className="-mt-4 text-sm text-muted">
        {strings.slugHint}
      </p>
      <div>
        <label className="block font-bold" htmlFor="f-standfirst">
          {strings.fields.standfirst}
        </label>
        <textarea id="f-standfirst" name="standfirst" rows={2} defaultValue={String(v.standfirst ?? "")} className={field} {...described("standfirst")} />
        {error("standfirst")}
      </div>
      <div className="flex flex-wrap gap-6">
        <div>
          <label className="block font-bold" htmlFor="f-locale">
            {strings.fields.locale}
          </label>
          <select id="f-locale" name="articleLocale" defaultValue={String(v.locale || "ar")} className={field}>
            <option value="ar">{strings.localeNames.ar}</option>
            <option value="en">{strings.localeNames.en}</option>
          </select>
        </div>
        <div>
          <label className="block font-bold" htmlFor="f-sectionId">
            {strings.fields.sectionId}
          </label>
          <select id="f-sectionId" name="sectionId" defaultValue={String(v.sectionId ?? "")} className={field} {...described("sectionId")}>
            {options.sections.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
          {error("sectionId")}
        </div>
      </div>
      {multi("authorIds", options.authors)}
      {multi("tagIds", options.tags)}
      <HeroFileField strings={strings.heroFile} problem={state.heroFile} accept={HERO_FILE_TYPES} />
      {text("heroUrl", { dir: "ltr" })}
      {text("heroAlt")}
      {text("heroCaption")}
      {text("heroCredit")}
      <div>
        <label className="block font-bold" htmlFor="f-body">
          {strings.fields.body}
        </label>
        <p id="body-hint" className="text-sm text-muted">
          {strings.bodyHint}
        </p>
        <textarea id="f-body" name="body" rows={20} defaultValue={String(v.body ?? "")} className={`${field} leading-8`} {...described("body", "body-hint")} />
        {error("body")}
      </div>
      <button type="submit" disabled={pending} className="rounded bg-brand px-6 py-2 font-bold text-white">
        {strings.save}
      </button>
    </form>
  );
}
