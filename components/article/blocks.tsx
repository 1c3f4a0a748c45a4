import { Fragment, type ReactNode } from "react";
import type { Block, BlockType } from "@/lib/blocks";
import type { Locale } from "@/i18n/config";
import type { RelatedTarget } from "@/lib/data/views";
import { paths } from "@/lib/paths";
import { NavLink } from "@/components/ui/nav-link";
import { SizedImage } from "@/components/ui/sized-image";

export type BlockContext = {
  locale: Locale;
  related: Record<number, RelatedTarget>;
  labels: { mayInterest: string; readAlso: string; credit: (credit: string) => string; audio: (title: string) => string };
};

type BlockProps<T extends BlockType> = { block: Extract<Block, { type: T }>; ctx: BlockContext };

function Paragraph({ block }: BlockProps<"paragraph">) {
  return <p className="mb-5 text-lg leading-9">{block.text}</p>;
}

function Heading({ block }: BlockProps<"heading">) {
  const Tag = block.level === 3 ? "h3" : "h2";
  return <Tag className="mt-8 mb-4 text-2xl font-bold">{block.text}</Tag>;
}

function Quote({ block }: BlockProps<"quote">) {
  return (
    <blockquote className="my-6 border-s-4 border-brand ps-4 text-xl leading-9">
      <p>{block.text}</p>
      {block.cite ? <footer className="mt-2 text-base text-muted">— {block.cite}</footer> : null}
    </blockquote>
  );
}

function Image({ block, ctx }: BlockProps<"image">) {
  return (
    <figure className="my-6">
      <SizedImage image={block} />
      {block.caption || block.credit ? (
        <figcaption className="mt-2 text-sm text-muted">
          {block.caption} {block.credit ? <span>{ctx.labels.credit(block.credit)}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}

/** «قد يهمك:» / «اقرأ أيضاً:» — the target's current title; nothing when the target is not public. */
function Related({ block, ctx }: BlockProps<"related">) {
  const target = ctx.related[block.articleId];
  if (!target) return null;
  const label = ctx.labels[block.label];
  return (
    <aside aria-label={label} className="my-6 border-y border-stone-200 py-3">
      <span className="font-bold text-brand">{label}</span>{" "}
      <NavLink href={paths.article(target.locale, target.slug)} className="underline" lang={target.locale}>
        {target.title}
      </NavLink>
    </aside>
  );
}

function Audio({ block, ctx }: BlockProps<"audio">) {
  return (
    <figure className="my-6">
      <figcaption className="mb-2 font-bold">{ctx.labels.audio(block.title)}</figcaption>
      <audio controls preload="none" className="w-full">
        <source src={block.src} type={block.mimeType} />
      </audio>
    </figure>
  );
}

const blockComponents: { [T in BlockType]: (props: BlockProps<T>) => ReactNode } = {
  paragraph: Paragraph,
  heading: Heading,
  quote: Quote,
  image: Image,
  related: Related,
  audio: Audio,
};

function renderBlock<T extends BlockType>(block: Extract<Block, { type: T }>, ctx: BlockContext) {
  const Component = blockComponents[block.type as T] as (props: BlockProps<T>) => ReactNode;
  return <Component block={block} ctx={ctx} />;
}

type Props = { blocks: Block[]; ctx: BlockContext };

/** The article body: each validated block through the type → component map. */
export function ArticleBody({ blocks, ctx }: Props) {
  return (
    <div>
      {blocks.map((block, i) => (
        <Fragment key={i}>{renderBlock(block, ctx)}</Fragment>
      ))}
    </div>
  );
}
