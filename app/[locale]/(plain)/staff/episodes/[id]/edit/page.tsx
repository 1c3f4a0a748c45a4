import { mayDo } from "@/lib/auth/permissions";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/current";
import { describeUpload, getEpisodeForEdit, listShowOptions } from "@/lib/data/episode-editor";
import { maxUploadBytes } from "@/lib/media/upload";
import { plainEdition, numberParam } from "@/lib/page-params";
import { staffPaths } from "@/lib/paths";
import { StaffBar } from "@/components/staff/staff-bar";
import { EpisodeEditor } from "@/components/staff/episode-editor";
import { DeskRow } from "@/components/staff/desk-row";
import { NavLink } from "@/components/ui/nav-link";
import { RevisionPanel } from "@/components/staff/revision-panel";
import { RevisionMessages } from "@/components/staff/revision-messages";
import { isLiveItem, revisionsOf } from "@/lib/data/revisions";

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<{ saved?: string; revision?: string; revisionError?: string; audio?: string | string[]; audioError?: string | string[] }>;
};

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  return { title: (await getTranslations({ locale, namespace: "staff" }))("edit") };
}

/** Edit an episode; its publishing actions (preview, publish, schedule, unpublish, share link) are the desk's own. */
export default async function EditEpisodePage({ params, searchParams }: Props) {
  const p = await params;
  const { locale } = plainEdition(p);
  const staff = await requireStaff(locale);
  // Contributors have no episode rights: back to the desk with the refusal.
  if (!mayDo(staff, "create-episode")) redirect(staffPaths.desk(locale, "?error=forbidden"));
  const id = numberParam(p.id);
  const [episode, shows, revisions, live] = await Promise.all([
    getEpisodeForEdit(staff, id, locale),
    listShowOptions(),
    revisionsOf("episode", id),
    isLiveItem("episode", id),
  ]);
  if (!episode) notFound();
  const query = await searchParams;
  const uploaded = await describeUpload(first(query.audio));
  const t = await getTranslations({ locale, namespace: "episodeEditor" });
  return (
    <>
      <StaffBar locale={locale} staff={staff} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold">{t("editTitle", { title: episode.values.title })}</h1>
        {query.saved ? (
          <p role="status" className="mt-3 text-green-800">
            {query.saved === "pending" ? t("savedPending") : t("saved")}
          </p>
        ) : null}
        <RevisionMessages locale={locale} revision={query.revision} error={query.revisionError} />
        <section aria-labelledby="publishing-heading" className="mt-4">
          <h2 id="publishing-heading" className="text-xl font-bold">
            {t("publishing")}
          </h2>
          <ul>
            <DeskRow row={episode.row} locale={locale} />
          </ul>
          <NavLink href={staffPaths.desk(locale)} className="text-sm underline">
            {t("backToDesk")}
          </NavLink>
        </section>
        <RevisionPanel locale={locale} item={{ type: "episode", id }} live={live} pending={revisions.pending} history={revisions.history} />
        <EpisodeEditor
          locale={locale}
          values={episode.values}
          shows={shows}
          current={episode.audio}
          uploaded={uploaded}
          audioError={first(query.audioError) ?? null}
          maxMegabytes={Math.floor(maxUploadBytes() / (1024 * 1024))}
        />
      </main>
    </>
  );
}
