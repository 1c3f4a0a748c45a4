import { staffPaths } from "@/lib/paths";
import { redirect } from "next/navigation";
import { mayDo } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/current";
import { uploadArtworkAction } from "@/lib/content/artwork-actions";
import { listShowArtwork } from "@/lib/data/show-artwork";
import { plainEdition } from "@/lib/page-params";
import { StaffBar } from "@/components/staff/staff-bar";
import { HeroFileField } from "@/components/staff/hero-file-field";
import { imageErrors, isImageProblem } from "@/components/staff/image-errors";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ show?: string; error?: string; done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  return { title: (await getTranslations({ locale, namespace: "images" }))("artworkTitle") };
}

/** Show artwork from the desk: one upload form per show (square, 1400–3000 px, checked on the server). */
export default async function ShowArtworkPage({ params, searchParams }: Props) {
  const { locale } = plainEdition(await params);
  const staff = await requireStaff(locale);
  if (!mayDo(staff, "create-episode")) redirect(staffPaths.desk(locale, "?error=forbidden"));
  const { show, error, done } = await searchParams;
  const t = await getTranslations({ locale, namespace: "images" });
  const ts = await getTranslations({ locale, namespace: "staff" });
  const shows = await listShowArtwork();
  return (
    <>
      <StaffBar locale={locale} staff={staff} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold">{t("artworkTitle")}</h1>
        {done ? (
          <p role="status" className="mt-3 text-green-800">
            {t("artworkSaved")}
          </p>
        ) : null}
        {shows.map((s) => {
          const mine = show === String(s.id) && error !== undefined;
          // The query is the reader's to change: only known codes are shown as such.
          const fileProblem = mine && isImageProblem(error) ? error : undefined;
          const otherProblem = mine && !fileProblem ? (error === "noFile" ? t("artworkNoFile") : ts("errors.invalid")) : null;
          return (
            <section key={s.id} id={`show-${s.id}`} aria-labelledby={`show-${s.id}-title`} className="mt-6 flex flex-wrap gap-4 border-t border-stone-300 pt-4">
              {/* eslint-disable-next-line @next/next/no-img-element -- the desk's thumbnail of the stored file */}
              <img src={s.artworkUrl} alt={t("artworkCurrent", { show: s.title })} width={160} height={160} className="h-40 w-40 rounded" />
              <form action={uploadArtworkAction} className="min-w-64 flex-1 space-y-3">
                <h2 id={`show-${s.id}-title`} className="text-xl font-bold">
                  {s.title}
                </h2>
                <p className="text-sm text-muted" dir="ltr">
                  {s.artworkSize} × {s.artworkSize}
                </p>
                <input type="hidden" name="locale" value={locale} />
                <input type="hidden" name="showId" value={s.id} />
                {mine ? (
                  <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
                    {otherProblem ?? ts("errorsSummary")}
                  </p>
                ) : null}
                <HeroFileField
                  name={`artwork-${s.id}`}
                  field="artwork"
                  problem={fileProblem}
                  strings={{ label: t("artworkFile"), hint: t("artworkHint"), errors: imageErrors(t) }}
                  accept="image/jpeg,image/png,image/webp,image/avif"
                />
                <button type="submit" className="rounded bg-brand px-6 py-2 font-bold text-white">
                  {t("artworkSave")}
                </button>
              </form>
            </section>
          );
        })}
      </main>
    </>
  );
}
