/**
 * The public pages' only script of ours, inlined at the end of the body (the
 * public pages' fixed policy allows inline scripts; it costs no request).
 * Everything it does is an addition: without it each form posts and each link
 * works. It is the only script a reader page runs: scripts/serve.mjs sends
 * those pages without Next's client runtime (scripts/next-runtime.mjs). Under
 * `npm run dev`, where React still hydrates them, it only sets attributes and
 * the text of elements rendered empty with suppressHydrationWarning and adds
 * no nodes, so hydration never mismatches, whenever this runs.
 *
 * - consent forms (`data-consent-form`): post the choice in the background,
 *   hide what `data-hide` names, show the line of the new state, announce it;
 * - share tools (`data-share-copy`, `data-share-native`): shown where the
 *   browser can copy or share, then copy the link or open the share sheet;
 * - the view beacon (`#view-beacon`, only in the consented variant): counts one read.
 */
function reader() {
  const show = (el: Element | null | undefined) => el?.removeAttribute("hidden");

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
    const copy = target?.closest<HTMLElement>("[data-share-copy]");
    if (copy) {
      const status = copy.parentElement?.querySelector<HTMLElement>("[role=status]");
      void navigator.clipboard.writeText(copy.dataset.shareCopy ?? "").then(
        () => status && (status.textContent = status.dataset.done ?? ""),
        () => status && (status.textContent = ""),
      );
    }
    const share = target?.closest<HTMLElement>("[data-share-native]");
    if (share) void navigator.share({ url: share.dataset.shareNative, title: share.dataset.title }).catch(() => undefined);
  });

  document.addEventListener("submit", (event) => {
    const form = event.target instanceof HTMLFormElement && event.target.matches("[data-consent-form]") ? event.target : null;
    const choice = (event.submitter as HTMLButtonElement | null)?.value;
    if (!form || !choice) return;
    event.preventDefault();
    const body = new FormData();
    body.set("choice", choice);
    void fetch(form.action, { method: "POST", body, headers: { accept: "application/json" } }).then(
      (response) => {
        // Refused (a stale page, a broken cookie): nothing changes; the reader can choose again.
        if (!response.ok) return;
        for (const id of (form.dataset.hide ?? "").split(" ").filter(Boolean)) document.getElementById(id)?.setAttribute("hidden", "");
        form.parentElement?.querySelectorAll<HTMLElement>("[data-consent-line]").forEach((line) => {
          if (line.dataset.consentLine === choice) line.removeAttribute("hidden");
          else line.setAttribute("hidden", "");
        });
        const status = form.querySelector<HTMLElement>("[role=status]");
        if (status) status.textContent = status.dataset.done ?? "";
      },
      () => undefined,
    );
  });
}

const source = `(${reader.toString()})()`;

export function ReaderScript() {
  return <script dangerouslySetInnerHTML={{ __html: source }} />;
}
