"use client";

import { useState, useSyncExternalStore } from "react";

type Props = { url: string; title: string; labels: { copy: string; copied: string; share: string } };

/**
 * Copy-link and (where the browser has it) the Web Share API. Shown only once
 * JavaScript runs, so a page without it has no dead buttons: the share
 * links beside it work on their own.
 */
const noSubscription = () => () => {};
const abilities = { share: { share: true }, copyOnly: { share: false } };
const browserAbilities = () => (typeof navigator.share === "function" ? abilities.share : abilities.copyOnly);

export function ShareTools({ url, title, labels }: Props) {
  // null on the server and while hydrating; in the browser, whether it has the Web Share API.
  const ready = useSyncExternalStore(noSubscription, browserAbilities, () => null);
  const [copied, setCopied] = useState(false);
  if (!ready) return null;
  const button = "rounded border border-stone-300 px-3 py-1 text-sm hover:bg-stone-100";
  return (
    <>
      <li>
        <button
          type="button"
          className={button}
          onClick={() =>
            void navigator.clipboard?.writeText(url).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          {labels.copy}
        </button>
        <span role="status" className="ms-2 text-sm text-muted">
          {copied ? labels.copied : ""}
        </span>
      </li>
      {ready.share ? (
        <li>
          <button type="button" className={button} onClick={() => void navigator.share({ url, title }).catch(() => undefined)}>
            {labels.share}
          </button>
        </li>
      ) : null}
    </>
  );
}
