import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./config";

export const routing = defineRouting({
  locales,
  defaultLocale,
  // Arabic at / for everyone, English under /en.
  localePrefix: "as-needed",
  // No Accept-Language redirect and no cookie before consent.
  localeDetection: false,
  localeCookie: false,
  // hreflang is emitted per page, only where a translation exists.
  alternateLinks: false,
});
