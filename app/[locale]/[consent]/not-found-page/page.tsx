import { edition } from "@/lib/page-params";
import { MessagePage } from "@/components/layout/message-page";

type Props = { params: Promise<{ locale: string; consent: string }> };

// Rendered for each 404, never prerendered or cached: a rewrite with status 404 makes Next
// render the segment's not-found boundary, and a prerendered copy (status 200 at build time)
// would otherwise answer some 404s with different markup and metadata than others.
export const dynamic = "force-dynamic";

/**
 * The 404 page as a page of its own, in the reader's edition and consent variant,
 * served with status 404: by the proxy's rewrite for URLs it can rule out, and by
 * scripts/serve.mjs in place of Next's script-only shell whenever a route calls
 * notFound() (Next 16 sends that shell, not the not-found boundary, for on-demand
 * renders of dynamic params).
 */
export default async function NotFoundPage({ params }: Props) {
  const { locale } = edition(await params);
  return <MessagePage locale={locale} kind="notFound" />;
}
