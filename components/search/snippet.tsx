import type { SnippetPart } from "@/lib/search/snippet";

/** A result's passage with the matched words in <mark>; text only, never HTML. */
export function Snippet({ parts }: { parts: SnippetPart[] }) {
  if (!parts.length) return null;
  return (
    <p className="mt-2 text-stone-700">
      {parts.map((p, i) =>
        p.mark ? (
          <mark key={i} className="rounded-sm bg-amber-100 px-0.5 text-inherit">
            {p.text}
          </mark>
        ) : (
          p.text
        ),
      )}
    </p>
  );
}
