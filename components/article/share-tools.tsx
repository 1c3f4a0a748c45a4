type Props = { url: string; title: string; labels: { copy: string; copied: string; share: string } };

/**
 * Copy-link and (where the browser has it) the Web Share API. Both are in the
 * HTML but hidden; the page's inline script (components/ui/reader-script.tsx)
 * shows each one the browser can run and runs it, so a page without
 * JavaScript has no dead buttons: the share links beside them work on their own.
 */
export function ShareTools({ url, title, labels }: Props) {
  const button = "rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100";
  return (
    <>
      <li hidden>
        <button type="button" className={button} data-share-copy={url}>
          {labels.copy}
        </button>
        {/* Filled in by the script once copied (hydration leaves that text alone). */}
        <span role="status" className="ms-2 text-sm text-muted" data-done={labels.copied} suppressHydrationWarning>
          {""}
        </span>
      </li>
      <li hidden>
        <button type="button" className={button} data-share-native={url} data-title={title}>
          {labels.share}
        </button>
      </li>
    </>
  );
}
