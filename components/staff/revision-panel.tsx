import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { ItemType } from "@/lib/preview/token";
import type { HistoryEntry, PendingInfo } from "@/lib/data/revisions";
import { discardChangesAction, publishChangesAction, restoreVersionAction } from "@/lib/content/revision-actions";
import { formatDateTime } from "@/lib/format";

type Props = {
  locale: Locale;
  item: { type: ItemType; id: number };
  live: boolean;
  pending: PendingInfo | null;
  history: HistoryEntry[];
};

const button = "rounded border border-stone-500 bg-white px-3 py-1 text-sm hover:bg-stone-100";

/**
 * Pending changes of a live item on its edit page: what is waiting (who saved
 * it, when), preview, publish and discard, and the history of published
 * versions with "restore". Plain forms: everything works without JavaScript.
 */
export async function RevisionPanel({ locale, item, live, pending, history }: Props) {
  const t = await getTranslations({ locale, namespace: "revisions" });
  const hidden = (
    <>
      <input type="hidden" name="type" value={item.type} />
      <input type="hidden" name="id" value={item.id} />
      <input type="hidden" name="locale" value={locale} />
    </>
  );
  return (
    <>
      {pending ? (
        <section aria-labelledby="pending-heading" className="mt-4 rounded border-2 border-amber-500 bg-amber-50 p-4">
          <h2 id="pending-heading" className="text-lg font-bold">
            {t("pendingTitle")}
          </h2>
          <p className="mt-1">
            {pending.updatedBy
              ? t("pendingNotice", { when: formatDateTime(locale, pending.updatedAt), who: pending.updatedBy })
              : t("pendingNoticeNobody", { when: formatDateTime(locale, pending.updatedAt) })}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <form method="post" action="/api/staff/preview">
              {hidden}
              <button type="submit" className={button}>
                {t("previewChanges")}
              </button>
            </form>
            <form action={publishChangesAction}>
              {hidden}
              {/* Publishes the version shown here; a newer save by someone else is refused, not published unseen. */}
              <input type="hidden" name="version" value={pending.version} />
              <button type="submit" className="rounded bg-brand px-3 py-1 text-sm font-bold text-white">
                {t("publishChanges")}
              </button>
            </form>
            <form action={discardChangesAction}>
              {hidden}
              <button type="submit" className={button}>
                {t("discardChanges")}
              </button>
            </form>
          </div>
        </section>
      ) : live ? (
        <p className="mt-4 rounded border border-stone-300 bg-stone-50 p-3 text-sm">{t("livePublicNote")}</p>
      ) : null}
      {live || history.length ? (
        <section aria-labelledby="history-heading" className="mt-6">
          <h2 id="history-heading" className="text-lg font-bold">
            {t("history")}
          </h2>
          {history.length === 0 ? (
            <p className="text-sm text-muted">{t("historyNone")}</p>
          ) : (
            <table className="mt-2 w-full text-start text-sm">
              <thead>
                <tr>
                  <th className="text-start">{t("historyWhen")}</th>
                  <th className="text-start">{t("historyWho")}</th>
                  <th className="text-start">{t("historyTitle")}</th>
                  <th className="text-start">
                    <span className="sr-only">{t("restore")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {history.map((h) => (
                  <tr key={h.revisionId} className="border-t border-stone-200">
                    <td>
                      <time dateTime={h.publishedAt}>{formatDateTime(locale, h.publishedAt)}</time>
                    </td>
                    <td>{h.publishedBy ?? (h.first ? t("historyFirst") : t("historyUnknown"))}</td>
                    <td>{h.title}</td>
                    <td>
                      <form action={restoreVersionAction}>
                        {hidden}
                        <input type="hidden" name="revisionId" value={h.revisionId} />
                        <button
                          type="submit"
                          className={button}
                          aria-label={t("restoreLabel", { title: h.title, when: formatDateTime(locale, h.publishedAt) })}
                        >
                          {t("restore")}
                        </button>
                      </form>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </>
  );
}
