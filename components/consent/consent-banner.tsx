import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { ConsentForm } from "./consent-form";

type Props = { locale: Locale };

const BANNER_ID = "consent-banner";

/** Shown only in the "unset" page variant: the reader has not chosen yet. */
export async function ConsentBanner({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: "consent" });
  return (
    <section id={BANNER_ID} aria-label={t("region")} className="fixed inset-x-0 bottom-0 z-40 border-t-2 border-ink bg-white shadow-lg">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-4 sm:flex-row sm:items-center sm:justify-between">
        <p className="text-base">{t("message")}</p>
        <ConsentForm acceptLabel={t("accept")} rejectLabel={t("reject")} savedLabel={t("saved")} hideOnChoice containerId={BANNER_ID} />
      </div>
    </section>
  );
}
