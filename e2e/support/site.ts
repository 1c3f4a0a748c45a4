import { expect, type APIResponse, type Page } from "@playwright/test";
import { internalPath, mapPublicPath } from "../../lib/routing-paths";

/** Seed content the reader specs rely on (prisma/seed/data). */
export const seed = {
  rozana: { slug: "داعش-يجدد-استهداف-قوات-النظام-ما-مصدر-قوته", title: '"داعش" يجدد استهداف قوات النظام… ما مصدر قوته؟' },
  oilAr: { slug: "20k-oil-barrels-reach-regime-from-sdf-areas", title: '20 ألف برميل نفط تصل النظام السوري من مناطق "قسد"' },
  oilEn: { slug: "20000-oil-barrels-reach-syrian-regime-from-sdf-areas", title: '20,000 barrels of oil reach the Syrian regime from "SDF" areas' },
  desertEn: { slug: "sporadic-attacks-continue-in-the-syrian-desert", title: "Sporadic attacks continue in the Syrian desert" },
  movedArticle: { earlier: "desert-patrols-sporadic-attacks", current: "joint-desert-patrols-and-sporadic-attacks" },
  // Markers are the items' own titles: other specs create drafts of their own, so a bare «مسودة» is not the seed's.
  draft: { slug: "draft-budget-leak", marker: "مسودة: تسريب ميزانية تمويل خلايا داعش" },
  scheduled: { slug: "scheduled-election-preview", marker: "مجدول: قراءة مسبقة في الانتخابات المحلية" },
  draftEpisode: { slug: "draft-episode", marker: "مسودة: حلقة عن المواصلات العامة" },
  scheduledEpisode: { slug: "scheduled-episode", marker: "مجدول: حلقة عن أسعار الدواء" },
  show: "shu-al-hal",
  episode: { slug: "rent-crisis", title: "الإيجارات: بيت صغير بنصف الراتب", audio: "/media/podcasts/shu-al-hal/rent-crisis.mp3" },
} as const;

export const articlePath = (slug: string, locale: "ar" | "en" = "ar") => `${locale === "en" ? "/en" : ""}/articles/${encodeURIComponent(slug)}`;

export const editions = [
  { locale: "ar", prefix: "", dir: "rtl", notFound: "الصفحة غير موجودة" },
  { locale: "en", prefix: "/en", dir: "ltr", notFound: "Page not found" },
] as const;

export type EditionInfo = (typeof editions)[number];

/** The server-rendered language and direction of the page. */
export async function expectEdition(page: Page, edition: Pick<EditionInfo, "locale" | "dir">) {
  await expect(page.locator("html")).toHaveAttribute("lang", edition.locale);
  await expect(page.locator("html")).toHaveAttribute("dir", edition.dir);
}

/** A response that sets no cookie of any kind. */
export function expectNoCookie(response: APIResponse | null) {
  expect(response, "response").not.toBeNull();
  expect(response!.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie")).toEqual([]);
}

/**
 * Internal route shapes, built by the module the proxy uses (lib/routing-paths.ts),
 * so a rename keeps these checks pointed at the real internal paths.
 */
function mapped(path: string, query: string): string {
  const decision = mapPublicPath(path, new URLSearchParams(query));
  if (decision.kind !== "ok") throw new Error(`${path}?${query} maps to nothing`);
  return decision.path;
}

/** Public path of an internal route, without the locale segment the proxy adds. */
const withoutLocale = (p: string) => p.replace(/^\/ar(?=\/|$)/, "") || "/";

export const internal = {
  /** /sections/reports?page=2 inside the route tree. */
  sectionPage2: mapped("/sections/reports", "page=2"),
  /** /podcasts/<show>?season=3 inside the route tree. */
  season3: mapped(`/podcasts/${seed.show}`, "season=3"),
  /** The consent segment of the home page, and of a section. */
  consentHome: withoutLocale(internalPath("ar", "unset", "/")),
  consentSection: withoutLocale(internalPath("ar", "granted", "/sections/reports")),
  /** The 410 page's own route. proxy.ts writes this name inline (no builder in lib/ to import): keep in step. */
  withdrawn: "/withdrawn",
};
