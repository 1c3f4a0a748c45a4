import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requireStaff } from "@/lib/auth/current";
import { mayDo } from "@/lib/auth/permissions";
import { listAudit, listDeskEpisodes, listPreviewLinks } from "@/lib/data/staff";
import { deskFilterOptions, listDeskArticles } from "@/lib/data/desk";
import { filtered, parseDeskFilters } from "@/lib/desk-filters";
import { plainEdition } from "@/lib/page-params";
import { staffPaths } from "@/lib/paths";
import { StaffBar } from "@/components/staff/staff-bar";
import { DeskArticles } from "@/components/staff/desk-articles";
import { DeskLists } from "@/components/staff/desk-lists";
import { DeskLog } from "@/components/staff/desk-log";
import { DeskFilterForm } from "@/components/staff/desk-filter-form";
import { NavLink } from "@/components/ui/nav-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const notice = z.object({
  error: z.enum(["pastTime", "forbidden"]).optional().catch(undefined),
  done: z.string().max(20).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("title") };
}

/** The desk: articles (paged, filtered: GET parameters), episodes, preview links and the audit log; only the actions the role has. */
export default async function DeskPage({ params, searchParams }: Props) {
  const { locale } = plainEdition(await params);
  const staff = await requireStaff(locale);
  const raw = await searchParams;
  const { error, done } = notice.parse(raw);
  const filters = parseDeskFilters(raw);
  const t = await getTranslations({ locale, namespace: "staff" });
  const tf = await getTranslations({ locale, namespace: "frontDesk" });
  const ti = await getTranslations({ locale, namespace: "images" });
  const te = await getTranslations({ locale, namespace: "episodeEditor" });
  const [articles, episodes, options, links, audit] = await Promise.all([
    listDeskArticles(staff, filters, locale),
    filtered(filters) ? null : listDeskEpisodes(staff, locale),
    deskFilterOptions(locale),
    listPreviewLinks(staff),
    listAudit(staff),
  ]);
  return (
    <>
      <StaffBar locale={locale} staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {error ? (
          <p role="alert" className="mt-3 text-red-800">
            {t(error)}
          </p>
        ) : null}
        {done ? (
          <p role="status" className="mt-3 text-green-800">
            {t("done")}
          </p>
        ) : null}
        <div className="mt-4 flex flex-wrap gap-3">
          <NavLink href={staffPaths.newArticle(locale)} className="rounded bg-brand px-4 py-2 font-bold text-white">
            {t("newArticle")}
          </NavLink>
          {mayDo(staff, "create-episode") ? (
            <NavLink href={staffPaths.newEpisode(locale)} className="rounded bg-brand px-4 py-2 font-bold text-white">
              {te("newEpisode")}
            </NavLink>
          ) : null}
          {mayDo(staff, "front-page") ? (
            <NavLink href={staffPaths.frontPage(locale)} className="rounded border border-stone-500 bg-white px-4 py-2">
              {tf("deskLink")}
            </NavLink>
          ) : null}
          {mayDo(staff, "create-episode") ? (
            <NavLink href={staffPaths.showArtwork(locale)} className="rounded border border-stone-500 bg-white px-4 py-2">
              {ti("artworkLink")}
            </NavLink>
          ) : null}
          {mayDo(staff, "manage-staff") ? (
            <NavLink href={staffPaths.people(locale)} className="rounded border border-stone-500 bg-white px-4 py-2">
              {t("peopleLink")}
            </NavLink>
          ) : null}
          {mayDo(staff, "run-scheduler") ? (
            <form method="post" action="/api/staff/scheduler">
              <input type="hidden" name="locale" value={locale} />
              <button type="submit" className="rounded border border-stone-500 bg-white px-4 py-2">
                {t("runScheduler")}
              </button>
            </form>
          ) : null}
        </div>
        <DeskFilterForm locale={locale} filters={filters} options={options} />
        <DeskArticles locale={locale} list={articles} filters={filters} />
        {episodes && mayDo(staff, "see-all-items") ? <DeskLists heading={t("episodes")} list={episodes} locale={locale} id="desk-episodes" /> : null}
        <DeskLog links={links} audit={audit} locale={locale} />
      </main>
    </>
  );
}
