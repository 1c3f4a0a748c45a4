import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { paths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";

type Props = { locale: Locale };

export async function SiteFooter({ locale }: Props) {
  const t = await getTranslations({ locale, namespace: "site" });
  return (
    <footer className="mt-12 border-t border-stone-200 bg-white">
      <div className="mx-auto max-w-5xl px-4 py-6 text-sm text-muted">
        <nav aria-label={t("footerNav")}>
          <ul className="flex flex-wrap gap-x-6 gap-y-2">
            <li>
              <NavLink href={paths.principles(locale)} className="underline">
                {t("principles")}
              </NavLink>
            </li>
            <li>
              <NavLink href={paths.cookies(locale)} className="underline">
                {t("cookieSettings")}
              </NavLink>
            </li>
          </ul>
        </nav>
        <p className="mt-4">{t("copyright", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
