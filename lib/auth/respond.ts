import { toLocale, type Locale } from "@/i18n/config";

/** A 303 for a form post, never cached. */
export function seeOther(location: string, extra?: Record<string, string | string[]>): Response {
  const headers = new Headers({ location, "cache-control": "private, no-store" });
  for (const [k, v] of Object.entries(extra ?? {})) for (const value of [v].flat()) headers.append(k, value);
  return new Response(null, { status: 303, headers });
}

/**
 * The edition of the staff page a form was posted from (the hidden field `locale`, in every staff form),
 * the default edition when missing. An article's own edition is a different field: `articleLocale`.
 */
export function formLocale(form: FormData | null): Locale {
  return toLocale(form?.get("locale"));
}
