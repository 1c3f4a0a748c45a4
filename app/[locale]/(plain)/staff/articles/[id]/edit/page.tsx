import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/current";
import { mayActOn } from "@/lib/auth/item-access";
import { staffPaths } from "@/lib/paths";
import { getArticleForEdit } from "@/lib/data/staff";
import { plainEdition, numberParam } from "@/lib/page-params";
import { StaffBar } from "@/components/staff/staff-bar";
import { ArticleEditor } from "@/components/staff/article-editor";
import { RevisionPanel } from "@/components/staff/revision-panel";
import { RevisionMessages } from "@/components/staff/revision-messages";
import { isLiveItem, revisionsOf } from "@/lib/data/revisions";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ saved?: string; revision?: string; revisionError?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  return { title: (await getTranslations({ locale, namespace: "staff" }))("edit") };
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  const p = await params;
  const { locale } = plainEdition(p);
  const staff = await requireStaff(locale);
  const id = numberParam(p.id);
  // A contributor edits only their own drafts; anything else goes back to the desk with the refusal.
  if (!(await mayActOn(staff, "edit", { type: "article", id }))) redirect(staffPaths.desk(locale, "?error=forbidden"));
  const values = await getArticleForEdit(id);
  if (!values) notFound();
  const query = await searchParams;
  const saved = query.saved;
  const [t, tr, revisions, live] = await Promise.all([
    getTranslations({ locale, namespace: "staff" }),
    getTranslations({ locale, namespace: "revisions" }),
    revisionsOf("article", id),
    isLiveItem("article", id),
  ]);
  return (
    <>
      <StaffBar locale={locale} staff={staff} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold">{t("editTitle", { title: values.title })}</h1>
        {saved ? (
          <p role="status" className="mt-3 text-green-800">
            {saved === "pending" ? tr("savedPending") : t("saved")}
          </p>
        ) : null}
        <RevisionMessages locale={locale} revision={query.revision} error={query.revisionError} />
        <RevisionPanel locale={locale} item={{ type: "article", id }} live={live} pending={revisions.pending} history={revisions.history} />
        <ArticleEditor locale={locale} values={values} />
      </main>
    </>
  );
}
