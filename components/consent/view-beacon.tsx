"use client";

import { useEffect } from "react";

type Props = { articleId: number };

/**
 * Counts one read of an article on our own server. Rendered only in the
 * "granted" page variant, so it never runs before consent or after a refusal.
 */
export function ViewBeacon({ articleId }: Props) {
  useEffect(() => {
    const payload = JSON.stringify({ articleId });
    const sent = navigator.sendBeacon?.("/api/views", new Blob([payload], { type: "application/json" }));
    if (!sent) {
      void fetch("/api/views", { method: "POST", body: payload, headers: { "content-type": "application/json" }, keepalive: true });
    }
  }, [articleId]);
  return null;
}
