import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { edition } from "@/lib/page-params";
import { choiceAwareVariants } from "@/lib/page-variant";
import { paths } from "@/lib/paths";
import { SiteHeader } from "@/components/layout/site-header";
import { ConsentForm } from "@/components/consent/consent-form";
import { editionPageMetadata } from "@/lib/seo/metadata";
import { seoContext } from "@/lib/seo/page-context";

type Props = { params: Promise<{ locale: string; variant: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = edition(await params, choiceAwareVariants);
  const t = await getTranslations({ locale, namespace: "consent" });
  const { site, defaultImageAlt } = await seoContext(locale);
  return editionPageMetadata({ site, defaultImageAlt, title: t("settingsTitle"), description: t("settingsIntro"), pathFor: paths.cookies });
}

/** Where a reader reviews or changes the cookie choice at any time. */
export default async function CookieSettingsPage({ params }: Props) {
  const { locale, variant } = edition(await params, choiceAwareVariants);
  const t = await getTranslations({ locale, namespace: "consent" });
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="mx-auto max-w-3xl px-4 py-6">
        <h1 className="text-3xl font-bold">{t("settingsTitle")}</h1>
        <p className="mt-4 text-lg">{t("message")}</p>
        <p className="mt-2 text-lg">{t("settingsIntro")}</p>
        <div className="mt-4">
          <ConsentForm
            acceptLabel={t("accept")}
            rejectLabel={t("reject")}
            savedLabel={t("saved")}
            current={{
              state: variant,
              labels: {
                granted: t("current", { state: "granted" }),
                denied: t("current", { state: "denied" }),
                unset: t("current", { state: "unset" }),
              },
            }}
          />
        </div>
      </main>
    </>
  );
}
