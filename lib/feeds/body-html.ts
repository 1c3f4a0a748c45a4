/**
 * An article body as HTML for feed readers (RSS content:encoded). Built from
 * the typed blocks with the XML helpers, so every text and attribute is
 * escaped; related-link blocks become plain links with absolute URLs, and
 * disappear when their target is not public (it is absent from `related`).
 */
import type { Block } from "@/lib/blocks";
import type { RelatedTarget } from "@/lib/data/views";
import { absoluteUrl, paths } from "@/lib/paths";
import { el, markupFragment, text, type XMLBuilder } from "@/lib/xml/build";

export type BodyLabels = {
  mayInterest: string;
  readAlso: string;
  credit: (credit: string) => string;
  audio: (title: string) => string;
};

type Render<T extends Block["type"]> = (f: XMLBuilder, block: Extract<Block, { type: T }>, related: Record<number, RelatedTarget>, labels: BodyLabels) => void;

const renderers: { [T in Block["type"]]: Render<T> } = {
  paragraph: (f, b) => void el(f, "p", null, b.text),
  heading: (f, b) => void el(f, b.level === 3 ? "h3" : "h2", null, b.text),
  quote: (f, b) => {
    const q = el(f, "blockquote");
    el(q, "p", null, b.text);
    if (b.cite) el(q, "footer", null, `— ${b.cite}`);
  },
  image: (f, b, _r, labels) => {
    const fig = el(f, "figure");
    el(fig, "img", { src: absoluteUrl(b.url), alt: b.alt, width: String(b.width), height: String(b.height) });
    const caption = [b.caption, b.credit ? labels.credit(b.credit) : null].filter(Boolean).join(" ");
    if (caption) el(fig, "figcaption", null, caption);
  },
  related: (f, b, related, labels) => {
    const target = related[b.articleId];
    if (!target) return;
    const p = el(f, "p");
    el(p, "strong", null, labels[b.label]);
    text(p, " ");
    el(p, "a", { href: absoluteUrl(paths.article(target.locale, target.slug)), hreflang: target.locale }, target.title);
  },
  audio: (f, b, _r, labels) => {
    el(el(f, "p"), "a", { href: absoluteUrl(b.src), type: b.mimeType }, labels.audio(b.title));
  },
};

export function bodyToHtml(blocks: Block[], related: Record<number, RelatedTarget>, labels: BodyLabels): string {
  const f = markupFragment();
  for (const block of blocks) (renderers[block.type] as Render<Block["type"]>)(f, block as never, related, labels);
  return f.end({ headless: true });
}
