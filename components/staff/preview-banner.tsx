import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";

type Props = { locale: Locale; canExit: boolean };

/** Fixed at the top of every preview: this is not what readers see yet. */
export async function PreviewBanner({ locale, canExit }: Props) {
  const t = await getTranslations({ locale, namespace: "staff" });
  return (
    <>
      <div
        role="status"
        aria-label={t("previewBanner")}
        className="fixed inset-x-0 top-0 z-50 flex items-center justify-center gap-4 bg-amber-300 px-4 py-2 font-bold text-ink shadow"
      >
        <p>{t("previewBanner")}</p>
        {canExit ? (
          <form method="post" action="/api/staff/preview/exit">
            <button type="submit" className="rounded border-2 border-ink bg-white px-3 py-1 text-sm">
              {t("exitPreview")}
            </button>
          </form>
        ) : null}
      </div>
      <div aria-hidden className="h-12" />
    </>
  );
}
