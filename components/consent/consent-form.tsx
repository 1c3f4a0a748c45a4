type Choice = "granted" | "denied";

type Props = {
  acceptLabel: string;
  rejectLabel: string;
  savedLabel: string;
  /** ids of elements to hide once a choice is made with JavaScript (the banner); none on the settings page. */
  hide?: string[];
  /** The settings page: the reader's current choice, one line per state, only the current one shown. */
  current?: { state: Choice | "unset"; labels: Record<Choice | "unset", string> };
};

/**
 * The two consent buttons: a plain form posting to /api/consent, which
 * answers 303 back to this page. Where JavaScript runs, the page's inline
 * script (components/ui/reader-script.tsx) posts it in the background
 * instead, hides the banner and shows the new state's line, without a reload.
 */
export function ConsentForm({ acceptLabel, rejectLabel, savedLabel, hide = [], current }: Props) {
  const button = "min-w-28 rounded border-2 border-ink bg-white px-4 py-2 text-base font-bold text-ink hover:bg-stone-100";
  const form = (
    <form method="post" action="/api/consent" data-consent-form="" data-hide={hide.join(" ") || undefined} className="grid grid-cols-2 gap-3 sm:inline-grid">
      <button type="submit" name="choice" value="granted" className={button}>
        {acceptLabel}
      </button>
      <button type="submit" name="choice" value="denied" className={button}>
        {rejectLabel}
      </button>
      {/* Filled in by the script once the choice is saved (hydration leaves that text alone). */}
      <p role="status" className="sr-only" data-done={savedLabel} suppressHydrationWarning>
        {""}
      </p>
    </form>
  );
  if (!current) return form;
  return (
    <div>
      {(["granted", "denied", "unset"] as const).map((state) => (
        <p key={state} className="mb-4 font-bold" data-consent-line={state} hidden={state !== current.state}>
          {current.labels[state]}
        </p>
      ))}
      {form}
    </div>
  );
}
