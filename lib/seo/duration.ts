/** ISO 8601 duration for schema.org (`PT1H2M3S`); zero is `PT0S`. */
export function isoDuration(totalSeconds: number): string {
  const s = Math.max(0, Math.round(totalSeconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  if (s === 0) return "PT0S";
  return `PT${h ? `${h}H` : ""}${m ? `${m}M` : ""}${sec ? `${sec}S` : ""}`;
}

/** RFC 2822 date for RSS pubDate (`Tue, 05 Jan 2021 08:00:00 GMT`). */
export function rfc2822(iso: string | Date): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  if (Number.isNaN(date.getTime())) throw new RangeError(`not a date: ${String(iso)}`);
  return date.toUTCString();
}
