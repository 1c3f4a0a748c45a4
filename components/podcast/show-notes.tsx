import { parsePlainText } from "@/lib/plain-text";

/**
 * Show notes, written in the editor's plain-text format (lib/plain-text.ts):
 * paragraphs, subheadings and quotes. Anything else the format knows never
 * reaches here (lib/content/episodes.ts refuses it), and text is only ever text.
 */
export function ShowNotes({ text }: { text: string }) {
  return parsePlainText(text).blocks.map((block, i) => {
    switch (block.type) {
      case "heading":
        return block.level === 3 ? (
          <h4 key={i} className="mt-4 font-bold">
            {block.text}
          </h4>
        ) : (
          <h3 key={i} className="mt-4 text-lg font-bold">
            {block.text}
          </h3>
        );
      case "quote":
        return (
          <blockquote key={i} className="mt-3 border-s-4 border-stone-300 ps-4 text-lg leading-8">
            <p>{block.text}</p>
            {block.cite ? <footer className="text-sm text-muted">— {block.cite}</footer> : null}
          </blockquote>
        );
      case "paragraph":
        return (
          <p key={i} className="mt-3 text-lg leading-8">
            {block.text}
          </p>
        );
      default:
        return null;
    }
  });
}
