import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { inviteAction } from "@/lib/auth/account-actions";
import { requireStaff } from "@/lib/auth/current";
import { mayDo, staffRoles } from "@/lib/auth/permissions";
import { listAccountAudit, listPeople } from "@/lib/data/people";
import { formatDateTime } from "@/lib/format";
import { plainEdition } from "@/lib/page-params";
import { staffPaths } from "@/lib/paths";
import { StaffBar } from "@/components/staff/staff-bar";
import { accountErrors } from "@/components/staff/account-errors";
import { LinkForm } from "@/components/staff/link-form";
import { PeopleList } from "@/components/staff/people-list";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const notice = z.object({
  error: z.enum(["forbidden", "invalid", "taken", "notFound", "lastAdmin", "disabled"]).optional().catch(undefined),
  done: z.enum(["role", "disabled", "enabled"]).optional().catch(undefined),
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  return { title: (await getTranslations({ locale, namespace: "people" }))("title") };
}

/** Staff accounts (admins only): list, invite, change role, disable/enable, reset password; and the account log. */
export default async function PeoplePage({ params, searchParams }: Props) {
  const { locale } = plainEdition(await params);
  const staff = await requireStaff(locale);
  if (!mayDo(staff, "manage-staff")) redirect(staffPaths.desk(locale, "?error=forbidden"));
  const q = notice.parse(await searchParams);
  const t = await getTranslations({ locale, namespace: "people" });
  const [people, log] = await Promise.all([listPeople(), listAccountAudit()]);
  const field = "mt-1 block rounded border border-stone-400 bg-white px-2 py-1";
  return (
    <>
      <StaffBar locale={locale} staff={staff} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {q.error ? (
          <p role="alert" className="mt-3 text-red-800">
            {t(`errors.${q.error}`)}
          </p>
        ) : null}
        {q.done ? (
          <p role="status" className="mt-3 text-green-800">
            {t(`done.${q.done}`)}
          </p>
        ) : null}
        <section aria-labelledby="invite-heading" className="mt-6">
          <h2 id="invite-heading" className="text-xl font-bold">
            {t("invite")}
          </h2>
          <LinkForm
            action={inviteAction}
            strings={{ linkHeading: t("linkHeading"), linkNote: t("linkNote"), errors: accountErrors(t) }}
            className="mt-2 flex flex-wrap items-end gap-3"
          >
            <input type="hidden" name="locale" value={locale} />
            <label className="text-sm">
              {t("email")}
              <input type="email" name="email" required maxLength={320} dir="ltr" className={field} />
            </label>
            <label className="text-sm">
              {t("displayName")}
              <input type="text" name="displayName" required maxLength={200} className={field} />
            </label>
            <label className="text-sm">
              {t("roleField")}
              <select name="role" defaultValue="contributor" className={field}>
                {staffRoles.map((r) => (
                  <option key={r} value={r}>
                    {t(`role.${r}`)}
                  </option>
                ))}
              </select>
            </label>
            <button type="submit" className="rounded bg-brand px-4 py-2 font-bold text-white">
              {t("sendInvite")}
            </button>
          </LinkForm>
        </section>
        <section aria-labelledby="people-heading" className="mt-8">
          <h2 id="people-heading" className="text-xl font-bold">
            {t("accounts")}
          </h2>
          <PeopleList locale={locale} people={people} selfId={staff.id} />
        </section>
        <section aria-labelledby="account-log" className="mt-8">
          <h2 id="account-log" className="text-xl font-bold">
            {t("log")}
          </h2>
          <ul className="mt-2 text-sm">
            {log.map((e) => (
              <li key={e.id} className="border-t border-stone-200 py-1">
                <time dateTime={e.at}>{formatDateTime(locale, e.at)}</time> · {e.who ?? "—"} · {t(`actions.${e.action}` as "actions.staff-invite")} ·{" "}
                <bdi>{e.account}</bdi>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </>
  );
}
