import "server-only";
import { db } from "@/lib/db";
import { readBody } from "@/lib/blocks";
import { blocksToPlainText } from "@/lib/plain-text";
import { paths, staffPaths } from "@/lib/paths";
import { previewSecret } from "@/lib/secrets";
import { signPreviewToken, type ItemType } from "@/lib/preview/token";
import { isPublic } from "@/lib/visibility";
import { nameIn } from "@/i18n/config";
import { pendingKey, readArticleRevision } from "@/lib/revision-data";
import { pendingItemIds } from "./revisions";
import { allowedItemActions, mayDo, type Actor, type ItemAction } from "@/lib/auth/permissions";
import type { EditorOptions, Locale } from "./views";

/**
 * The desk's reads. Staff pages only (they check the session first); never
 * cached, since the desk must show the state of the database right now.
 */
export type DeskRow = {
  type: ItemType;
  id: number;
  title: string;
  context: string;
  status: "DRAFT" | "SCHEDULED" | "PUBLISHED";
  publishedAt: string | null;
  withdrawn: boolean;
  live: boolean;
  href: string;
  /** Has changes saved but not published (lib/data/revisions.ts). */
  pending: boolean;
  /** What the signed-in staff member may do to it (lib/auth/permissions): the desk shows only these. */
  actions: ItemAction[];
};
export type DeskList = { drafts: DeskRow[]; scheduled: DeskRow[]; published: DeskRow[] };

export async function publicPathOf(item: { type: ItemType; id: number }, locale: Locale): Promise<string | null> {
  if (item.type === "article") {
    const a = await db.article.findUnique({ where: { id: item.id }, select: { locale: true, slug: true } });
    return a ? paths.article(a.locale as Locale, a.slug) : null;
  }
  const e = await db.episode.findUnique({ where: { id: item.id }, select: { slug: true, show: { select: { slug: true } } } });
  return e ? paths.episode(locale, e.show.slug, e.slug) : null;
}

function split(rows: DeskRow[], now: Date): DeskList {
  const due = (r: DeskRow) => r.publishedAt !== null && new Date(r.publishedAt) <= now;
  return {
    drafts: rows.filter((r) => r.status === "DRAFT"),
    scheduled: rows.filter((r) => r.status === "SCHEDULED" && !due(r)),
    published: rows.filter((r) => r.live).slice(0, 15),
  };
}

/** The desk's episodes (the articles are paged: lib/data/desk.ts). A contributor has none. */
type EpisodeRowFacts = {
  id: number;
  slug: string;
  title: string;
  status: DeskRow["status"];
  publishedAt: Date | null;
  withdrawnAt: Date | null;
  show: { slug: string; title: string };
};

/** An episode as one desk row, with the actions this staff member has on it (the desk and the episode's edit page). */
export function episodeDeskRow(actor: Actor, e: EpisodeRowFacts, locale: Locale, pending: boolean, now: Date): DeskRow {
  return {
    type: "episode",
    id: e.id,
    title: e.title,
    context: e.show.title,
    status: e.status,
    publishedAt: e.publishedAt?.toISOString() ?? null,
    withdrawn: Boolean(e.withdrawnAt),
    live: isPublic(e, now),
    href: paths.episode(locale, e.show.slug, e.slug),
    pending,
    actions: allowedItemActions(actor, { type: "episode", createdById: null, status: e.status, withdrawnAt: e.withdrawnAt }),
  };
}

export async function listDeskEpisodes(actor: Actor, locale: Locale, now = new Date()): Promise<DeskList> {
  if (!mayDo(actor, "see-all-items")) return { drafts: [], scheduled: [], published: [] };
  const episodes = await db.episode.findMany({
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: 100,
    select: { id: true, slug: true, title: true, status: true, publishedAt: true, withdrawnAt: true, show: { select: { slug: true, title: true } } },
  });
  const pending = await pendingItemIds(
    "episode",
    episodes.map((e) => e.id),
  );
  const rows = episodes.map((e) => episodeDeskRow(actor, e, locale, pending.has(e.id), now));
  const byNewest = (a: DeskRow, b: DeskRow) => (b.publishedAt ?? "").localeCompare(a.publishedAt ?? "");
  return split(rows.sort(byNewest), now);
}

export type LinkRow = {
  id: string;
  itemType: ItemType;
  itemId: number;
  title: string;
  url: string;
  expiresAt: string;
  state: "active" | "revoked" | "expired";
};

/**
 * Preview links, newest first; the token is re-derived from the row (it is a signature of its fields).
 * A contributor sees only the links they made (others' links would open others' drafts).
 */
