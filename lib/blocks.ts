import { z } from "zod";

/**
 * The article body: a list of typed blocks. Every write goes through
 * `parseBody`; the page renders blocks through a type → component map and
 * never injects HTML from the database.
 */

const text = z.string().trim().min(1).max(20_000);
// Relative paths served by the app, or absolute https URLs.
const mediaUrl = z
  .string()
  .max(2_000)
  .refine((u) => /^\/(?!\/)[^\s]*$/.test(u) || /^https:\/\/[^\s]+$/.test(u), "must be a site path or an https URL");

export const paragraphBlock = z.object({ type: z.literal("paragraph"), text }).strict();
export const headingBlock = z.object({ type: z.literal("heading"), text: text.max(300), level: z.union([z.literal(2), z.literal(3)]).default(2) }).strict();
export const quoteBlock = z.object({ type: z.literal("quote"), text, cite: z.string().trim().min(1).max(300).optional() }).strict();
export const imageBlock = z
  .object({
    type: z.literal("image"),
    url: mediaUrl,
    alt: z.string().trim().max(500),
    caption: z.string().trim().max(1_000).optional(),
    credit: z.string().trim().max(300).optional(),
    width: z.number().int().positive().max(10_000),
    height: z.number().int().positive().max(10_000),
  })
  .strict();
/** «قد يهمك:» / «اقرأ أيضاً:» — a link to another article, by id, never raw text. */
export const relatedBlock = z
  .object({
    type: z.literal("related"),
    label: z.enum(["mayInterest", "readAlso"]),
    articleId: z.number().int().positive(),
  })
  .strict();
export const audioBlock = z
  .object({
    type: z.literal("audio"),
    src: mediaUrl,
    mimeType: z.enum(["audio/mpeg", "audio/mp4", "audio/aac", "audio/ogg"]),
    title: z.string().trim().min(1).max(300),
  })
  .strict();

export const blockSchema = z.discriminatedUnion("type", [paragraphBlock, headingBlock, quoteBlock, imageBlock, relatedBlock, audioBlock]);

export const bodySchema = z.array(blockSchema).min(1).max(500);

export type Block = z.infer<typeof blockSchema>;
export type BlockType = Block["type"];

export class InvalidBodyError extends Error {
  constructor(public readonly issues: z.core.$ZodIssue[]) {
    super(`Invalid article body: ${issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    this.name = "InvalidBodyError";
  }
}

/** Validates blocks for writing; throws InvalidBodyError with every problem. */
export function parseBody(input: unknown): Block[] {
  const result = bodySchema.safeParse(input);
  if (!result.success) throw new InvalidBodyError(result.error.issues);
  return result.data;
}

/** Serialises validated blocks for the database column. */
export function serializeBody(blocks: Block[]): string {
  return JSON.stringify(parseBody(blocks));
}

/**
 * Reads the stored column. Rows were validated on write; a row that no longer
 * parses (say, after a schema change) keeps its valid blocks and drops the rest.
 */
export function readBody(stored: string): Block[] {
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return [];
  }
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((b) => {
    const r = blockSchema.safeParse(b);
    return r.success ? [r.data] : [];
  });
}

/** Ids of the articles a body links to, in order, without repeats. */
export function relatedArticleIds(blocks: Block[]): number[] {
  return [...new Set(blocks.flatMap((b) => (b.type === "related" ? [b.articleId] : [])))];
}

/** Words of running text, for reading time. */
export function wordCount(blocks: Block[]): number {
  return blocks.reduce((n, b) => {
    if (b.type === "paragraph" || b.type === "heading" || b.type === "quote") {
      return n + b.text.split(/\s+/u).filter(Boolean).length;
    }
    return n;
  }, 0);
}

/** Minutes to read at ~200 words a minute (Arabic news prose), never zero for a real text. */
export function readingMinutes(blocks: Block[]): number {
  const words = wordCount(blocks);
  return words === 0 ? 0 : Math.max(1, Math.round(words / 200));
}
