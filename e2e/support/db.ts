/**
 * Test-only writes to the e2e server's database, through the app's Prisma
 * client (engine-neutral: no SQL, no date text), followed by the same cache
 * revalidation a publish triggers. Production code has no back door for
 * this: tests write rows the way the newsroom would and then call the
 * authenticated /api/revalidate endpoint with the server's secret.
 */
import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";
import { cacheTags } from "../../lib/cache-tags";
import { dbCall, e2ePort } from "./prisma";
import { revalidateSecret } from "../../lib/secrets";

export { dbCall, e2ePort };

/** The server's revalidation secret, as the app derives it (lib/secrets.ts). */
export function appSecret(): string {
  return revalidateSecret();
}

/** A unique, valid slug for a test article (the e2e database may outlive one run when the server is reused). */
export function uniqueSlug(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

export type NewArticle = {
  locale?: "ar" | "en";
  slug: string;
  title: string;
  standfirst?: string;
  section?: string;
  authors?: string[];
  tags?: string[];
  status?: "DRAFT" | "SCHEDULED" | "PUBLISHED";
  publishedAt?: Date | null;
  withdrawnAt?: Date | null;
  body?: unknown[];
  hero?: boolean;
};

/** Inserts an article with its authors and tags (one nested write: all or nothing); returns its id. */
export function insertArticle(a: NewArticle): number {
  const published = a.publishedAt === undefined ? new Date() : a.publishedAt;
  const hero = a.hero !== false;
  const created = dbCall<{ id: number }>("article", "create", {
    data: {
      locale: a.locale ?? "ar",
      slug: a.slug,
      title: a.title,
      standfirst: a.standfirst ?? `${a.title} (standfirst)`,
      heroUrl: hero ? "/media/images/hero-3.jpg" : null,
      heroAlt: hero ? "alt text" : null,
      heroWidth: hero ? 1600 : null,
      heroHeight: hero ? 900 : null,
      body: JSON.stringify(a.body ?? [{ type: "paragraph", text: `${a.title} — body text.` }]),
      section: { connect: { slug: a.section ?? "reports" } },
      status: a.status ?? "PUBLISHED",
      publishedAt: published,
      withdrawnAt: a.withdrawnAt ?? null,
      updatedAt: published ?? new Date(),
      authors: { create: (a.authors ?? ["malek-al-hafez"]).map((slug, position) => ({ position, author: { connect: { slug } } })) },
      tags: { create: (a.tags ?? []).map((slug) => ({ tag: { connect: { slug } } })) },
    },
    select: { id: true },
  });
  return created.id;
}

/** Takes a published article down, as the newsroom's "withdraw" would. */
export function withdrawArticle(id: number, at = new Date()): void {
  dbCall("article", "update", { where: { id }, data: { withdrawnAt: at }, select: { id: true } });
}

/** Looks up an article id by locale and slug. */
export function articleId(locale: "ar" | "en", slug: string): number {
  return dbCall<{ id: number }>("article", "findUniqueOrThrow", { where: { locale_slug: { locale, slug } }, select: { id: true } }).id;
}

/** Tells the running server that content changed, through its authenticated revalidate endpoint. */
export async function revalidate(request: APIRequestContext, tags: string[]): Promise<void> {
  const response = await request.post("/api/revalidate", { headers: { authorization: `Bearer ${appSecret()}` }, data: { tags } });
  expect(response.status()).toBe(200);
}

/** Inserts an article and revalidates what a publish in its edition and section would. */
export async function publishArticle(request: APIRequestContext, a: NewArticle): Promise<number> {
  const id = insertArticle(a);
  const locale = a.locale ?? "ar";
  await revalidate(request, [cacheTags.articles(locale), cacheTags.section(a.section ?? "reports"), cacheTags.home(locale)]);
  return id;
}
