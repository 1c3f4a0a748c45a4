import { otherLocale } from "@/i18n/config";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { searchArticles } from "@/lib/data/search";
import { edition } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { pageMetadata } from "@/lib/seo/metadata";
import { seoContext } from "@/lib/seo/page-context";
import { SiteHeader } from "@/components/layout/site-header";
import { SearchResults } from "@/components/search/search-results";

type Props = { params: Promise<{ locale: string; variant: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Results are per query: rendered on request, never stored as a page of their own.
export const dynamic = "force-dynamic";

/** ?q= (the first one counts) and ?page=N like every list: anything else for page is a 404. */
const searchParamsSchema = z.object({
  q: z
    .union([z.string(), z.array(z.string()).transform((v) => v[0] ?? "")])
    .optional()
    .transform((v) => v ?? ""),
  page: z
    .string()
    .regex(/^[1-9][0-9]{0,5}$/)
    .optional()
    .transform((v) => (v ? Number(v) : 1)),
});

async function load(props: Props) {
  const { locale } = edition(await props.params);
  const parsed = searchParamsSchema.safeParse(await props.searchParams);
  if (!parsed.success) notFound();
  return { locale, ...parsed.data };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, q } = await load(props);
  const t = await getTranslations({ locale, namespace: "search" });
  const { site, defaultImageAlt } = await seoContext(locale);
  const query = q.trim();
  return pageMetadata({
    site,
    defaultImageAlt,
    title: query ? t("titleFor", { query: [...query].slice(0, 60).join("") }) : t("title"),
    description: t("prompt"),
    path: paths.search(locale),
    noindex: true,
  });
}

export default async function SearchPage(props: Props) {
  const { locale, q, page } = await load(props);
  const result = await searchArticles(locale, q, page);
  if (result.kind === "notFound") notFound();
  const other = otherLocale(locale);
  const query = result.query;
  return (
    <>
      <SiteHeader locale={locale} query={query} alternateHref={paths.search(other, query || undefined)} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <SearchResults locale={locale} result={result} />
      </main>
    </>
  );
}
