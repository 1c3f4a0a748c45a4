import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { edition } from "@/lib/page-params";
import { paths } from "@/lib/paths";
import { editionPageMetadata } from "@/lib/seo/metadata";
import { seoContext } from "@/lib/seo/page-context";
import { SiteHeader } from "@/components/layout/site-header";

type Props = { params: Promise<{ locale: string; variant: string }> };

/** The order of the commitments; their text lives in locales/*.json (editorial.sections). */
const commitments = ["accuracy", "independence", "sourcing", "fairness", "corrections", "privacy"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = edition(await params);
  const t = await getTranslations({ locale, namespace: "editorial" });
  const { site, defaultImageAlt } = await seoContext(locale);
  return editionPageMetadata({ site, defaultImageAlt, title: t("title"), description: t("description"), pathFor: paths.principles });
}

/** The newsroom's editorial standards page: what the publisher's publishingPrinciples points at. */
export default async function EditorialPrinciplesPage({ params }: Props) {
  const { locale } = edition(await params);
  const t = await getTranslations({ locale, namespace: "editorial" });
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <article>
          <h1 className="text-3xl font-bold">{t("title")}</h1>
          <p className="mt-4 text-xl leading-9">{t("intro")}</p>
          {commitments.map((key) => (
            <section key={key} aria-labelledby={`commitment-${key}`} className="mt-8">
              <h2 id={`commitment-${key}`} className="text-2xl font-bold">
                {t(`sections.${key}.title`)}
              </h2>
              <p className="mt-3 text-lg leading-9">{t(`sections.${key}.body`)}</p>
            </section>
          ))}
          <section aria-labelledby="editorial-contact" className="mt-8">
            <h2 id="editorial-contact" className="text-2xl font-bold">
              {t("contactTitle")}
            </h2>
            <p className="mt-3 text-lg leading-9">{t("contactBody")}</p>
          </section>
          <p className="mt-8 text-sm text-muted">{t("updated")}</p>
        </article>
      </main>
    </>
  );
}
