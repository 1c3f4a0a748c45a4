import type { Block } from "@/lib/blocks";

/**
 * The running text of an article body, one paragraph a line: what search
 * indexes and what snippets are cut from (paragraphs, headings, quotes and
 * image captions; never markup, media addresses or related-link ids).
 */
export function bodyText(blocks: Block[]): string[] {
  return blocks.flatMap((b) => {
    switch (b.type) {
      case "paragraph":
      case "heading":
        return [b.text];
      case "quote":
        return b.cite ? [b.text, b.cite] : [b.text];
      case "image":
        return b.caption ? [b.caption] : [];
      default:
        return [];
    }
  });
}
