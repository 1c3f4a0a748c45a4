/**
 * An article body as HTML for feed readers (RSS content:encoded). Built from
 * the typed blocks with an XML builder, so every text and attribute is
 * escaped; related-link blocks become plain links with absolute URLs, and
 * disappear when their target is not public (it is absent from `related`).
 */
import { fragment } from "xmlbuilder2";
import type { Block } from "@/lib/blocks";
import type { RelatedTarget } from "@/lib/data/views";
import { absoluteUrl, paths } from "@/lib/paths";

export type BodyLabels = {
  mayInterest: string;
  readAlso: string;
  credit: (credit: string) => string;
  audio: (title: string) => string;
};

type Frag = ReturnType<typeof fragment>;

const renderers: { [T in Block["type"]]: (f: Frag, block: Extract<Block, { type: T }>, related: Record<number, RelatedTarget>, labels: BodyLabels) => void } = {
  paragraph: (f, b) => void f.ele("p").txt(b.text),
  heading: (f, b) => void f.ele(b.level === 3 ? "h3" : "h2").txt(b.text),
  quote: (f, b) => {
    const q = f.ele("blockquote");
    q.ele("p").txt(b.text);
    if (b.cite) q.ele("footer").txt(`— ${b.cite}`);
  },
  image: (f, b, _r, labels) => {
    const fig = f.ele("figure");
    fig.ele("img", { src: absoluteUrl(b.url), alt: b.alt, width: String(b.width), height: String(b.height) });
    const caption = [b.caption, b.credit ? labels.credit(b.credit) : null].filter(Boolean).join(" ");
    if (caption) fig.ele("figcaption").txt(caption);
  },
  related: (f, b, related, labels) => {
    const target = related[b.articleId];
    if (!target) return;
    const p = f.ele("p");
    p.ele("strong").txt(labels[b.label]);
    p.txt(" ");
    p.ele("a", { href: absoluteUrl(paths.article(target.locale, target.slug)), hreflang: target.locale }).txt(target.title);
  },
  audio: (f, b, _r, labels) => {
    f.ele("p").ele("a", { href: absoluteUrl(b.src), type: b.mimeType }).txt(labels.audio(b.title));
  },
};

export function bodyToHtml(blocks: Block[], related: Record<number, RelatedTarget>, labels: BodyLabels): string {
  const f = fragment();
  for (const block of blocks) {
    const render = renderers[block.type] as (f: Frag, b: Block, r: Record<number, RelatedTarget>, l: BodyLabels) => void;
    render(f, block, related, labels);
  }
  return f.end({ headless: true });
}
