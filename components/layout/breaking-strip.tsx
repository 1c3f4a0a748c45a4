import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import { getBreaking } from "@/lib/data/front-page";
import { NavLink } from "@/components/ui/nav-link";

/** «عاجل»: the edition's one-line breaking-news strip, while it has not expired. */
export async function BreakingStrip({ locale }: { locale: Locale }) {
  const breaking = await getBreaking(locale);
  if (!breaking) return null;
  const t = await getTranslations({ locale, namespace: "breaking" });
  return (
    <aside aria-label={t("label")} className="bg-brand text-white">
      <p className="mx-auto flex max-w-5xl items-baseline gap-3 px-4 py-2">
        <strong className="shrink-0 rounded bg-white px-2 text-sm text-brand">{t("label")}</strong>
        <NavLink href={breaking.href} className="font-bold hover:underline">
          {breaking.text}
        </NavLink>
      </p>
    </aside>
  );
}
