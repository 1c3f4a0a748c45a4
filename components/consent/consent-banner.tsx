import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { ConsentForm } from "./consent-form";

type Props = { locale: Locale };

const BANNER_ID = "consent-banner";
/** The space kept free under the page so the fixed banner never covers its end. */
export const BANNER_SPACER_ID = "consent-spacer";

/** Shown only in the "unset" page variant: the reader has not chosen yet. */
export async function ConsentBanner({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: "consent" });
  return (
    <section id={BANNER_ID} aria-label={t("region")} className="fixed inset-x-0 bottom-0 z-40 border-t-2 border-ink bg-white shadow-lg">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-base">{t("message")}</p>
        <ConsentForm acceptLabel={t("accept")} rejectLabel={t("reject")} savedLabel={t("saved")} hide={[BANNER_ID, BANNER_SPACER_ID]} />
      </div>
    </section>
  );
}
