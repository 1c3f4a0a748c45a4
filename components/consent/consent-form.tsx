"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

type Props = {
  acceptLabel: string;
  rejectLabel: string;
  savedLabel: string;
  /** Hide the whole banner once a choice is made (the banner); keep showing (the settings page). */
  hideOnChoice: boolean;
  /** id of the element to hide with the form. */
  containerId?: string;
};

/**
 * The two consent buttons. Without JavaScript each is a plain form submit to
 * /api/consent, which answers 303 back to this page. With JavaScript the
 * choice is posted in the background, the banner goes away at once, and the
 * router refreshes so the page swaps to its consented variant without a reload.
 */
export function ConsentForm({ acceptLabel, rejectLabel, savedLabel, hideOnChoice, containerId }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (!submitter?.value) return;
    event.preventDefault();
    const body = new FormData();
    body.set("choice", submitter.value);
    const response = await fetch("/api/consent", { method: "POST", body, headers: { accept: "application/json" } });
    if (!response.ok) return;
    if (hideOnChoice && containerId) document.getElementById(containerId)?.setAttribute("hidden", "");
    setSaved(true);
    router.refresh();
  }

  const button =
    "min-w-28 flex-1 rounded border-2 border-ink bg-white px-4 py-2 text-base font-bold text-ink hover:bg-stone-100 sm:flex-none";
  return (
    <form method="post" action="/api/consent" onSubmit={onSubmit} className="flex gap-3">
      <button type="submit" name="choice" value="granted" className={button}>
        {acceptLabel}
      </button>
      <button type="submit" name="choice" value="denied" className={button}>
        {rejectLabel}
      </button>
      <p role="status" className="sr-only">
        {saved ? savedLabel : ""}
      </p>
    </form>
  );
}
