import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { changeRoleAction, resetPasswordAction, setDisabledAction } from "@/lib/auth/account-actions";
import { staffRoles } from "@/lib/auth/permissions";
import type { PersonRow } from "@/lib/data/people";
import { formatDateTime } from "@/lib/format";
import { accountErrors } from "./account-errors";
import { LinkForm } from "./link-form";

const button = "rounded border border-stone-500 bg-white px-2 py-1 text-sm hover:bg-stone-100";

/** Every staff account with its role, status and last sign-in, and the admin's actions on it. */
export async function PeopleList({ locale, people, selfId }: { locale: Locale; people: PersonRow[]; selfId: number }) {
  const t = await getTranslations({ locale, namespace: "people" });
  const linkStrings = { linkHeading: t("linkHeading"), linkNote: t("linkNote"), errors: accountErrors(t) };
  const hidden = (p: PersonRow) => (
    <>
      <input type="hidden" name="userId" value={p.id} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
  return (
    <ul className="mt-4">
      {people.map((p) => (
        <li key={p.id} aria-label={p.email} className="border-b border-stone-200 py-3">
          <p className="font-bold">
            {p.displayName} <bdi className="font-normal text-muted">{p.email}</bdi>
            {p.id === selfId ? <span className="ms-2 text-sm text-muted">({t("you")})</span> : null}
          </p>
          <p className="text-sm text-muted">
            {t(`role.${p.role}`)} · {t(`status.${p.status}`)} ·{" "}
            {p.lastSignInAt ? t("lastSignIn", { when: formatDateTime(locale, p.lastSignInAt) }) : t("neverSignedIn")}
          </p>
          <div className="mt-2 flex flex-wrap items-start gap-3">
            <form action={changeRoleAction} className="flex items-center gap-1">
              {hidden(p)}
              <label className="text-sm">
                <span className="sr-only">{t("roleLabel", { email: p.email })}</span>
                <select name="role" defaultValue={p.role} className="rounded border border-stone-400 bg-white px-1 text-sm">
                  {staffRoles.map((r) => (
                    <option key={r} value={r}>
                      {t(`role.${r}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="submit" className={button}>
                {t("changeRole")}
              </button>
            </form>
            <form action={setDisabledAction}>
              {hidden(p)}
              <input type="hidden" name="disabled" value={p.status === "disabled" ? "0" : "1"} />
              <button type="submit" className={button}>
                {p.status === "disabled" ? t("enable") : t("disable")}
              </button>
            </form>
            {p.status === "disabled" ? null : (
              <LinkForm action={resetPasswordAction} strings={linkStrings}>
                {hidden(p)}
                <button type="submit" className={button}>
                  {t("reset")}
                </button>
              </LinkForm>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
