import "server-only";
import { locales, toLocale } from "@/i18n/config";
import { z } from "zod";
import { db } from "@/lib/db";
import { serializeBody } from "@/lib/blocks";
import { isValidSlug, slugify } from "@/lib/slug";
import { auditData } from "./audit";
import { parsePlainText, resolveBlocks, type BodyError } from "@/lib/plain-text";
import { resolveRelated, slugTaken } from "./related";
import { articleCacheTags } from "@/lib/cache-tags";
import { isPublic } from "@/lib/visibility";
import { writeArticle } from "./article-write";
import { hasPendingArticle, saveArticleRevision } from "./article-revisions";
import { RevisionError, type Base } from "./revisions";
import { uploadedImageSize } from "./images";

/** The editor's form, validated at the edge. Empty optional fields arrive as "". */
const optional = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((v) => v || null);
export const articleInputSchema = z.object({
  id: z.coerce.number().int().positive().optional(),
  locale: z.enum(locales),
  title: z.string().trim().min(1).max(300),
  slug: z.string().trim().max(200),
  standfirst: z.string().trim().min(1).max(1000),
  sectionId: z.coerce.number().int().positive(),
  authorIds: z.array(z.coerce.number().int().positive()).min(1).max(10),
  tagIds: z.array(z.coerce.number().int().positive()).max(30),
  heroUrl: optional(2000).refine((u) => u === null || /^\/(?!\/)\S*$/.test(u) || /^https:\/\/\S+$/.test(u)),
  heroAlt: optional(500),
  heroCaption: optional(1000),
  heroCredit: optional(300),
  body: z.string().max(200_000),
});
export type ArticleInput = z.input<typeof articleInputSchema>;
export type ArticleField = keyof ArticleInput;

/** `pending`: stored as a pending revision, readers still see the published version. `conflict`: someone changed the pending revision since the form was loaded. */
export type SaveResult =
  | { ok: true; id: number; slug: string; tags: string[]; pending: boolean }
  | { ok: false; fields: Partial<Record<ArticleField, string>>; body: BodyError[]; conflict?: boolean };

/**
 * Creates or edits an article from the editor. Everything is checked first
 * (fields, slug, body blocks and their related targets); only then one
 * transaction writes. A failed check writes nothing. An edit of a public
 * article goes to its pending revision instead (lib/content/article-revisions.ts);
 * `base` is the pending revision the form was loaded with (stale → conflict).
 */
export async function saveArticle(raw: unknown, userId: number, now = new Date(), base?: Base): Promise<SaveResult> {
  const parsed = articleInputSchema.safeParse(raw);
  const fields: Partial<Record<ArticleField, string>> = {};
  if (!parsed.success) {
    for (const issue of parsed.error.issues) fields[issue.path[0] as ArticleField] ??= "invalid";
    // Report a taken slug together with the other mistakes, not one round later.
    const r = (raw ?? {}) as Record<string, unknown>;
    const slug = (String(r.slug ?? "").trim() || slugify(String(r.title ?? ""))).normalize("NFC");
    if (!fields.slug && slug && isValidSlug(slug) && (await slugTaken(toLocale(r.locale), slug, Number(r.id) || undefined))) fields.slug = "taken";
    return { ok: false, fields, body: [] };
  }
  const input = parsed.data;
  const existing = input.id
    ? await db.article.findUnique({
        where: { id: input.id },
        select: {
          slug: true,
          locale: true,
          section: { select: { slug: true } },
          authors: { select: { author: { select: { slug: true } } } },
          tags: { select: { tag: { select: { slug: true } } } },
          earlierSlugs: { select: { slug: true } },
          status: true,
          publishedAt: true,
          withdrawnAt: true,
        },
      })
    : null;
  if (input.id && !existing) return { ok: false, fields: { id: "notFound" }, body: [] };

  const slug = (input.slug || slugify(input.title)).normalize("NFC");
  if (!isValidSlug(slug)) fields.slug = "invalid";
  else if (await slugTaken(input.locale, slug, input.id)) fields.slug = "taken";
  if (input.heroUrl && !input.heroAlt) fields.heroAlt = "required";
  const [section, authors, tags] = await Promise.all([
    db.section.findUnique({ where: { id: input.sectionId }, select: { slug: true } }),
    db.author.findMany({ where: { id: { in: input.authorIds } }, select: { id: true, slug: true } }),
    db.tag.findMany({ where: { id: { in: input.tagIds } }, select: { id: true, slug: true } }),
  ]);
  if (!section) fields.sectionId = "invalid";
  if (authors.length !== new Set(input.authorIds).size) fields.authorIds = "invalid";
  if (tags.length !== new Set(input.tagIds).size) fields.tagIds = "invalid";

  const draft = parsePlainText(input.body);
  const resolved = await resolveBlocks(draft.blocks, (ref) => resolveRelated(ref, input.locale, input.id));
  const bodyErrors = [...draft.errors, ...resolved.errors];
  if (bodyErrors.length) fields.body = "invalid";
  if (Object.keys(fields).length || !section) return { ok: false, fields, body: bodyErrors };

  // An uploaded image has its real size; an image given by URL (the seed's) is taken as 1600×900.
  const heroSize = input.heroUrl ? ((await uploadedImageSize(input.heroUrl)) ?? { width: 1600, height: 900 }) : null;
  const data = {
    locale: input.locale,
    slug,
    title: input.title,
    standfirst: input.standfirst,
    sectionId: input.sectionId,
    heroUrl: input.heroUrl,
    heroAlt: input.heroUrl ? input.heroAlt : null,
    heroCaption: input.heroUrl ? input.heroCaption : null,
    heroCredit: input.heroUrl ? input.heroCredit : null,
    heroWidth: heroSize?.width ?? null,
    heroHeight: heroSize?.height ?? null,
    body: serializeBody(resolved.blocks),
  };
  const fieldsToWrite = { ...data, authorIds: input.authorIds, tagIds: input.tagIds };

  // A public article (or one with changes pending) keeps what readers see: the edit waits as a pending revision.
  if (existing && input.id && (isPublic(existing, now) || (await hasPendingArticle(input.id)))) {
    try {
      await saveArticleRevision(input.id, fieldsToWrite, userId, base, now);
    } catch (error) {
      if (error instanceof RevisionError) return { ok: false, fields: {}, body: [], conflict: true };
      throw error;
    }
    return { ok: true, id: input.id, slug: existing.slug, tags: [], pending: true };
  }

  const id = await db.$transaction(async (tx) => {
    const rowId = await writeArticle(tx, input.id ?? null, fieldsToWrite, existing, now, userId);
    await tx.auditLog.create({ data: auditData({ action: input.id ? "edit" : "create", itemType: "article", itemId: rowId, actor: { userId }, at: now }) });
    return rowId;
  });

  const before = existing
    ? articleCacheTags({
        id,
        locale: existing.locale,
        slugs: [existing.slug, ...existing.earlierSlugs.map((s) => s.slug)],
        section: existing.section.slug,
        authors: existing.authors.map((a) => a.author.slug),
        tags: existing.tags.map((t) => t.tag.slug),
      })
    : [];
  const after = articleCacheTags({
    id,
    locale: input.locale,
    slugs: [slug],
    section: section.slug,
    authors: authors.map((a) => a.slug),
    tags: tags.map((t) => t.slug),
  });
  return { ok: true, id, slug, tags: [...new Set([...before, ...after])], pending: false };
}
