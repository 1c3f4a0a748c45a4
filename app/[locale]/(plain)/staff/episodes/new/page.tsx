import { staffPaths } from "@/lib/paths";
import { mayDo } from "@/lib/auth/permissions";
import { redirect } from "next/navigation";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/current";
import { describeUpload, listShowOptions } from "@/lib/data/episode-editor";
import { maxUploadBytes } from "@/lib/media/upload";
import { plainEdition } from "@/lib/page-params";
import { StaffBar } from "@/components/staff/staff-bar";
import { EpisodeEditor } from "@/components/staff/episode-editor";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ audio?: string | string[]; audioError?: string | string[] }> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  return { title: (await getTranslations({ locale, namespace: "episodeEditor" }))("newTitle") };
}

export default async function NewEpisodePage({ params, searchParams }: Props) {
  const { locale } = plainEdition(await params);
  const staff = await requireStaff(locale);
  // Contributors have no episode rights: back to the desk with the refusal.
  if (!mayDo(staff, "create-episode")) redirect(staffPaths.desk(locale, "?error=forbidden"));
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: "episodeEditor" });
  const [shows, uploaded] = await Promise.all([listShowOptions(), describeUpload(first(query.audio))]);
  return (
    <>
      <StaffBar locale={locale} staff={staff} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <EpisodeEditor
          locale={locale}
          values={null}
          shows={shows}
          current={null}
          uploaded={uploaded}
          audioError={first(query.audioError) ?? null}
          maxMegabytes={Math.floor(maxUploadBytes() / (1024 * 1024))}
        />
      </main>
    </>
  );
}
