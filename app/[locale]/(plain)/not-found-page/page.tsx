import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { plainEdition } from "@/lib/page-params";
import { MessagePage } from "@/components/layout/message-page";

type Props = { params: Promise<{ locale: string }> };

// Rendered for each request, never from the page cache: a cached copy was seen replaced by
// Next's bare not-found boundary (no title), and a 404 render is cheap.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = plainEdition(await params);
  const t = await getTranslations({ locale, namespace: "errors" });
  return { title: t("notFoundTitle"), robots: { index: false, follow: true } };
}

/**
 * The 404 page as a page of its own, in the reader's edition.
 * The proxy rewrites URLs it can rule out here and scripts/serve.mjs answers it with
 * status 404 (lib/page-status.mjs); serve.mjs also puts it in place of Next's
 * script-only shell or not-found boundary whenever a route calls notFound(), so every
 * 404 is this same page.
 */
export default async function NotFoundPage({ params }: Props) {
  const { locale } = plainEdition(await params);
  return <MessagePage locale={locale} kind="notFound" />;
}
