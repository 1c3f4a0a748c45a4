"use server";

import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/current";
import { mayDo } from "@/lib/auth/permissions";
import { mayActOn } from "@/lib/auth/item-access";
import { formLocale } from "@/lib/auth/respond";
import { staffPaths } from "@/lib/paths";
import { saveEpisode, type EpisodeSaveResult } from "./episodes";
import { invalidate } from "./invalidate";

export type EpisodeEditorState = { result: EpisodeSaveResult | null; values: Record<string, string> };

const FIELDS = ["showId", "season", "episodeNumber", "episodeType", "title", "slug", "showNotes", "audio"] as const;

/**
 * The episode editor's save (useActionState; a plain form post without
 * JavaScript). The staff session is checked here (role rules come with the
 * roles work); errors come back beside the fields with nothing written.
 */
export async function saveEpisodeAction(_prev: EpisodeEditorState, form: FormData): Promise<EpisodeEditorState> {
  const locale = formLocale(form);
  const staff = await requireStaff(locale);
  const values: Record<string, string> = { id: String(form.get("id") ?? "") };
  for (const name of FIELDS) values[name] = String(form.get(name) ?? "");
  const id = /^[1-9]\d{0,9}$/.test(values.id) ? Number(values.id) : null;
  if (values.id && id === null) return { result: { ok: false, fields: { id: "notFound" } }, values };
  const allowed = id ? await mayActOn(staff, "edit", { type: "episode", id }) : mayDo(staff, "create-episode");
  if (!allowed) return { result: { ok: false, fields: { id: "forbidden" } }, values };
  const result = await saveEpisode(staff.id, id, values);
  if (!result.ok) return { result, values };
  await invalidate(result.tags);
  redirect(staffPaths.editEpisode(locale, result.id, result.pending ? "?saved=pending" : "?saved=1"));
}
