import type { Metadata } from "next";
import { edition } from "@/lib/page-params";
import { MessagePage } from "@/components/layout/message-page";

type Props = { params: Promise<{ locale: string; consent: string }> };

export const metadata: Metadata = { robots: { index: false, follow: true } };

/**
 * The 404 page as a page of its own, rendered once per edition and variant and
 * served with status 404: by the proxy's rewrite for URLs it can rule out, and by
 * scripts/serve.mjs in place of Next's script-only shell whenever a route calls
 * notFound() (Next 16 sends that shell, not the not-found boundary, for on-demand
 * renders of dynamic params).
 */
export default async function NotFoundPage({ params }: Props) {
  const { locale } = edition(await params);
  return <MessagePage locale={locale} kind="notFound" />;
}
