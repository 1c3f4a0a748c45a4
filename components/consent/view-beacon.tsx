type Props = { articleId: number };

/**
 * Counts one read of an article on our own server: the article's id for the
 * page's inline script (components/ui/reader-script.tsx), which sends it once.
 * Rendered only in the "granted" page variant, so nothing is counted before
 * consent or after a refusal.
 */
export function ViewBeacon({ articleId }: Props) {
  return <script id="view-beacon" type="application/json" dangerouslySetInnerHTML={{ __html: JSON.stringify({ articleId }) }} />;
}
