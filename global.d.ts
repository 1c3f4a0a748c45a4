import type messages from "./locales/ar.json";

// next-intl's typed messages: a key missing from locales/ar.json is a type error at every t("...") call.
// locales/en.json must carry the same keys (lib/messages.test.ts).
declare module "next-intl" {
  interface AppConfig {
    Messages: typeof messages;
  }
}
