import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/lib/auth/current";
import { plainEdition } from "@/lib/page-params";
import { StaffBar } from "@/components/staff/staff-bar";
import { ArticleEditor } from "@/components/staff/article-editor";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  return { title: (await getTranslations({ locale, namespace: "staff" }))("newTitle") };
}

export default async function NewArticlePage({ params }: Props) {
  const { locale } = plainEdition(await params);
  const staff = await requireStaff(locale);
  const t = await getTranslations({ locale, namespace: "staff" });
  return (
    <>
      <StaffBar locale={locale} staff={staff} />
      <main id="main" className="mx-auto max-w-4xl px-4 py-6">
        <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
        <ArticleEditor locale={locale} values={null} />
      </main>
    </>
  );
}
