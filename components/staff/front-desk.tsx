import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/config";
import {
  addPickAction,
  clearBreakingAction,
  movePickAction,
  previewPicksAction,
  publishPicksAction,
  removePickAction,
  setBreakingAction,
} from "@/lib/content/front-actions";
import { MAX_PICKS, MAX_SECONDARY } from "@/lib/content/front-page";
import type { readFrontDesk } from "@/lib/data/front-page";
import { formatDateTime } from "@/lib/format";

type Desk = Awaited<ReturnType<typeof readFrontDesk>>;
type Props = { locale: Locale; edition: Locale; desk: Desk };

const button = "rounded border border-stone-500 bg-white px-3 py-1 text-sm";
const primary = "rounded bg-brand px-4 py-2 font-bold text-white";

function Hidden({ locale, edition, articleId }: { locale: Locale; edition: Locale; articleId?: number }) {
  return (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="edition" value={edition} />
      {articleId ? <input type="hidden" name="articleId" value={articleId} /> : null}
    </>
  );
}

/** Pending picks with up/down/remove, the add form, preview and publish: plain forms, no script needed. */
export async function FrontPicks({ locale, edition, desk }: Props) {
  const t = await getTranslations({ locale, namespace: "frontDesk" });
  return (
    <section aria-labelledby="pending-heading" className="mt-6">
      <h2 id="pending-heading" className="text-xl font-bold">
        {t("pending")}
      </h2>
      <p className="text-sm text-muted">{t("pendingHint", { secondary: t("secondaryCount", { count: MAX_SECONDARY }) })}</p>
      {desk.pending.length === 0 ? <p className="mt-2">{t("none")}</p> : null}
      <ol className="mt-3 space-y-2" aria-label={t("pending")}>
        {desk.pending.map((p, i) => (
          <li key={p.id} className="flex flex-wrap items-center gap-2 rounded border border-stone-300 bg-white p-2">
            <span className="font-bold">{i + 1}.</span>
            <span className="flex-1">
              {p.title} {i === 0 ? <strong className="text-brand">({t("leadBadge")})</strong> : null} {p.public ? null : <em>{t("notPublic")}</em>}
            </span>
            {(["up", "down"] as const).map((direction) => (
              <form key={direction} action={movePickAction}>
                <Hidden locale={locale} edition={edition} articleId={p.id} />
                <input type="hidden" name="direction" value={direction} />
                <button
                  type="submit"
                  className={button}
                  aria-label={t(direction, { title: p.title })}
                  disabled={direction === "up" ? i === 0 : i === desk.pending.length - 1}
                >
                  {direction === "up" ? "↑" : "↓"}
                </button>
              </form>
            ))}
            <form action={removePickAction}>
              <Hidden locale={locale} edition={edition} articleId={p.id} />
              <button type="submit" className={button} aria-label={t("remove", { title: p.title })}>
                ✕
              </button>
            </form>
          </li>
        ))}
      </ol>
      {desk.pending.length < MAX_PICKS ? (
        <form action={addPickAction} className="mt-4 flex flex-wrap items-end gap-2">
          <Hidden locale={locale} edition={edition} />
          <label className="flex flex-col text-sm">
            {t("story")}
            <StorySelect candidates={desk.candidates} className="max-w-md" />
          </label>
          <button type="submit" className={button}>
            {t("addButton")}
          </button>
        </form>
      ) : null}
      <div className="mt-4 flex flex-wrap gap-3">
        <form action={previewPicksAction}>
          <Hidden locale={locale} edition={edition} />
          <button type="submit" className={button}>
            {t("preview")}
          </button>
        </form>
        <form action={publishPicksAction}>
          <Hidden locale={locale} edition={edition} />
          <button type="submit" className={primary}>
            {t("publish")}
          </button>
        </form>
      </div>
      <h3 className="mt-6 font-bold">{t("live")}</h3>
      <ol className="list-decimal ps-6" aria-label={t("live")}>
        {desk.live.map((p) => (
          <li key={p.id}>{p.title}</li>
        ))}
      </ol>
      {desk.live.length === 0 ? <p>{t("none")}</p> : null}
    </section>
  );
}

/** Set or clear the edition's «عاجل» strip. */
export async function BreakingDesk({ locale, edition, desk }: Props) {
  const t = await getTranslations({ locale, namespace: "frontDesk" });
  const b = desk.breaking;
  return (
    <section aria-labelledby="breaking-heading" className="mt-10">
      <h2 id="breaking-heading" className="text-xl font-bold">
        {t("breaking")}
      </h2>
      {b ? (
        <p className="mt-2">
          {b.active ? t("breakingNow", { text: b.text, when: formatDateTime(locale, b.expiresAt) }) : t("breakingExpired", { text: b.text })}
        </p>
      ) : null}
      <form action={setBreakingAction} className="mt-3 grid max-w-xl gap-3">
        <Hidden locale={locale} edition={edition} />
        <label className="flex flex-col text-sm">
          {t("breakingText")}
          <input name="text" required minLength={3} maxLength={160} className="mt-1 rounded border border-stone-400 p-1" />
        </label>
        <label className="flex flex-col text-sm">
          {t("breakingStory")}
          <StorySelect candidates={desk.candidates} />
        </label>
        <label className="flex flex-col text-sm">
          {t("breakingMinutes")}
          <input name="minutes" type="number" min={1} max={2880} defaultValue={60} required className="mt-1 w-32 rounded border border-stone-400 p-1" />
        </label>
        <div>
          <button type="submit" className={primary}>
            {t("breakingSet")}
          </button>
        </div>
      </form>
      {b ? (
        <form action={clearBreakingAction} className="mt-3">
          <Hidden locale={locale} edition={edition} />
          <button type="submit" className={button}>
            {t("breakingClear")}
          </button>
        </form>
      ) : null}
    </section>
  );
}

/** The public stories an editor can pick, by title (the picks form and the breaking-news form). */
function StorySelect({ candidates, className = "" }: { candidates: { id: number; title: string }[]; className?: string }) {
  return (
    <select name="articleId" className={`mt-1 ${className} rounded border border-stone-400 bg-white p-1`}>
      {candidates.map((c) => (
        <option key={c.id} value={c.id}>
          {c.title}
        </option>
      ))}
    </select>
  );
}
