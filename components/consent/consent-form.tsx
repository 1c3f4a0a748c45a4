"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";

type Choice = "granted" | "denied";

type Props = {
  acceptLabel: string;
  rejectLabel: string;
  savedLabel: string;
  /** Hide the whole banner once a choice is made (the banner); keep showing (the settings page). */
  hideOnChoice: boolean;
  /** id of the element to hide with the form. */
  containerId?: string;
  /**
   * The settings page: the reader's current choice, one line per state. Kept
   * here so it changes the moment the choice is saved; the refresh that swaps
   * in the new page variant can land later (it remounts this form).
   */
  current?: { state: Choice | "unset"; labels: Record<Choice | "unset", string> };
};

/**
 * The two consent buttons. Without JavaScript each is a plain form submit to
 * /api/consent, which answers 303 back to this page. With JavaScript the
 * choice is posted in the background, the banner goes away at once, and the
 * router refreshes so the page swaps to its consented variant without a reload.
 */
export function ConsentForm({ acceptLabel, rejectLabel, savedLabel, hideOnChoice, containerId, current }: Props) {
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const [state, setState] = useState(current?.state ?? "unset");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (!submitter?.value) return;
    event.preventDefault();
    const body = new FormData();
    body.set("choice", submitter.value);
    const response = await fetch("/api/consent", { method: "POST", body, headers: { accept: "application/json" } });
    if (!response.ok) return;
    setState(submitter.value as Choice);
    if (hideOnChoice && containerId) document.getElementById(containerId)?.setAttribute("hidden", "");
    setSaved(true);
    router.refresh();
  }

  const button = "min-w-28 rounded border-2 border-ink bg-white px-4 py-2 text-base font-bold text-ink hover:bg-stone-100";
  const form = (
    <form method="post" action="/api/consent" onSubmit={onSubmit} className="grid grid-cols-2 gap-3 sm:inline-grid">
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
  if (!current) return form;
  return (
    <>
      <p className="mb-4 font-bold" data-consent-state={state}>
        {current.labels[state]}
      </p>
      {form}
    </>
  );
}
