import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { listShows } from "@/lib/data/podcasts";
import { directionOf } from "@/i18n/config";
import { edition } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { SiteHeader } from "@/components/layout/site-header";
import { NavLink } from "@/components/ui/nav-link";
import { editionPageMetadata } from "@/lib/seo/metadata";
import { SizedImage } from "@/components/ui/sized-image";
import { seoContext } from "@/lib/seo/page-context";

type Props = { params: Promise<{ locale: string; variant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = edition(await params);
  const t = await getTranslations({ locale, namespace: "podcast" });
  const { site, defaultImageAlt } = await seoContext(locale);
  return editionPageMetadata({ site, defaultImageAlt, title: t("title"), description: t("intro"), pathFor: paths.podcasts });
}

export default async function PodcastsPage({ params }: Props) {
  const { locale } = edition(await params);
  const t = await getTranslations({ locale, namespace: "podcast" });
  const shows = await listShows();
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="mt-2 text-lg text-muted">{t("intro")}</p>
        <ul className="mt-6 grid gap-6 sm:grid-cols-2">
          {shows.map((show) => (
            <li key={show.slug} lang={show.language} dir={directionOf(show.language)}>
              <SizedImage image={{ url: show.artwork.url, alt: "", width: 320, height: 320 }} sizes="20rem" className="h-auto w-full rounded" />
              <h2 className="mt-2 text-xl font-bold">
                <NavLink href={paths.show(locale, show.slug)} className="hover:underline">
                  {show.title}
                </NavLink>
              </h2>
              <p className="mt-1">{show.description}</p>
              <p className="mt-1 text-sm text-muted" lang={locale}>
                {t("episodeCount", { count: show.episodeCount })}
              </p>
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
