import { db } from "@/lib/db";
import { serializeBody, type Block } from "@/lib/blocks";
import { parseScrapedArticle } from "@/lib/import/scraped-article";
import { slugify } from "@/lib/slug";
import { auditData } from "./audit";
import { resolveRelated, slugTaken } from "./related";
import { freeSlug } from "./slugs";
import { indexArticle } from "@/lib/search/indexer";
import { refreshListCounts, refreshSitemapChunks } from "./summaries";

export type ImportResult = { id: number; slug: string; suggested: string; warnings: string[] };

/**
 * A scraped article page → a new DRAFT: title, section and date from the
 * page, author from the byline, body paragraphs in order, related lines
 * as related blocks when their target exists (a warning otherwise).
 * `createdById`: the staff member importing it, when one is known (then it is their draft).
 */
export async function importScrapedArticle(source: string, now = new Date(), createdById: number | null = null): Promise<ImportResult> {
  const page = parseScrapedArticle(source);
  const warnings: string[] = [];
  const section = await db.section.findFirst({ where: { OR: [{ nameAr: page.sectionName }, { nameEn: page.sectionName }] }, select: { id: true } });
  if (!section) throw new Error(`unknown section «${page.sectionName}»`);
  const author = await db.author.findFirst({ where: { name: page.byline }, select: { id: true } });
  if (!author) warnings.push(`unknown author «${page.byline}»: the draft has no author yet`);

  const blocks: Block[] = [];
  for (const b of page.blocks) {
    if (b.type === "paragraph") blocks.push(b);
    else {
      const id = await resolveRelated({ kind: "title", title: b.target }, "ar");
      if (id) blocks.push({ type: "related", label: b.label, articleId: id });
      else warnings.push(`related link to unknown article «${b.target}» left out`);
    }
  }
  const suggested = slugify(page.title);
  const slug = await freeSlug(suggested, (s) => slugTaken("ar", s));
  const { year, month, day } = page.date;
  // The newsroom's clock (Damascus, UTC+2/+3); the page prints a date only.
  const publishedAt = new Date(`${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}T10:00:00+02:00`);
  const firstParagraph = blocks.find((b) => b.type === "paragraph")?.text ?? page.title;
  const standfirst = firstParagraph.length > 240 ? `${firstParagraph.slice(0, 240).replace(/\s+\S*$/, "")}…` : firstParagraph;

  const id = await db.$transaction(async (tx) => {
    const row = await tx.article.create({
      data: {
        locale: "ar",
        slug,
        title: page.title,
        standfirst,
        body: serializeBody(blocks),
        sectionId: section.id,
        status: "DRAFT",
        publishedAt,
        updatedAt: now,
        createdAt: now,
        createdById,
      },
      select: { id: true },
    });
    await indexArticle(tx, row.id);
    await refreshSitemapChunks(tx, [row.id], now);
    if (author) await tx.articleAuthor.create({ data: { articleId: row.id, authorId: author.id, position: 0 } });
    if (author) await refreshListCounts(tx, [{ kind: "author", id: author.id }], now);
    await tx.auditLog.create({
      data: auditData({ action: "create", itemType: "article", itemId: row.id, actor: createdById ? { userId: createdById } : { system: "import" }, at: now }),
    });
    return row.id;
  });
  return { id, slug, suggested, warnings };
}
