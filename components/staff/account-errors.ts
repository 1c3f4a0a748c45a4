import type { getTranslations } from "next-intl/server";
import type { AccountError } from "@/lib/auth/accounts";

type PeopleT = Awaited<ReturnType<typeof getTranslations<"people">>>;

const codes: AccountError[] = ["forbidden", "invalid", "taken", "notFound", "lastAdmin", "disabled"];

/** The account errors in the page's language, for a client form to show. */
export function accountErrors(t: PeopleT): Record<string, string> {
  return Object.fromEntries(codes.map((c) => [c, t(`errors.${c}`)]));
}
