import "server-only";
import { db } from "@/lib/db";
import { nameIn } from "@/i18n/config";
import { allowedItemActions, mayDo, type Actor } from "@/lib/auth/permissions";
import { DESK_PAGE_SIZE, type DeskFilters } from "@/lib/desk-filters";
import { paths } from "@/lib/paths";
import { searchTitles } from "@/lib/search/engine";
import { parseQuery } from "@/lib/search/normalize";
import { isPublic, publicWhere } from "@/lib/visibility";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DeskRow } from "./staff";
import { pendingItemIds } from "./revisions";
import type { Locale, Paged } from "./views";

/** Title search on the desk looks at this many best matches, then filters them. */
const SEARCH_LIMIT = 500;

function statusWhere(status: DeskFilters["status"], now: Date): Prisma.ArticleWhereInput {
  switch (status) {
    case "draft":
      return { status: "DRAFT", withdrawnAt: null };
    case "scheduled":
      return { status: "SCHEDULED", publishedAt: { gt: now }, withdrawnAt: null };
    case "published":
      return publicWhere(now);
    case "withdrawn":
      return { withdrawnAt: { not: null } };
    default:
      return {};
  }
}

/**
 * One page of the desk's articles, newest change first, filtered by status,
 * section, author and title (the readers' matching, every state and both
 * editions). A contributor sees only the articles they created. Each row
 * carries the actions this staff member may take on it.
 */
export async function listDeskArticles(actor: Actor, f: DeskFilters, locale: Locale, now = new Date()): Promise<Paged<DeskRow>> {
  const terms = f.q ? parseQuery(f.q).terms : [];
  const matching = terms.length ? await searchTitles(db, terms, SEARCH_LIMIT) : null;
  const where: Prisma.ArticleWhereInput = {
    ...statusWhere(f.status, now),
    ...(matching ? { id: { in: matching } } : {}),
    ...(f.section ? { section: { slug: f.section } } : {}),
    ...(f.author ? { authors: { some: { author: { slug: f.author } } } } : {}),
    ...(mayDo(actor, "see-all-items") ? {} : { createdById: actor.id }),
  };
  const [total, rows] = await Promise.all([
    db.article.count({ where }),
    db.article.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (f.page - 1) * DESK_PAGE_SIZE,
      take: DESK_PAGE_SIZE,
      select: {
        id: true,
        locale: true,
        slug: true,
        title: true,
        status: true,
        publishedAt: true,
        withdrawnAt: true,
        createdById: true,
        section: { select: { nameAr: true, nameEn: true } },
        authors: { orderBy: { position: "asc" }, select: { author: { select: { name: true } } } },
      },
    }),
  ]);
  const pending = await pendingItemIds(
    "article",
    rows.map((a) => a.id),
  );
  const items: DeskRow[] = rows.map((a) => ({
    type: "article",
    id: a.id,
    title: a.title,
    context: [a.locale, nameIn(a.section, locale), ...a.authors.map((x) => x.author.name)].join(" · "),
    status: a.status,
    publishedAt: a.publishedAt?.toISOString() ?? null,
    withdrawn: Boolean(a.withdrawnAt),
    live: isPublic(a, now),
    href: paths.article(a.locale as Locale, a.slug),
    pending: pending.has(a.id),
    actions: allowedItemActions(actor, { type: "article", createdById: a.createdById, status: a.status, withdrawnAt: a.withdrawnAt }),
  }));
  return { items, page: f.page, pages: Math.max(1, Math.ceil(total / DESK_PAGE_SIZE)), total };
}

export type DeskFilterOptions = { sections: { slug: string; name: string }[]; authors: { slug: string; name: string }[] };

/** What the desk's filter form offers. */
export async function deskFilterOptions(locale: Locale): Promise<DeskFilterOptions> {
  const [sections, authors] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" }, select: { slug: true, nameAr: true, nameEn: true } }),
    db.author.findMany({ orderBy: { name: "asc" }, select: { slug: true, name: true } }),
  ]);
  return { sections: sections.map((s) => ({ slug: s.slug, name: nameIn(s, locale) })), authors };
}
