import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import type { AuditRow, LinkRow } from "@/lib/data/staff";
import { revokeLinkAction } from "@/lib/content/actions";
import { formatDateTime } from "@/lib/format";

/** Shareable preview links (copyable, revocable) and the audit log. */
export async function DeskLog({ links, audit, locale }: { links: LinkRow[]; audit: AuditRow[]; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "staff" });
  return (
    <>
      <section aria-labelledby="links-heading" id="links" className="mt-10">
        <h2 id="links-heading" className="text-xl font-bold">
          {t("links")}
        </h2>
        {links.length === 0 ? <p className="text-sm text-muted">{t("none")}</p> : null}
        <ul>
          {links.map((l) => (
            <li key={l.id} aria-label={`${t("shareLink")}: ${l.title}`} className="border-b border-stone-200 py-2 text-sm">
              <p className="font-bold">{l.title}</p>
              <p>
                <a href={l.url} dir="ltr" className="break-all underline">
                  {l.url}
                </a>
              </p>
              <p className="text-muted">{l.state === "active" ? t("linkExpires", { when: formatDateTime(locale, l.expiresAt) }) : t(l.state)}</p>
              {l.state === "active" ? (
                <form action={revokeLinkAction}>
                  <input type="hidden" name="tokenId" value={l.id} />
                  <input type="hidden" name="locale" value={locale} />
                  <button type="submit" className="mt-1 rounded border border-stone-500 bg-white px-2 py-1">
                    {t("revoke")}
                  </button>
                </form>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="audit-heading" className="mt-10">
        <h2 id="audit-heading" className="text-xl font-bold">
          {t("audit")}
        </h2>
        <table className="mt-2 w-full text-start text-sm">
          <thead>
            <tr>
              <th className="text-start">{t("auditWhen")}</th>
              <th className="text-start">{t("auditWho")}</th>
              <th className="text-start">{t("auditWhat")}</th>
              <th className="text-start">{t("auditItem")}</th>
            </tr>
          </thead>
          <tbody>
            {audit.map((a) => (
              <tr key={a.id} className="border-t border-stone-200">
                <td>
                  <time dateTime={a.at}>{formatDateTime(locale, a.at)}</time>
                </td>
                <td>{a.who.kind === "user" ? a.who.name : a.who.kind === "token" ? t("auditToken", { id: a.who.id }) : t("auditSystem")}</td>
                <td>{t(`actions.${a.action}` as "actions.preview")}</td>
                <td>{a.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}
