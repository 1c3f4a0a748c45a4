import "server-only";
import { db } from "@/lib/db";
import { isPublic, isWithdrawn } from "@/lib/visibility";
import type { Locale } from "./views";

export type ArticleRoute =
  | { kind: "ok" }
  | { kind: "moved"; slug: string }
  | { kind: "gone" }
  | { kind: "missing" };

/**
 * How the URL /articles/<slug> should answer: the article itself, a 301 to
 * its current slug, 410 for a withdrawn story, or 404. Uncached: the proxy
 * asks it once per article request, an indexed lookup.
 */
export async function resolveArticleRoute(locale: Locale, slug: string, now = new Date()): Promise<ArticleRoute> {
  const fields = { slug: true, status: true, publishedAt: true, withdrawnAt: true } as const;
  const current = await db.article.findUnique({ where: { locale_slug: { locale, slug } }, select: fields });
  const target =
    current ??
    (await db.articleSlug.findUnique({ where: { locale_slug: { locale, slug } }, select: { article: { select: fields } } }))
      ?.article;
  if (!target) return { kind: "missing" };
  if (isWithdrawn(target)) return { kind: "gone" };
  if (!isPublic(target, now)) return { kind: "missing" };
  return target.slug === slug ? { kind: "ok" } : { kind: "moved", slug: target.slug };
}

