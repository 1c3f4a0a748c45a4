import { getLocale } from "next-intl/server";
import { isLocale } from "@/i18n/config";
import { MessagePage } from "@/components/layout/message-page";

/** The 404 page, in the reader's edition. */
export default async function NotFound() {
  const requested = await getLocale();
  return <MessagePage locale={isLocale(requested) ? requested : "ar"} kind="notFound" />;
}
