import type { Metadata } from "next";
import { plainEdition } from "@/lib/page-params";
import { MessagePage } from "@/components/layout/message-page";

type Props = { params: Promise<{ locale: string }> };

export const metadata: Metadata = { robots: { index: false, follow: true } };

/**
 * What a withdrawn story's URL shows. The proxy rewrites such URLs here with
 * status 410, so crawlers drop the page and readers learn it was taken down.
 */
export default async function WithdrawnPage({ params }: Props) {
  const { locale } = plainEdition(await params);
  return <MessagePage locale={locale} kind="gone" />;
}