export async function listPreviewLinks(actor: Actor, now = new Date()): Promise<LinkRow[]> {
  const rows = await db.previewToken.findMany({
    where: mayDo(actor, "see-all-items") ? undefined : { createdById: actor.id },
    orderBy: { createdAt: "desc" },
    take: 30,
  });
  const titles = await itemTitles(rows.map((r) => ({ type: r.itemType as ItemType, id: r.itemId })));
  const secret = previewSecret();
  return rows.map((r) => ({
    id: r.id,
    itemType: r.itemType as ItemType,
    itemId: r.itemId,
    title: titles.get(`${r.itemType}:${r.itemId}`) ?? `#${r.itemId}`,
    url: staffPaths.previewLink(
      signPreviewToken({ id: r.id, type: r.itemType as ItemType, item: r.itemId, exp: Math.floor(r.expiresAt.getTime() / 1000) }, secret),
    ),
    expiresAt: r.expiresAt.toISOString(),
    state: r.revokedAt ? "revoked" : r.expiresAt <= now ? "expired" : "active",
  }));
}

export type AuditRow = {
  id: number;
  at: string;
  action: string;
  itemType: ItemType;
  itemId: number;
  title: string;
  who: { kind: "user"; name: string } | { kind: "token"; id: string } | { kind: "system" };
};

/** The content log (staff-account entries are on the people page); a contributor sees their own entries only. */
export async function listAudit(actor: Actor, limit = 40): Promise<AuditRow[]> {
  const rows = await db.auditLog.findMany({
    where: { itemType: { in: ["article", "episode"] }, ...(mayDo(actor, "see-all-items") ? {} : { userId: actor.id }) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
    include: { user: { select: { displayName: true } } },
  });
  const titles = await itemTitles(rows.map((r) => ({ type: r.itemType as ItemType, id: r.itemId })));
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    action: r.action,
    itemType: r.itemType as ItemType,
    itemId: r.itemId,
    title: titles.get(`${r.itemType}:${r.itemId}`) ?? `#${r.itemId}`,
    who: r.user ? { kind: "user", name: r.user.displayName } : r.tokenId ? { kind: "token", id: r.tokenId.slice(0, 6) } : { kind: "system" },
  }));
}

async function itemTitles(items: { type: ItemType; id: number }[]): Promise<Map<string, string>> {
  const ids = (t: ItemType) => [...new Set(items.filter((i) => i.type === t).map((i) => i.id))];
  const [a, e] = await Promise.all([
    db.article.findMany({ where: { id: { in: ids("article") } }, select: { id: true, title: true } }),
    db.episode.findMany({ where: { id: { in: ids("episode") } }, select: { id: true, title: true } }),
  ]);
  return new Map([...a.map((r) => [`article:${r.id}`, r.title] as const), ...e.map((r) => [`episode:${r.id}`, r.title] as const)]);
}

export async function editorOptions(locale: Locale): Promise<EditorOptions> {
  const [sections, authors, tags] = await Promise.all([
    db.section.findMany({ orderBy: { position: "asc" } }),
    db.author.findMany({ orderBy: { name: "asc" } }),
    db.tag.findMany({ orderBy: { name: "asc" } }),
  ]);
  return {
    sections: sections.map((s) => ({ id: s.id, name: nameIn(s, locale) })),
    authors: authors.map((a) => ({ id: a.id, name: a.name })),
    tags: tags.map((t) => ({ id: t.id, name: t.name })),
  };
}

export type EditorValues = {
  id?: number;
  locale: Locale;
  title: string;
  slug: string;
  standfirst: string;
  sectionId: string;
  authorIds: string[];
  tagIds: string[];
  heroUrl: string;
  heroAlt: string;
  heroCaption: string;
  heroCredit: string;
  body: string;
  revision: string;
};

/**
 * An article as the editor shows it: the body back as plain text, related links as their targets' titles.
 * With changes pending, the editor shows (and saves onto) the pending version; `revision` names it
 * ("<id>:<version>", or "none") so a save can tell whether someone else saved in between.
 */
export async function getArticleForEdit(id: number): Promise<EditorValues | null> {
  const a = await db.article.findUnique({ where: { id }, include: { authors: { orderBy: { position: "asc" } }, tags: true } });
  if (!a) return null;
  const pending = await db.revision.findUnique({ where: { pendingKey: pendingKey("article", id) }, select: { id: true, version: true, data: true } });
  const live = {
    ...a,
    authorIds: a.authors.map((x) => x.authorId),
    tagIds: a.tags.map((x) => x.tagId),
  };
  const shown = pending ? readArticleRevision(pending.data) : live;
  const blocks = readBody(shown.body);
  const targetIds = blocks.flatMap((b) => (b.type === "related" ? [b.articleId] : []));
  const targets = await db.article.findMany({ where: { id: { in: targetIds } }, select: { id: true, title: true } });
  const titleOf = new Map(targets.map((t) => [t.id, t.title]));
  return {
    id: a.id,
    locale: shown.locale as Locale,
    title: shown.title,
    slug: shown.slug,
    standfirst: shown.standfirst,
    sectionId: String(shown.sectionId),
    authorIds: shown.authorIds.map(String),
    tagIds: shown.tagIds.map(String),
    heroUrl: shown.heroUrl ?? "",
    heroAlt: shown.heroAlt ?? "",
    heroCaption: shown.heroCaption ?? "",
    heroCredit: shown.heroCredit ?? "",
    body: blocksToPlainText(blocks, (i) => titleOf.get(i)),
    revision: pending ? `${pending.id}:${pending.version}` : "none",
  };
}
