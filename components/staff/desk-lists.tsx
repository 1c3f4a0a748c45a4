import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { DeskList } from "@/lib/data/staff";
import { DeskRow } from "./desk-row";

/** Drafts, scheduled and recently published items of one kind. */
export async function DeskLists({ heading, list, locale, id }: { heading: string; list: DeskList; locale: Locale; id: string }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  const groups = [
    ["drafts", list.drafts],
    ["scheduled", list.scheduled],
    ["published", list.published],
  ] as const;
  return (
    <section aria-labelledby={id} className="mt-8">
      <h2 id={id} className="text-xl font-bold">
        {heading}
      </h2>
      {groups.map(([key, rows]) => (
        <section key={key} aria-labelledby={`${id}-${key}`} className="mt-4">
          <h3 id={`${id}-${key}`} className="font-bold text-brand">
            {t(key)}
          </h3>
          {rows.length === 0 ? <p className="text-sm text-muted">{t("none")}</p> : null}
          <ul>
            {rows.map((row) => (
              <DeskRow key={`${row.type}-${row.id}`} row={row} locale={locale} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
