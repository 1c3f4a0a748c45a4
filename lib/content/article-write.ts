import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { articleCacheTags } from "@/lib/cache-tags";
import { indexArticle } from "@/lib/search/indexer";
import { listsOf } from "@/lib/data/list-counts";
import { refreshListCounts, refreshSitemapChunks } from "./summaries";
import type { ArticleRevisionData } from "@/lib/revision-data";

/**
 * Writing an article's editable fields onto its row, inside the caller's
 * transaction: the editor's in-place save of a draft and "publish changes" of a
 * pending revision both come through here, so a slug change keeps the earlier
 * URL (301) and the search index is rewritten with the row either way.
 */
type Tx = Prisma.TransactionClient;

export async function writeArticle(
  tx: Tx,
  id: number | null,
  fields: ArticleRevisionData,
  existing: { slug: string; locale: string } | null,
  now: Date,
  /** Who creates it (a new article only): a contributor may edit their own drafts. */
  createdById: number | null = null,
): Promise<number> {
  const { authorIds, tagIds, ...columns } = fields;
  const data = { ...columns, updatedAt: now };
  // The lists it is on before the change (section, authors, tags): their stored counts are recomputed below.
  const before = id ? await listsOf(tx, id) : [];
  const row = id
    ? await tx.article.update({ where: { id }, data, select: { id: true } })
    : await tx.article.create({ data: { ...data, status: "DRAFT", createdById }, select: { id: true } });
  if (existing && existing.slug !== fields.slug) {
    // The old URL keeps working: 301 to the new slug (lib/data/routes.ts).
    await tx.articleSlug.deleteMany({ where: { locale: fields.locale, slug: fields.slug } });
    if (existing.locale === fields.locale) {
      await tx.articleSlug.upsert({
        where: { locale_slug: { locale: existing.locale, slug: existing.slug } },
        create: { locale: existing.locale, slug: existing.slug, articleId: row.id },
        update: { articleId: row.id },
      });
    }
  }
  await tx.articleAuthor.deleteMany({ where: { articleId: row.id } });
  await tx.articleAuthor.createMany({ data: authorIds.map((authorId, position) => ({ articleId: row.id, authorId, position })) });
  await tx.articleTag.deleteMany({ where: { articleId: row.id } });
  await tx.articleTag.createMany({ data: [...new Set(tagIds)].map((tagId) => ({ articleId: row.id, tagId })) });
  await indexArticle(tx, row.id);
  // Its dates may have changed: the sitemap index's summary of its id range follows in this transaction.
  await refreshSitemapChunks(tx, [row.id], now);
  // …and the stored counts of the section, author and tag lists it left or joined.
  await refreshListCounts(tx, [...before, ...(await listsOf(tx, row.id))], now);
  return row.id;
}

/** The cache tags of an article as stored now: its page under every slug it had, and every list it is on. */
export async function articleTagsNow(tx: Tx, id: number): Promise<string[]> {
  const a = await tx.article.findUnique({
    where: { id },
    select: {
      locale: true,
      slug: true,
      section: { select: { slug: true } },
      authors: { select: { author: { select: { slug: true } } } },
      tags: { select: { tag: { select: { slug: true } } } },
      earlierSlugs: { select: { slug: true } },
    },
  });
  if (!a) return [];
  return articleCacheTags({
    id,
    locale: a.locale,
    slugs: [a.slug, ...a.earlierSlugs.map((s) => s.slug)],
    section: a.section.slug,
    authors: a.authors.map((x) => x.author.slug),
    tags: a.tags.map((x) => x.tag.slug),
  });
}

/** The live row's editable fields, in the revision shape (the first entry of an article's history). */
export async function liveArticleData(
  tx: Tx,
  id: number,
): Promise<{
  data: ArticleRevisionData;
  since: Date;
  public: Prisma.ArticleGetPayload<{ select: { status: true; publishedAt: true; withdrawnAt: true } }>;
} | null> {
  const a = await tx.article.findUnique({
    where: { id },
    include: { authors: { orderBy: { position: "asc" }, select: { authorId: true } }, tags: { select: { tagId: true } } },
  });
  if (!a) return null;
  const data: ArticleRevisionData = {
    locale: a.locale,
    slug: a.slug,
    title: a.title,
    standfirst: a.standfirst,
    sectionId: a.sectionId,
    heroUrl: a.heroUrl,
    heroAlt: a.heroAlt,
    heroCaption: a.heroCaption,
    heroCredit: a.heroCredit,
    heroWidth: a.heroWidth,
    heroHeight: a.heroHeight,
    body: a.body,
    authorIds: a.authors.map((x) => x.authorId),
    tagIds: a.tags.map((x) => x.tagId),
  };
  const since = a.publishedAt && a.publishedAt > a.updatedAt ? a.publishedAt : a.updatedAt;
  return { data, since, public: { status: a.status, publishedAt: a.publishedAt, withdrawnAt: a.withdrawnAt } };
}
