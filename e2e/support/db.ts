/**
 * Test-only writes to the e2e server's own database (e2e/.tmp/<port>/e2e.db,
 * created fresh by scripts/e2e-server.mjs), followed by the same cache
 * revalidation a publish triggers. Production code has no back door for
 * this: tests write rows the way the newsroom would and then call the
 * authenticated /api/revalidate endpoint with the server's secret.
 */
import Database from "better-sqlite3";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { expect } from "@playwright/test";
import { revalidateSecret } from "../../lib/secrets";

export const e2ePort = Number(process.env.E2E_PORT || 3100);
export const dbFile = path.join(process.cwd(), "e2e", ".tmp", String(e2ePort), "e2e.db");

/** Prisma's SQLite adapter stores DateTime as ISO 8601 with an explicit offset. */
const sqlDate = (d: Date) => d.toISOString().replace("Z", "+00:00");

function open() {
  const db = new Database(dbFile);
  db.pragma("busy_timeout = 10000");
  return db;
}

/** Raw access for a test that must change content behind the app's back (as another process would). */
export function withE2eDb<T>(use: (db: Database.Database) => T): T {
  const db = open();
  try {
    return use(db);
  } finally {
    db.close();
  }
}

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

/** Inserts an article with its authors and tags in one transaction; returns its id. */
export function insertArticle(a: NewArticle): number {
  const db = open();
  try {
    return db.transaction(() => {
      const sectionId = (db.prepare("SELECT id FROM Section WHERE slug = ?").get(a.section ?? "reports") as { id: number }).id;
      const published = a.publishedAt === undefined ? new Date() : a.publishedAt;
      const now = sqlDate(new Date());
      const body = a.body ?? [{ type: "paragraph", text: `${a.title} — body text.` }];
      const result = db
        .prepare(
          `INSERT INTO Article (locale, slug, title, standfirst, heroUrl, heroAlt, heroWidth, heroHeight, body, sectionId, status, publishedAt, withdrawnAt, createdAt, updatedAt)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(
          a.locale ?? "ar",
          a.slug,
          a.title,
          a.standfirst ?? `${a.title} (standfirst)`,
          a.hero === false ? null : "/media/images/hero-3.jpg",
          a.hero === false ? null : "alt text",
          a.hero === false ? null : 1600,
          a.hero === false ? null : 900,
          JSON.stringify(body),
          sectionId,
          a.status ?? "PUBLISHED",
          published ? sqlDate(published) : null,
          a.withdrawnAt ? sqlDate(a.withdrawnAt) : null,
          now,
          published ? sqlDate(published) : now,
        );
      const id = Number(result.lastInsertRowid);
      (a.authors ?? ["malek-al-hafez"]).forEach((slug, position) => {
        const author = db.prepare("SELECT id FROM Author WHERE slug = ?").get(slug) as { id: number };
        db.prepare("INSERT INTO ArticleAuthor (articleId, authorId, position) VALUES (?, ?, ?)").run(id, author.id, position);
      });
      for (const slug of a.tags ?? []) {
        const tag = db.prepare("SELECT id FROM Tag WHERE slug = ?").get(slug) as { id: number };
        db.prepare("INSERT INTO ArticleTag (articleId, tagId) VALUES (?, ?)").run(id, tag.id);
      }
      return id;
    })();
  } finally {
    db.close();
  }
}

/** Takes a published article down, as the newsroom's "withdraw" would. */
export function withdrawArticle(id: number, at = new Date()): void {
  const db = open();
  try {
    db.prepare("UPDATE Article SET withdrawnAt = ? WHERE id = ?").run(sqlDate(at), id);
  } finally {
    db.close();
  }
}

/** Looks up an article id by locale and slug. */
export function articleId(locale: "ar" | "en", slug: string): number {
  const db = open();
  try {
    return (db.prepare("SELECT id FROM Article WHERE locale = ? AND slug = ?").get(locale, slug) as { id: number }).id;
  } finally {
    db.close();
  }
}

/** Tells the running server that content changed, through its authenticated revalidate endpoint. */
export async function revalidate(request: APIRequestContext, tags: string[]): Promise<void> {
  const response = await request.post("/api/revalidate", { headers: { authorization: `Bearer ${appSecret()}` }, data: { tags } });
  expect(response.status()).toBe(200);
}

/** Inserts an article and revalidates what a publish in its edition and section would. */
export async function publishArticle(request: APIRequestContext, a: NewArticle): Promise<number> {
  const id = insertArticle(a);
  await revalidate(request, [`articles:${a.locale ?? "ar"}`, `section:${a.section ?? "reports"}`, `home:${a.locale ?? "ar"}`]);
  return id;
}
