import { timeZone } from "@/i18n/config";

/** Offset of the newsroom's zone from UTC at `at`, in minutes (Damascus: +180). */
function zoneOffsetMinutes(at: Date): number {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" }).formatToParts(at).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):?(\d{2})?/.exec(name);
  return m ? (m[1] === "-" ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0)) : 0;
}

/** A datetime-local value ("2030-01-31T09:30"), read as the newsroom's wall clock → a Date; null when malformed. */
export function newsroomLocalToDate(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const guess = Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  if (Number.isNaN(guess)) return null;
  return new Date(guess - zoneOffsetMinutes(new Date(guess)) * 60_000);
}

/** The reverse, for pre-filling the field. */
export function dateToNewsroomLocal(d: Date): string {
  return new Date(d.getTime() + zoneOffsetMinutes(d) * 60_000).toISOString().slice(0, 16);
}
