import type { ConsentState } from "./consent";

/**
 * Which cached copy of a public page a reader is served, from their consent state. Only two
 * things on a page depend on it: the banner (no choice made yet) and, on an article, the
 * page-view beacon (granted); the cookie settings page also shows the choice. So articles and
 * the settings page keep the three states apart, and every other page has two copies:
 * `unset` (banner) and `chosen`.
 */
export type PageVariant = ConsentState | "chosen";

export const pageVariants: readonly PageVariant[] = ["unset", "chosen", "granted", "denied"];
/** The variants a list or home page is built in; article and settings pages render on demand. */
export const prerenderedVariants: readonly PageVariant[] = ["unset", "chosen"];
/** What a page that neither counts views nor shows the choice accepts. */
export const choiceBlindVariants: readonly ("unset" | "chosen")[] = ["unset", "chosen"];
/** What the article and cookie settings pages accept. */
export const choiceAwareVariants: readonly ConsentState[] = ["unset", "granted", "denied"];

const choiceAwarePath = /^\/(articles\/[^/]+|cookies)$/;

export function isPageVariant(value: unknown): value is PageVariant {
  return typeof value === "string" && (pageVariants as readonly string[]).includes(value);
}

/** The variant of an internal (locale-less, mapped) path for a reader in `consent`. */
export function pageVariant(consent: ConsentState, path: string): PageVariant {
  if (consent === "unset" || choiceAwarePath.test(path)) return consent;
  return "chosen";
}
