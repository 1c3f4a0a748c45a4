import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { DeskRow as Row } from "@/lib/data/staff";
import { createLinkAction, publishNowAction, scheduleAction, unpublishAction } from "@/lib/content/actions";
import { dateToNewsroomLocal } from "@/lib/content/time";
import { formatDateTime } from "@/lib/format";
import { staffPaths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";

const button = "rounded border border-stone-500 bg-white px-2 py-1 text-sm hover:bg-stone-100";

/** The schedule field's starting value: this time tomorrow, in the newsroom's time zone. */
function defaultScheduleTime(): string {
  return dateToNewsroomLocal(new Date(Date.now() + 86_400_000));
}

/** The state a desk row shows in words. */
export function rowState(row: Row): "stateDraft" | "stateScheduled" | "statePublished" | "stateWithdrawn" {
  if (row.withdrawn) return "stateWithdrawn";
  if (row.live) return "statePublished";
  return row.status === "SCHEDULED" ? "stateScheduled" : "stateDraft";
}

/**
 * One item on the desk with the actions this staff member has on it (row.actions, from
 * lib/auth/permissions): preview, edit, publish now, schedule, unpublish, share.
 */
export async function DeskRow({ row, locale }: { row: Row; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  const tr = await getTranslations({ locale, namespace: "revisions" });
  const hidden = (
    <>
      <input type="hidden" name="type" value={row.type} />
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
  const tomorrow = defaultScheduleTime();
  const may = (a: Row["actions"][number]) => row.actions.includes(a);
  return (
    <li className="border-b border-stone-200 py-3" aria-label={row.title}>
      <p className="font-bold">
        {row.live ? (
          <NavLink href={row.href} className="underline">
            {row.title}
          </NavLink>
        ) : (
          row.title
        )}
      </p>
      <p className="text-sm text-muted">
        {t(rowState(row))} · {row.context}
        {row.status === "SCHEDULED" && row.publishedAt ? ` · ${t("scheduledFor", { when: formatDateTime(locale, row.publishedAt) })}` : null}
        {row.pending ? (
          <>
            {" · "}
            <strong className="text-amber-800">{tr("deskMark")}</strong>
          </>
        ) : null}
      </p>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        {may("preview") ? (
          <form method="post" action="/api/staff/preview">
            {hidden}
            <button type="submit" className={button}>
              {t("preview")}
            </button>
          </form>
        ) : null}
        {may("edit") ? (
          <NavLink href={row.type === "article" ? staffPaths.editArticle(locale, row.id) : staffPaths.editEpisode(locale, row.id)} className={button}>
            {t("edit")}
          </NavLink>
        ) : null}
        {may("publish") && (!row.live || row.status === "SCHEDULED") ? (
          <form action={publishNowAction}>
            {hidden}
            <button type="submit" className={button}>
              {t("publishNow")}
            </button>
          </form>
        ) : null}
        {may("schedule") ? (
          <form action={scheduleAction} className="flex items-center gap-1">
            {hidden}
            <label className="text-sm">
              <span className="sr-only">{t("scheduleAt")}</span>
              <input type="datetime-local" name="at" required defaultValue={tomorrow} className="rounded border border-stone-400 px-1 text-sm" dir="ltr" />
            </label>
            <button type="submit" className={button}>
              {t("schedule")}
            </button>
          </form>
        ) : null}
        {may("unpublish") && (row.live || row.status === "SCHEDULED") ? (
          <form action={unpublishAction}>
            {hidden}
            <button type="submit" className={button}>
              {t("unpublish")}
            </button>
          </form>
        ) : null}
        {may("share") ? (
          <form action={createLinkAction} className="flex items-center gap-1">
            {hidden}
            <label className="text-sm">
              <span className="sr-only">{t("linkHours")}</span>
              <input type="number" name="hours" min={1} max={720} defaultValue={48} className="w-16 rounded border border-stone-400 px-1 text-sm" dir="ltr" />
            </label>
            <button type="submit" className={button}>
              {t("shareLink")}
            </button>
          </form>
        ) : null}
      </div>
    </li>
  );
}
