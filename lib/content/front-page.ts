import "server-only";
import { db } from "@/lib/db";
import { cacheTags } from "@/lib/cache-tags";
import type { Locale } from "@/i18n/config";
import { publicWhere } from "@/lib/visibility";
import { auditData, type AuditAction } from "./audit";

/** The lead plus this many secondary stories can be picked per edition. */
export const MAX_SECONDARY = 4;
export const MAX_PICKS = 1 + MAX_SECONDARY;

export class FrontPageError extends Error {
  constructor(readonly code: "notPublic" | "full" | "duplicate" | "noPicks") {
    super(code);
  }
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function pendingIds(tx: Tx, locale: Locale): Promise<number[]> {
  const rows = await tx.frontPagePick.findMany({ where: { locale, stage: "pending" }, orderBy: { position: "asc" }, select: { articleId: true } });
  return rows.map((r) => r.articleId);
}

async function writeStage(tx: Tx, locale: Locale, stage: "pending" | "live", ids: number[]) {
  await tx.frontPagePick.deleteMany({ where: { locale, stage } });
  if (ids.length > 0) await tx.frontPagePick.createMany({ data: ids.map((articleId, position) => ({ locale, stage, position, articleId })) });
}

function audit(tx: Tx, action: AuditAction, articleId: number, userId: number, locale: Locale) {
  return tx.auditLog.create({ data: auditData({ action, itemType: "article", itemId: articleId, actor: { userId }, detail: locale, at: new Date() }) });
}

/** Adds a public story of the edition to the end of the pending picks. */
export async function addPick(locale: Locale, articleId: number, userId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: articleId, locale, ...publicWhere(new Date()) }, select: { id: true } });
    if (!article) throw new FrontPageError("notPublic");
    const ids = await pendingIds(tx, locale);
    if (ids.includes(articleId)) throw new FrontPageError("duplicate");
    if (ids.length >= MAX_PICKS) throw new FrontPageError("full");
    await writeStage(tx, locale, "pending", [...ids, articleId]);
    await audit(tx, "front-pick", articleId, userId, locale);
  });
}

/** Moves a pending pick one place up (towards the lead) or down. */
export async function movePick(locale: Locale, articleId: number, direction: "up" | "down", userId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const ids = await pendingIds(tx, locale);
    const from = ids.indexOf(articleId);
    const to = direction === "up" ? from - 1 : from + 1;
    if (from < 0 || to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to], ids[from]];
    await writeStage(tx, locale, "pending", ids);
    await audit(tx, "front-move", articleId, userId, locale);
  });
}

export async function removePick(locale: Locale, articleId: number, userId: number): Promise<void> {
  await db.$transaction(async (tx) => {
    const ids = await pendingIds(tx, locale);
    if (!ids.includes(articleId)) return;
    await writeStage(
      tx,
      locale,
      "pending",
      ids.filter((id) => id !== articleId),
    );
    await audit(tx, "front-remove", articleId, userId, locale);
  });
}

/** Makes the pending picks what readers get; returns the tags to invalidate. */
export async function publishPicks(locale: Locale, userId: number): Promise<string[]> {
  await db.$transaction(async (tx) => {
    const ids = await pendingIds(tx, locale);
    await writeStage(tx, locale, "live", ids);
    await tx.auditLog.create({
      data: auditData({
        action: "front-publish",
        itemType: "article",
        itemId: ids[0] ?? 0,
        actor: { userId },
        detail: `${locale}: ${ids.join(",") || "newest"}`,
        at: new Date(),
      }),
    });
  });
  return [cacheTags.frontPage(locale), cacheTags.home(locale)];
}

/** Sets the edition's breaking-news strip; returns the tags to invalidate. */
export async function setBreaking(locale: Locale, input: { text: string; articleId: number; expiresAt: Date }, userId: number): Promise<string[]> {
  await db.$transaction(async (tx) => {
    const article = await tx.article.findFirst({ where: { id: input.articleId, locale, ...publicWhere(new Date()) }, select: { id: true } });
    if (!article) throw new FrontPageError("notPublic");
    const data = { text: input.text, articleId: input.articleId, expiresAt: input.expiresAt, updatedAt: new Date(), updatedById: userId };
    await tx.breakingNews.upsert({ where: { locale }, create: { locale, ...data }, update: data });
    await audit(tx, "breaking-set", input.articleId, userId, locale);
  });
  return [cacheTags.breaking(locale)];
}

export async function clearBreaking(locale: Locale, userId: number): Promise<string[]> {
  await db.$transaction(async (tx) => {
    const row = await tx.breakingNews.findUnique({ where: { locale } });
    if (!row) return;
    await tx.breakingNews.delete({ where: { locale } });
    await audit(tx, "breaking-clear", row.articleId, userId, locale);
  });
  return [cacheTags.breaking(locale)];
}
