import type { Locale } from "@/i18n/config";
import { formatLongDate } from "@/lib/format";

type Props = { locale: Locale; iso: string; className?: string };

/** A machine-readable <time> with the edition's long date. */
export function DateText({ locale, iso, className }: Props) {
  return (
    <time dateTime={iso} className={className}>
      {formatLongDate(locale, iso)}
    </time>
  );
}
