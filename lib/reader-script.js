// @ts-check
/**
 * The public pages' only script, inlined at the end of the body by
 * components/ui/reader-script.tsx, verbatim: scripts/serve.mjs allows exactly
 * this text on reader pages (its SHA-256 in their Content-Security-Policy, no
 * 'unsafe-inline'), so it is plain browser JavaScript, never compiled.
 * Everything it does is an addition: without it each form posts and each link
 * works. Under `npm run dev`, where React still hydrates the pages, it only
 * sets attributes and the text of elements rendered empty with
 * suppressHydrationWarning and adds no nodes, so hydration never mismatches.
 *
 * - consent forms (`data-consent-form`): post the choice in the background,
 *   hide what `data-hide` names, show the line of the new state, announce it;
 * - share tools (`data-share-copy`, `data-share-native`): shown where the
 *   browser can copy or share, then copy the link or open the share sheet;
 * - the view beacon (`#view-beacon`, only in the consented variant): counts one read.
 */
(function () {
  /** @param {Element | null | undefined} el */
  const show = (el) => el?.removeAttribute("hidden");

  const beacon = document.getElementById("view-beacon");
  if (beacon?.textContent) {
    const payload = beacon.textContent;
    if (!navigator.sendBeacon?.("/api/views", new Blob([payload], { type: "application/json" }))) {
      void fetch("/api/views", { method: "POST", body: payload, headers: { "content-type": "application/json" }, keepalive: true });
    }
  }

  if (navigator.clipboard) document.querySelectorAll("[data-share-copy]").forEach((el) => show(el.closest("li")));
  if (typeof navigator.share === "function") document.querySelectorAll("[data-share-native]").forEach((el) => show(el.closest("li")));

  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target : null;
    /** @type {HTMLElement | null | undefined} */
    const copy = target?.closest("[data-share-copy]");
    if (copy) {
      /** @type {HTMLElement | null | undefined} */
      const status = copy.parentElement?.querySelector("[role=status]");
      void navigator.clipboard.writeText(copy.dataset.shareCopy ?? "").then(
        () => status && (status.textContent = status.dataset.done ?? ""),
        () => status && (status.textContent = ""),
      );
    }
    /** @type {HTMLElement | null | undefined} */
    const share = target?.closest("[data-share-native]");
    if (share) void navigator.share({ url: share.dataset.shareNative, title: share.dataset.title }).catch(() => undefined);
  });

  document.addEventListener("submit", (event) => {
    const form = event.target instanceof HTMLFormElement && event.target.matches("[data-consent-form]") ? event.target : null;
    const choice = /** @type {HTMLButtonElement | null} */ (event.submitter)?.value;
    if (!form || !choice) return;
    event.preventDefault();
    const body = new FormData();
    body.set("choice", choice);
    void fetch(form.action, { method: "POST", body, headers: { accept: "application/json" } }).then(
      (response) => {
        // Refused (a stale page, a broken cookie): nothing changes; the reader can choose again.
        if (!response.ok) return;
        for (const id of (form.dataset.hide ?? "").split(" ").filter(Boolean)) document.getElementById(id)?.setAttribute("hidden", "");
        form.parentElement?.querySelectorAll("[data-consent-line]").forEach((line) => {
          if (!(line instanceof HTMLElement)) return;
          if (line.dataset.consentLine === choice) line.removeAttribute("hidden");
          else line.setAttribute("hidden", "");
        });
        /** @type {HTMLElement | null} */
        const status = form.querySelector("[role=status]");
        if (status) status.textContent = status.dataset.done ?? "";
      },
      () => undefined,
    );
  });
})();
