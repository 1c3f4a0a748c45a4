import { toLocale, type Locale } from "@/i18n/config";
import { audioBlock, imageBlock, type Block } from "@/lib/blocks";
import { decodeSlug } from "@/lib/slug";

/**
 * The editor's body format, plain text ↔ validated blocks. Pure; related
 * targets are resolved by a function the caller passes (the database).
 *   blank line            paragraph break (lines of one paragraph are joined)
 *   ## text / ### text    heading (level 2 / 3)
 *   > text                quote; a following "> — name" line is its attribution
 *   قد يهمك: X            related link (also «اقرأ أيضاً:»); X is an article title or URL
 *   @image {json} / @audio {json}  media blocks, kept verbatim so editing never loses them
 */
export type RelatedRef = { kind: "title"; title: string } | { kind: "url"; locale: Locale; slug: string };

export type DraftBlock =
  Exclude<Block, { type: "related" }> | { type: "related"; label: "mayInterest" | "readAlso"; ref: RelatedRef; raw: string; line: number };

export type BodyError = { line: number; code: "unknownTarget" | "badMedia" | "empty"; text: string };

const LABELS = { mayInterest: "قد يهمك:", readAlso: "اقرأ أيضاً:" } as const;
const RELATED = /^(قد يهمك|اقرأ أيضاً|اقرأ أيضا)\s*[:：]\s*(.+)$/u;
const CITE = /^>\s*[—–-]\s*(.+)$/u;

/** A pasted article URL (absolute or a site path) → locale and slug; null for anything else. */
export function parseArticleUrl(value: string): { locale: Locale; slug: string } | null {
  let pathname: string;
  try {
    pathname = new URL(value, "http://x.invalid").pathname;
  } catch {
    return null;
  }
  if (!/^(https?:\/\/|\/)/.test(value)) return null;
  const m = /^(?:\/(en|ar))?\/articles\/([^/]+)\/?$/.exec(pathname);
  if (!m) return null;
  const slug = decodeSlug(m[2]);
  return slug ? { locale: toLocale(m[1]), slug } : null;
}

export function parsePlainText(text: string): { blocks: DraftBlock[]; errors: BodyError[] } {
  const blocks: DraftBlock[] = [];
  const errors: BodyError[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: "paragraph", text: paragraph.join(" ") });
    paragraph = [];
  };
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  lines.forEach((rawLine, index) => {
    const line = rawLine.trim();
    const lineNo = index + 1;
    if (!line) return flush();
    const prev = blocks.at(-1);
    const cite = CITE.exec(line);
    if (cite && paragraph.length === 0 && prev?.type === "quote" && !prev.cite) {
      prev.cite = cite[1].trim();
      return;
    }
    if (line.startsWith(">")) {
      const body = line.replace(/^>\s?/, "").trim();
      if (paragraph.length === 0 && prev?.type === "quote" && !prev.cite && lines[index - 1]?.trim().startsWith(">")) {
        prev.text = `${prev.text} ${body}`;
        return;
      }
      flush();
      if (body) blocks.push({ type: "quote", text: body });
      return;
    }
    const heading = /^(#{2,3})\s+(.+)$/.exec(line);
    if (heading) {
      flush();
      blocks.push({ type: "heading", text: heading[2].trim(), level: heading[1].length === 3 ? 3 : 2 });
      return;
    }
    const related = RELATED.exec(line);
    if (related) {
      flush();
      const raw = related[2].trim();
      const url = parseArticleUrl(raw);
      blocks.push({
        type: "related",
        label: related[1] === "قد يهمك" ? "mayInterest" : "readAlso",
        ref: url ? { kind: "url", ...url } : { kind: "title", title: raw },
        raw,
        line: lineNo,
      });
      return;
    }
    const media = /^@(image|audio)\s+(\{.*\})$/.exec(line);
    if (media) {
      flush();
      let value: unknown = null;
      try {
        value = { type: media[1], ...JSON.parse(media[2]) };
      } catch {
        // reported below
      }
      const parsed = (media[1] === "image" ? imageBlock : audioBlock).safeParse(value);
      if (parsed.success) blocks.push(parsed.data);
      else errors.push({ line: lineNo, code: "badMedia", text: line.slice(0, 80) });
      return;
    }
    paragraph.push(line);
  });
  flush();
  if (blocks.length === 0 && errors.length === 0) errors.push({ line: 1, code: "empty", text: "" });
  return { blocks, errors };
}

/**
 * Resolves related references to article ids with `resolve`; every unknown
 * target is an error (with its line), and then no blocks are returned.
 */
export async function resolveBlocks(
  draft: DraftBlock[],
  resolve: (ref: RelatedRef) => Promise<number | null>,
): Promise<{ blocks: Block[]; errors: BodyError[] }> {
  const errors: BodyError[] = [];
  const blocks: Block[] = [];
  for (const b of draft) {
    if (b.type !== "related") {
      blocks.push(b);
      continue;
    }
    const id = await resolve(b.ref);
    if (id === null) errors.push({ line: b.line, code: "unknownTarget", text: b.raw });
    else blocks.push({ type: "related", label: b.label, articleId: id });
  }
  return errors.length ? { blocks: [], errors } : { blocks, errors };
}

/** Blocks → the editor's text; related links are written as the target's current title. */
export function blocksToPlainText(blocks: Block[], titleOf: (articleId: number) => string | undefined): string {
  return blocks
    .map((b) => {
      switch (b.type) {
        case "paragraph":
          return b.text;
        case "heading":
          return `${b.level === 3 ? "###" : "##"} ${b.text}`;
        case "quote":
          return b.cite ? `> ${b.text}\n> — ${b.cite}` : `> ${b.text}`;
        case "related":
          return `${LABELS[b.label]} ${titleOf(b.articleId) ?? `#${b.articleId}`}`;
        case "image":
        case "audio": {
          const { type, ...rest } = b;
          return `@${type} ${JSON.stringify(rest)}`;
        }
      }
    })
    .join("\n\n");
}
