import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/current";
import { listAudit, listDesk, listPreviewLinks } from "@/lib/data/staff";
import { plainEdition } from "@/lib/page-params";
import { staffPaths } from "@/lib/paths";
import { StaffBar } from "@/components/staff/staff-bar";
import { DeskLists } from "@/components/staff/desk-lists";
import { DeskLog } from "@/components/staff/desk-log";
import { DeskSearch } from "@/components/staff/desk-search";
import { NavLink } from "@/components/ui/nav-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; done?: string; q?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  const t = await getTranslations({ locale, namespace: "staff" });
  return { title: t("title") };
}

/** The desk: drafts, scheduled and published items, preview links and the audit log. */
export default async function DeskPage({ params, searchParams }: Props) {
  const { locale } = plainEdition(await params);
  const staff = await requireStaff(locale);
  const { error, done, q } = await searchParams;
  const query = (Array.isArray(q) ? q[0] : q)?.trim() ?? "";
  const t = await getTranslations({ locale, namespace: "staff" });
  const tf = await getTranslations({ locale, namespace: "frontDesk" });
  const ti = await getTranslations({ locale, namespace: "images" });
  const [desk, links, audit] = await Promise.all([listDesk(locale, new Date(), query), listPreviewLinks(), listAudit()]);
  return (
    <>
      <StaffBar locale={locale} staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {error === "pastTime" ? (
          <p role="alert" className="mt-3 text-red-800">
            {t("pastTime")}
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
          <NavLink href={staffPaths.frontPage(locale)} className="rounded border border-stone-500 bg-white px-4 py-2">
            {tf("deskLink")}
          </NavLink>
          <NavLink href={staffPaths.showArtwork(locale)} className="rounded border border-stone-500 bg-white px-4 py-2">
            {ti("artworkLink")}
          </NavLink>
          <form method="post" action="/api/staff/scheduler">
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded border border-stone-500 bg-white px-4 py-2">
              {t("runScheduler")}
            </button>
          </form>
        </div>
        <DeskSearch locale={locale} query={query} />
        <DeskLists heading={query ? t("searchResults", { query }) : t("articles")} list={desk.articles} locale={locale} id="desk-articles" />
        {query ? null : <DeskLists heading={t("episodes")} list={desk.episodes} locale={locale} id="desk-episodes" />}
        <DeskLog links={links} audit={audit} locale={locale} />
      </main>
    </>
  );
}
