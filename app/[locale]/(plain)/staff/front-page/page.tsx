import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defaultLocale, locales } from "@/i18n/config";
import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/current";
import { mayDo } from "@/lib/auth/permissions";
import { readFrontDesk } from "@/lib/data/front-page";
import { plainEdition } from "@/lib/page-params";
import { staffPaths } from "@/lib/paths";
import { StaffBar } from "@/components/staff/staff-bar";
import { BreakingDesk, FrontPicks } from "@/components/staff/front-desk";
import { NavLink } from "@/components/ui/nav-link";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const query = z.object({
  edition: z.enum(locales).optional().catch(undefined),
  done: z.string().max(20).optional().catch(undefined),
  error: z.enum(["notPublic", "full", "duplicate", "noPicks", "badRequest", "badBreaking"]).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  const t = await getTranslations({ locale, namespace: "frontDesk" });
  return { title: t("title") };
}

/** The front-page desk: picks (lead and secondaries) and the breaking-news strip, per edition. */
export default async function FrontPageDesk({ params, searchParams }: Props) {
  const { locale } = plainEdition(await params);
  const staff = await requireStaff(locale);
  if (!mayDo(staff, "front-page")) redirect(staffPaths.desk(locale, "?error=forbidden"));
  const q = query.parse(await searchParams);
  const edition = q.edition ?? locale;
  const t = await getTranslations({ locale, namespace: "frontDesk" });
  const desk = await readFrontDesk(edition);

  return (
    <>
      <StaffBar locale={locale} staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <nav aria-label={t("edition")} className="mt-3 flex gap-3">
          {locales.map((e) => (
            <NavLink
              key={e}
              href={staffPaths.frontPage(locale, `?edition=${e}`)}
              aria-current={e === edition ? "page" : undefined}
              className={e === edition ? "font-bold underline" : "hover:underline"}
            >
              {t(e === defaultLocale ? "editionAr" : "editionEn")}
            </NavLink>
          ))}
        </nav>
        {q.error ? (
          <p role="alert" className="mt-3 text-red-800">
            {t(`error.${q.error}`)}
          </p>
        ) : null}
        {q.done ? (
          <p role="status" className="mt-3 text-green-800">
            {t("done")}
          </p>
        ) : null}
        <FrontPicks locale={locale} edition={edition} desk={desk} />
        <BreakingDesk locale={locale} edition={edition} desk={desk} />
      </main>
    </>
  );
}
