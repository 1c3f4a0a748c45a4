import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { StaffIdentity } from "@/lib/auth/session";
import { NavLink } from "@/components/ui/nav-link";
import { staffPaths } from "@/lib/paths";

/** The desk's top bar: who is signed in, and the sign-out form. */
export async function StaffBar({ locale, staff }: { locale: Locale; staff: StaffIdentity }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  return (
    <header className="border-b border-stone-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <NavLink href={staffPaths.desk(locale)} className="text-xl font-bold text-brand">
          {t("title")}
        </NavLink>
        <div className="flex items-center gap-3 text-sm">
          <span>{t("signedInAs", { name: staff.displayName })}</span>
          <form method="post" action="/api/staff/logout">
            <input type="hidden" name="locale" value={locale} />
            <button type="submit" className="rounded border border-stone-400 px-3 py-1">
              {t("signOut")}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
