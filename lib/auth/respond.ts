import type { Locale } from "@/i18n/config";
import { localePrefix } from "@/lib/paths";

/** A 303 for a form post, never cached. */
export function seeOther(location: string, extra?: Record<string, string | string[]>): Response {
  const headers = new Headers({ location, "cache-control": "private, no-store" });
  for (const [k, v] of Object.entries(extra ?? {})) for (const value of [v].flat()) headers.append(k, value);
  return new Response(null, { status: 303, headers });
}

export function staffPath(locale: Locale, path = ""): string {
  return `${localePrefix(locale)}/staff${path}`;
}

/** The edition a staff form posted from (a hidden field), Arabic by default. */
export function formLocale(form: FormData | null): Locale {
  return form?.get("locale") === "en" ? "en" : "ar";
}
